-- Cases written from the Oracle Database 19c/23ai SQL Language Reference, "SELECT" and chapters 5-7
-- (functions, expressions, conditions).

-- ok SELECT: from dual
SELECT 1 FROM dual;
-- ok SELECT: star and qualified star
SELECT e.*, d.department_name FROM hr.employees e, hr.departments d WHERE e.department_id = d.department_id;
-- ok SELECT: aliases with and without AS, quoted
SELECT last_name AS name, salary sal, commission_pct "Commission %" FROM employees;
-- ok SELECT: distinct and unique
SELECT DISTINCT department_id FROM employees;
-- ok SELECT: unique
SELECT UNIQUE job_id FROM employees;
-- ok SELECT: where with and/or/not
SELECT * FROM employees WHERE salary > 1000 AND (department_id = 10 OR NOT manager_id IS NULL);
-- ok SELECT: comparison operators
SELECT * FROM t WHERE a <> 1 AND b != 2 AND c ^= 3 AND d >= 4 AND e <= 5 AND f < 6 AND g > 7;
-- ok SELECT: IN list and NOT IN subquery
SELECT * FROM t WHERE a IN (1, 2, 3) AND b NOT IN (SELECT b FROM u);
-- ok SELECT: BETWEEN and LIKE with ESCAPE
SELECT * FROM t WHERE a BETWEEN 1 AND 10 AND b LIKE 'SA\_%' ESCAPE '\' AND c NOT LIKE '%x';
-- ok SELECT: EXISTS
SELECT * FROM departments d WHERE EXISTS (SELECT 1 FROM employees e WHERE e.department_id = d.department_id);
-- ok SELECT: quantified comparisons
SELECT * FROM employees WHERE salary > ALL (SELECT salary FROM employees WHERE department_id = 30) AND salary = ANY (1000, 2000);
-- ok SELECT: scalar subquery in the select list
SELECT d.department_name, (SELECT COUNT(*) FROM employees e WHERE e.department_id = d.department_id) n FROM departments d;
-- ok SELECT: ANSI joins
SELECT * FROM a JOIN b ON a.id = b.id LEFT OUTER JOIN c ON c.id = b.id RIGHT JOIN d USING (id) FULL OUTER JOIN e ON e.id = a.id;
-- ok SELECT: cross and natural join
SELECT * FROM a CROSS JOIN b NATURAL JOIN c;
-- ok SELECT: old-style outer join (+)
SELECT e.last_name, d.department_name FROM employees e, departments d WHERE e.department_id = d.department_id(+);
-- ok SELECT: CROSS APPLY and OUTER APPLY
SELECT * FROM departments d CROSS APPLY (SELECT * FROM employees e WHERE e.department_id = d.department_id) x OUTER APPLY (SELECT 1 FROM dual) y;
-- ok SELECT: LATERAL inline view
SELECT * FROM departments d, LATERAL (SELECT * FROM employees e WHERE e.department_id = d.department_id);
-- ok SELECT: group by having
SELECT department_id, COUNT(*), AVG(salary) FROM employees GROUP BY department_id HAVING COUNT(*) > 5;
-- ok SELECT: rollup cube grouping sets
SELECT a, b, SUM(c) FROM t GROUP BY ROLLUP (a, b), CUBE (a), GROUPING SETS ((a, b), a, ());
-- ok SELECT: order by with nulls first and positions
SELECT a, b FROM t ORDER BY 2 DESC NULLS LAST, a ASC NULLS FIRST;
-- ok SELECT: union all, minus, intersect
SELECT a FROM t UNION ALL SELECT a FROM u MINUS SELECT a FROM v INTERSECT SELECT a FROM w;
-- ok SELECT: parenthesised set operands
(SELECT a FROM t) UNION (SELECT a FROM u) ORDER BY 1;
-- ok SELECT: WITH subquery factoring
WITH dept_costs AS (SELECT department_id, SUM(salary) total FROM employees GROUP BY department_id), avg_cost AS (SELECT AVG(total) avg FROM dept_costs) SELECT * FROM dept_costs WHERE total > (SELECT avg FROM avg_cost);
-- ok SELECT: recursive WITH with column list, SEARCH and CYCLE
WITH org (id, mgr, lvl) AS (SELECT employee_id, manager_id, 1 FROM employees WHERE manager_id IS NULL UNION ALL SELECT e.employee_id, e.manager_id, o.lvl + 1 FROM employees e JOIN org o ON e.manager_id = o.id) SEARCH DEPTH FIRST BY id SET ord CYCLE id SET is_cycle TO 'Y' DEFAULT 'N' SELECT * FROM org;
-- ok SELECT: CONNECT BY with START WITH, PRIOR, LEVEL and SYS_CONNECT_BY_PATH
SELECT LEVEL, last_name, SYS_CONNECT_BY_PATH(last_name, '/') path FROM employees START WITH manager_id IS NULL CONNECT BY PRIOR employee_id = manager_id ORDER SIBLINGS BY last_name;
-- ok SELECT: CONNECT BY NOCYCLE with CONNECT_BY_ROOT and CONNECT_BY_ISLEAF
SELECT CONNECT_BY_ROOT last_name root, CONNECT_BY_ISLEAF leaf, CONNECT_BY_ISCYCLE c FROM employees CONNECT BY NOCYCLE PRIOR employee_id = manager_id;
-- ok SELECT: CONNECT BY LEVEL row generator
SELECT LEVEL n FROM dual CONNECT BY LEVEL <= 10;
-- ok SELECT: analytic functions with partition, order and windows
SELECT last_name, salary, RANK() OVER (PARTITION BY department_id ORDER BY salary DESC) rnk, SUM(salary) OVER (ORDER BY hire_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) running FROM employees;
-- ok SELECT: LAG, LEAD, FIRST_VALUE IGNORE NULLS, RANGE window
SELECT LAG(salary, 1, 0) OVER (ORDER BY hire_date), LEAD(salary) OVER (ORDER BY hire_date), FIRST_VALUE(salary IGNORE NULLS) OVER (ORDER BY hire_date RANGE BETWEEN INTERVAL '1' DAY PRECEDING AND CURRENT ROW) FROM employees;
-- ok SELECT: KEEP DENSE_RANK
SELECT department_id, MIN(salary) KEEP (DENSE_RANK FIRST ORDER BY commission_pct) worst FROM employees GROUP BY department_id;
-- ok SELECT: LISTAGG WITHIN GROUP with overflow
SELECT department_id, LISTAGG(last_name, '; ' ON OVERFLOW TRUNCATE '...' WITH COUNT) WITHIN GROUP (ORDER BY last_name) FROM employees GROUP BY department_id;
-- ok SELECT: PERCENTILE_CONT WITHIN GROUP
SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY salary DESC) median FROM employees;
-- ok SELECT: FETCH FIRST rows only
SELECT employee_id, last_name FROM employees ORDER BY employee_id FETCH FIRST 5 ROWS ONLY;
-- ok SELECT: OFFSET and FETCH NEXT percent with ties
SELECT employee_id FROM employees ORDER BY salary OFFSET 10 ROWS FETCH NEXT 5 PERCENT ROWS WITH TIES;
-- ok SELECT: ROWNUM limit
SELECT * FROM (SELECT * FROM employees ORDER BY salary DESC) WHERE ROWNUM <= 10;
-- ok SELECT: optimizer hints
SELECT /*+ INDEX(e emp_idx) FULL(d) PARALLEL(4) */ * FROM employees e, departments d;
-- ok SELECT: FOR UPDATE OF with NOWAIT
SELECT * FROM employees WHERE employee_id = 1 FOR UPDATE OF salary NOWAIT;
-- ok SELECT: FOR UPDATE WAIT and SKIP LOCKED
SELECT * FROM jobs FOR UPDATE SKIP LOCKED;
-- ok SELECT: FOR UPDATE WAIT n
SELECT * FROM jobs FOR UPDATE WAIT 5;
-- ok SELECT: CASE searched and simple
SELECT CASE WHEN salary > 5000 THEN 'high' WHEN salary > 2000 THEN 'mid' ELSE 'low' END, CASE job_id WHEN 'SA' THEN 1 ELSE 0 END FROM employees;
-- ok SELECT: DECODE, NVL, NVL2, COALESCE
SELECT DECODE(a, 1, 'one', 2, 'two', 'many'), NVL(b, 0), NVL2(c, 1, 0), COALESCE(d, e, 0) FROM t;
-- ok SELECT: CAST and TO_CHAR, TO_DATE with formats
SELECT CAST(a AS VARCHAR2(30)), TO_CHAR(hire_date, 'YYYY-MM-DD'), TO_DATE('2024-01-01', 'YYYY-MM-DD') FROM employees;
-- ok SELECT: CAST with DEFAULT ON CONVERSION ERROR
SELECT CAST('x' AS NUMBER DEFAULT 0 ON CONVERSION ERROR) FROM dual;
-- ok SELECT: datetime and interval literals
SELECT DATE '2024-01-31', TIMESTAMP '2024-01-31 10:00:00', INTERVAL '5' DAY, INTERVAL '1-2' YEAR TO MONTH FROM dual;
-- ok SELECT: EXTRACT and TRIM forms
SELECT EXTRACT(YEAR FROM hire_date), TRIM(BOTH 'x' FROM name), TRIM(name) FROM employees;
-- ok SELECT: string concatenation and arithmetic
SELECT first_name || ' ' || last_name, salary * 12 + NVL(bonus, 0) / 2 - 1 FROM employees;
-- ok SELECT: q-quoted literals
SELECT q'[It's]', Q'{a'b}', q'!x!' FROM dual;
-- ok SELECT: national string literal
SELECT N'text' FROM dual;
-- ok SELECT: numbers with exponent and binary suffix
SELECT 1.5e3, .5, 25f, 1.0d FROM dual;
-- ok SELECT: sequence pseudocolumns
SELECT emp_seq.NEXTVAL, emp_seq.CURRVAL FROM dual;
-- ok SELECT: pseudocolumns ROWID, ROWNUM, SYSDATE, SYSTIMESTAMP, USER
SELECT ROWID, ROWNUM, SYSDATE, SYSTIMESTAMP, USER, UID, CURRENT_DATE FROM dual;
-- ok SELECT: PIVOT
SELECT * FROM (SELECT job_id, department_id, salary FROM employees) PIVOT (SUM(salary) AS sal FOR department_id IN (10 AS d10, 20 AS d20, 30));
-- ok SELECT: UNPIVOT including nulls
SELECT * FROM sales UNPIVOT INCLUDE NULLS (amount FOR quarter IN (q1 AS 'Q1', q2 AS 'Q2'));
-- ok SELECT: SAMPLE clause
SELECT * FROM employees SAMPLE (10) SEED (1);
-- ok SELECT: flashback query AS OF TIMESTAMP
SELECT * FROM employees AS OF TIMESTAMP (SYSTIMESTAMP - INTERVAL '10' MINUTE) WHERE employee_id = 1;
-- ok SELECT: flashback versions query
SELECT versions_startscn, salary FROM employees VERSIONS BETWEEN SCN MINVALUE AND MAXVALUE;
-- ok SELECT: partition extension
SELECT * FROM sales PARTITION (sales_q1_2024);
-- ok SELECT: database link
SELECT * FROM employees@remote_db;
-- ok SELECT: TABLE collection expression
SELECT * FROM TABLE(my_pkg.get_rows(10));
-- ok SELECT: JSON_VALUE, JSON_QUERY and IS JSON
SELECT JSON_VALUE(doc, '$.name' RETURNING VARCHAR2(100) NULL ON ERROR), JSON_QUERY(doc, '$.items' WITH WRAPPER) FROM orders WHERE doc IS JSON;
-- ok SELECT: JSON_OBJECT and JSON_ARRAYAGG
SELECT JSON_OBJECT('id' VALUE employee_id, 'name' VALUE last_name), JSON_ARRAYAGG(employee_id ORDER BY employee_id) FROM employees GROUP BY department_id;
-- ok SELECT: JSON_TABLE with nested path
SELECT jt.* FROM orders o, JSON_TABLE(o.doc, '$' COLUMNS (id NUMBER PATH '$.id', NESTED PATH '$.items[*]' COLUMNS (sku VARCHAR2(20) PATH '$.sku'))) jt;
-- ok SELECT: JSON_EXISTS condition
SELECT * FROM orders WHERE JSON_EXISTS(doc, '$.items[*]?(@.qty > 10)');
-- ok SELECT: REGEXP functions
SELECT REGEXP_SUBSTR(a, '[0-9]+'), REGEXP_REPLACE(a, '\s+', ' ') FROM t WHERE REGEXP_LIKE(a, '^A', 'i');
-- ok SELECT: bind and substitution variables
SELECT * FROM employees WHERE employee_id = :emp_id AND department_id = &dept;
-- ok SELECT: WITH FUNCTION in a query (PL/SQL declarations)
WITH FUNCTION twice(n NUMBER) RETURN NUMBER IS BEGIN RETURN n * 2; END;
SELECT twice(salary) FROM employees
/
-- ok SELECT: quoted identifiers
SELECT "Employee Id", "select" FROM "HR"."Emp Table";
-- ok SELECT: named arguments
SELECT my_fn(p_a => 1, p_b => 'x') FROM dual;
-- ok SELECT: multiset and member conditions
SELECT * FROM t WHERE 'x' MEMBER OF t.tags AND t.tags IS NOT EMPTY;
-- ok SELECT: IS A SET and OF type
SELECT * FROM t WHERE t.tags IS A SET AND VALUE(t) IS OF (person_t);
-- ok SELECT: window clause with named window
SELECT SUM(x) OVER w FROM t WINDOW w AS (PARTITION BY y ORDER BY z);
-- ok SELECT: GROUP BY with HAVING first
SELECT a FROM t HAVING COUNT(*) > 1 GROUP BY a;
-- ok SELECT: nested subqueries in FROM with alias
SELECT x.a FROM (SELECT a FROM (SELECT a FROM t)) x;
-- ok SELECT: XMLTABLE
SELECT x.* FROM docs d, XMLTABLE('/rows/row' PASSING d.xml COLUMNS id NUMBER PATH '@id', name VARCHAR2(30) PATH 'name') x;
-- ok SELECT: interval arithmetic with AT TIME ZONE
SELECT SYSTIMESTAMP AT TIME ZONE 'UTC', (SYSTIMESTAMP - hire_ts) DAY TO SECOND FROM employees;
-- ok SELECT: TREAT and CURSOR expression
SELECT TREAT(VALUE(p) AS employee_t).salary, CURSOR(SELECT * FROM dual) FROM persons p;

-- fail: missing FROM target
SELECT * FROM;
-- fail: FROM before the select list
SELECT FROM employees;
-- fail: unbalanced parenthesis
SELECT (1 + 2 FROM dual;
-- fail: LIMIT is MySQL syntax
SELECT * FROM employees LIMIT 10;
-- fail: backtick quoting is MySQL syntax
SELECT `name` FROM employees;
-- fail: two WHERE clauses
SELECT * FROM t WHERE a = 1 WHERE b = 2;
-- fail: unterminated string
SELECT 'abc FROM dual;
-- fail: FETCH without ROWS
SELECT * FROM t FETCH FIRST 5 ONLY;
-- fail: CONNECT without BY
SELECT * FROM t CONNECT PRIOR a = b;
-- fail: ORDER without BY
SELECT * FROM t ORDER a;
-- fail: GROUP BY with nothing
SELECT a FROM t GROUP BY;
-- fail: reserved word as column
SELECT select FROM t;
-- fail: trailing comma in select list
SELECT a, b, FROM t;
-- fail: CASE without END
SELECT CASE WHEN a = 1 THEN 2 FROM t;
-- fail: join without table
SELECT * FROM a JOIN ON a.id = 1;
