-- Cases written from the Oracle Database 19c/23ai SQL Language Reference: INSERT, UPDATE, DELETE, MERGE,
-- LOCK TABLE, CALL, EXPLAIN PLAN.

-- ok INSERT: values with column list
INSERT INTO hr.departments (department_id, department_name, location_id) VALUES (280, 'Recreation', DEFAULT);
-- ok INSERT: values without column list
INSERT INTO departments VALUES (281, 'Sports', NULL, 1700);
-- ok INSERT: from a subquery
INSERT INTO bonuses (employee_id, bonus) SELECT employee_id, salary * 0.1 FROM employees WHERE commission_pct > 0.25;
-- ok INSERT: with hint and alias
INSERT /*+ APPEND */ INTO sales_hist h SELECT * FROM sales;
-- ok INSERT: into a subquery with check option
INSERT INTO (SELECT employee_id, last_name FROM employees WHERE department_id = 20 WITH CHECK OPTION) VALUES (1, 'X');
-- ok INSERT: RETURNING INTO bind variables
INSERT INTO employees (employee_id, last_name) VALUES (emp_seq.NEXTVAL, 'Doe') RETURNING employee_id INTO :new_id;
-- ok INSERT: error logging clause
INSERT INTO raises SELECT employee_id, salary * 1.1 FROM employees LOG ERRORS INTO errlog ('my_bad') REJECT LIMIT 10;
-- ok INSERT: error logging unlimited
INSERT INTO raises VALUES (1, 2) LOG ERRORS REJECT LIMIT UNLIMITED;
-- ok INSERT: partition extension
INSERT INTO sales PARTITION (q1) VALUES (1, SYSDATE);
-- ok INSERT: INSERT ALL unconditional
INSERT ALL INTO sales (prod_id, amount) VALUES (product_id, mon) INTO sales (prod_id, amount) VALUES (product_id, tue) SELECT product_id, mon, tue FROM sales_input;
-- ok INSERT: INSERT ALL conditional with ELSE
INSERT ALL WHEN order_total <= 100000 THEN INTO small_orders WHEN order_total > 100000 THEN INTO large_orders ELSE INTO other_orders SELECT order_id, order_total FROM orders;
-- ok INSERT: INSERT FIRST
INSERT FIRST WHEN ottl < 100000 THEN INTO small_orders VALUES (oid, ottl) WHEN ottl < 200000 THEN INTO medium_orders VALUES (oid, ottl) SELECT o.order_id oid, o.order_total ottl FROM orders o;
-- ok INSERT: WITH clause inside the subquery
INSERT INTO t (a) WITH x AS (SELECT 1 a FROM dual) SELECT a FROM x;
-- ok INSERT: substitution variable values
INSERT INTO app_config (name, value) VALUES ('&name', &value);
-- ok UPDATE: simple with where
UPDATE employees SET salary = salary * 1.1 WHERE department_id = 10;
-- ok UPDATE: several columns, alias and subquery
UPDATE employees e SET e.salary = (SELECT AVG(salary) FROM employees), e.commission_pct = NULL WHERE e.job_id = 'SA_REP';
-- ok UPDATE: column list from a subquery
UPDATE employees SET (job_id, salary) = (SELECT job_id, salary FROM employees WHERE employee_id = 205) WHERE employee_id = 206;
-- ok UPDATE: SET VALUE of an object table
UPDATE people p SET VALUE(p) = person_t('a', 1) WHERE p.id = 1;
-- ok UPDATE: RETURNING INTO
UPDATE employees SET salary = salary + 100 WHERE employee_id = 1 RETURNING salary, last_name INTO :sal, :name;
-- ok UPDATE: RETURNING BULK COLLECT INTO
UPDATE employees SET salary = salary + 100 WHERE department_id = 10 RETURN employee_id BULK COLLECT INTO :ids;
-- ok UPDATE: with error logging
UPDATE employees SET salary = 1 WHERE employee_id = 1 LOG ERRORS INTO err$_employees REJECT LIMIT 5;
-- ok UPDATE: 23ai update with FROM join
UPDATE employees e SET e.salary = d.base FROM departments d WHERE e.department_id = d.department_id;
-- ok UPDATE: no where clause
UPDATE employees SET salary = 0;
-- ok UPDATE: DEFAULT value
UPDATE employees SET commission_pct = DEFAULT WHERE employee_id = 3;
-- ok UPDATE: inline view target
UPDATE (SELECT e.salary FROM employees e JOIN departments d ON d.department_id = e.department_id WHERE d.location_id = 1) SET salary = salary + 1;
-- ok DELETE: with where
DELETE FROM employees WHERE employee_id = 1;
-- ok DELETE: without FROM keyword
DELETE employees WHERE department_id IS NULL;
-- ok DELETE: alias and correlated subquery
DELETE FROM employees e WHERE EXISTS (SELECT 1 FROM terminated t WHERE t.id = e.employee_id);
-- ok DELETE: RETURNING INTO
DELETE FROM employees WHERE employee_id = 7 RETURNING last_name INTO :name;
-- ok DELETE: partition and error logging
DELETE FROM sales PARTITION (q1) WHERE amount < 0 LOG ERRORS REJECT LIMIT UNLIMITED;
-- ok DELETE: without where
DELETE FROM audit_log;
-- ok MERGE: update and insert
MERGE INTO bonuses d USING (SELECT employee_id, salary FROM employees WHERE department_id = 80) s ON (d.employee_id = s.employee_id) WHEN MATCHED THEN UPDATE SET d.bonus = d.bonus + s.salary * .01 DELETE WHERE (s.salary > 8000) WHEN NOT MATCHED THEN INSERT (d.employee_id, d.bonus) VALUES (s.employee_id, s.salary * .01) WHERE (s.salary <= 8000);
-- ok MERGE: table source and only insert
MERGE INTO hr.target t USING hr.source s ON (t.id = s.id) WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.name);
-- ok MERGE: only update with where and error logging
MERGE /*+ INDEX(t) */ INTO target t USING source s ON (t.id = s.id) WHEN MATCHED THEN UPDATE SET t.name = s.name WHERE t.name <> s.name LOG ERRORS REJECT LIMIT 1;
-- ok LOCK_TABLES: lock table in exclusive mode
LOCK TABLE employees IN EXCLUSIVE MODE NOWAIT;
-- ok LOCK_TABLES: row share and wait
LOCK TABLE hr.employees, hr.departments IN ROW SHARE MODE WAIT 10;
-- ok LOCK_TABLES: share row exclusive
LOCK TABLE t IN SHARE ROW EXCLUSIVE MODE;
-- ok CALL: call a procedure
CALL hr.raise_salary(100, 10);
-- ok CALL: call a function into a bind
CALL my_fn(1) INTO :result;
-- ok EXPLAIN: explain plan for a select
EXPLAIN PLAN SET STATEMENT_ID = 'q1' INTO plan_table FOR SELECT * FROM employees WHERE employee_id = 1;
-- ok EXPLAIN: explain an update
EXPLAIN PLAN FOR UPDATE employees SET salary = 1;

-- fail: INSERT without INTO
INSERT employees VALUES (1);
-- fail: VALUES without parentheses list
INSERT INTO t VALUES 1, 2;
-- fail: INSERT ALL without subquery
INSERT ALL INTO t VALUES (1) INTO u VALUES (2);
-- fail: UPDATE without SET
UPDATE employees salary = 1;
-- fail: UPDATE SET without value
UPDATE employees SET salary = WHERE id = 1;
-- fail: ON DUPLICATE KEY is MySQL
INSERT INTO t (a) VALUES (1) ON DUPLICATE KEY UPDATE a = 2;
-- fail: DELETE with LIMIT is MySQL
DELETE FROM t WHERE a = 1 LIMIT 10;
-- fail: MERGE without ON parentheses
MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET t.a = s.a;
-- fail: MERGE without WHEN clause
MERGE INTO t USING s ON (t.id = s.id);
-- fail: LOCK TABLE without MODE
LOCK TABLE t IN EXCLUSIVE;
-- fail: RETURNING without INTO
UPDATE t SET a = 1 RETURNING a;
-- fail: REPLACE INTO is MySQL
REPLACE INTO t VALUES (1);
