-- Cases written from the Oracle Database 19c/23ai PL/SQL Language Reference (blocks, declarations, control
-- statements, collections and records, cursors, exceptions, bulk SQL, dynamic SQL, subprograms, packages,
-- triggers, types). Each unit ends with its "/" line, as in a SQL*Plus script.

-- ok PLSQL_BLOCK: minimal block
BEGIN
  NULL;
END;
/
-- ok PLSQL_BLOCK: declarations, assignment and output
DECLARE
  v_count   NUMBER := 0;
  c_limit   CONSTANT PLS_INTEGER := 10;
  v_name    employees.last_name%TYPE;
  v_emp     employees%ROWTYPE;
  v_flag    BOOLEAN NOT NULL := TRUE;
BEGIN
  SELECT COUNT(*) INTO v_count FROM employees;
  v_count := v_count + c_limit;
  DBMS_OUTPUT.PUT_LINE('count: ' || v_count);
END;
/
-- ok PLSQL_BLOCK: IF ELSIF ELSE
BEGIN
  IF :x > 10 THEN
    :y := 'big';
  ELSIF :x > 5 THEN
    :y := 'medium';
  ELSE
    :y := 'small';
  END IF;
END;
/
-- ok PLSQL_BLOCK: CASE statement searched and simple
DECLARE
  grade CHAR(1) := 'B';
BEGIN
  CASE grade
    WHEN 'A' THEN DBMS_OUTPUT.PUT_LINE('Excellent');
    WHEN 'B' THEN DBMS_OUTPUT.PUT_LINE('Good');
    ELSE DBMS_OUTPUT.PUT_LINE('No such grade');
  END CASE;
  CASE
    WHEN grade = 'A' THEN NULL;
  END CASE;
END;
/
-- ok PLSQL_BLOCK: loops with labels, EXIT WHEN and CONTINUE
DECLARE
  i PLS_INTEGER := 0;
BEGIN
  <<outer>>
  LOOP
    i := i + 1;
    CONTINUE WHEN MOD(i, 2) = 0;
    EXIT outer WHEN i > 10;
  END LOOP outer;
  WHILE i > 0 LOOP
    i := i - 1;
  END LOOP;
  FOR j IN 1..10 LOOP
    NULL;
  END LOOP;
  FOR j IN REVERSE 1 .. i LOOP
    NULL;
  END LOOP;
END;
/
-- ok PLSQL_BLOCK: cursor FOR loop over a query and a declared cursor
DECLARE
  CURSOR c_emp (p_dept NUMBER) IS SELECT employee_id, salary FROM employees WHERE department_id = p_dept;
BEGIN
  FOR r IN (SELECT * FROM departments) LOOP
    DBMS_OUTPUT.PUT_LINE(r.department_name);
  END LOOP;
  FOR e IN c_emp(10) LOOP
    UPDATE employees SET salary = e.salary * 1.1 WHERE employee_id = e.employee_id;
  END LOOP;
END;
/
-- ok PLSQL_BLOCK: explicit cursor open fetch close with attributes
DECLARE
  CURSOR c IS SELECT last_name FROM employees;
  v_name VARCHAR2(30);
BEGIN
  OPEN c;
  LOOP
    FETCH c INTO v_name;
    EXIT WHEN c%NOTFOUND;
  END LOOP;
  IF c%ISOPEN THEN
    CLOSE c;
  END IF;
END;
/
-- ok PLSQL_BLOCK: ref cursor opened for a dynamic query
DECLARE
  TYPE emp_cur_t IS REF CURSOR RETURN employees%ROWTYPE;
  rc SYS_REFCURSOR;
BEGIN
  OPEN rc FOR 'SELECT * FROM employees WHERE department_id = :d' USING 10;
  CLOSE rc;
END;
/
-- ok PLSQL_BLOCK: records, associative arrays, nested tables, varrays
DECLARE
  TYPE emp_rec IS RECORD (id NUMBER, name VARCHAR2(30) := 'x');
  TYPE num_tab IS TABLE OF NUMBER INDEX BY PLS_INTEGER;
  TYPE name_tab IS TABLE OF VARCHAR2(30);
  TYPE arr IS VARRAY(10) OF NUMBER;
  SUBTYPE small_t IS NUMBER(3) NOT NULL;
  r emp_rec;
  t num_tab;
  n name_tab := name_tab('a', 'b');
BEGIN
  r.id := 1;
  t(1) := 10;
  n.EXTEND;
  n(n.LAST) := 'c';
  IF t.EXISTS(1) AND n.COUNT > 2 THEN
    t.DELETE;
  END IF;
END;
/
-- ok PLSQL_BLOCK: BULK COLLECT with LIMIT and FORALL with SAVE EXCEPTIONS
DECLARE
  TYPE id_tab IS TABLE OF employees.employee_id%TYPE;
  ids id_tab;
  CURSOR c IS SELECT employee_id FROM employees;
BEGIN
  SELECT employee_id BULK COLLECT INTO ids FROM employees WHERE department_id = 10;
  OPEN c;
  FETCH c BULK COLLECT INTO ids LIMIT 100;
  CLOSE c;
  FORALL i IN 1..ids.COUNT SAVE EXCEPTIONS
    UPDATE employees SET salary = salary + 1 WHERE employee_id = ids(i);
  FORALL i IN INDICES OF ids
    DELETE FROM bonuses WHERE employee_id = ids(i);
  DBMS_OUTPUT.PUT_LINE(SQL%BULK_ROWCOUNT(1));
EXCEPTION
  WHEN OTHERS THEN
    FOR j IN 1 .. SQL%BULK_EXCEPTIONS.COUNT LOOP
      DBMS_OUTPUT.PUT_LINE(SQL%BULK_EXCEPTIONS(j).ERROR_INDEX);
    END LOOP;
END;
/
-- ok PLSQL_BLOCK: EXECUTE IMMEDIATE forms
DECLARE
  v_sql VARCHAR2(200) := 'UPDATE employees SET salary = :s WHERE employee_id = :id';
  v_cnt NUMBER;
BEGIN
  EXECUTE IMMEDIATE 'CREATE TABLE tmp_x (a NUMBER)';
  EXECUTE IMMEDIATE v_sql USING 100, 7;
  EXECUTE IMMEDIATE 'SELECT COUNT(*) FROM employees' INTO v_cnt;
  EXECUTE IMMEDIATE 'DELETE FROM t WHERE a = :a RETURNING b INTO :b' USING IN 1 RETURNING INTO v_cnt;
  EXECUTE IMMEDIATE 'BEGIN p(:x); END;' USING IN OUT v_cnt;
END;
/
-- ok PLSQL_BLOCK: exceptions, PRAGMA EXCEPTION_INIT, RAISE and RAISE_APPLICATION_ERROR
DECLARE
  e_child EXCEPTION;
  PRAGMA EXCEPTION_INIT(e_child, -2292);
BEGIN
  DELETE FROM departments WHERE department_id = 10;
  IF SQL%ROWCOUNT = 0 THEN
    RAISE NO_DATA_FOUND;
  END IF;
EXCEPTION
  WHEN e_child THEN
    RAISE_APPLICATION_ERROR(-20001, 'department has employees');
  WHEN NO_DATA_FOUND OR TOO_MANY_ROWS THEN
    NULL;
  WHEN OTHERS THEN
    DBMS_OUTPUT.PUT_LINE(SQLERRM);
    RAISE;
END;
/
-- ok PLSQL_BLOCK: nested block, GOTO and transaction statements
BEGIN
  SAVEPOINT before_change;
  BEGIN
    UPDATE t SET a = 1;
  EXCEPTION
    WHEN OTHERS THEN
      ROLLBACK TO SAVEPOINT before_change;
      GOTO done;
  END;
  COMMIT;
  <<done>>
  NULL;
END;
/
-- ok PLSQL_BLOCK: MERGE and INSERT RETURNING inside PL/SQL
DECLARE
  v_id NUMBER;
BEGIN
  INSERT INTO t (a) VALUES (1) RETURNING id INTO v_id;
  MERGE INTO t USING dual ON (t.id = v_id) WHEN MATCHED THEN UPDATE SET t.a = 2;
END;
/
-- ok PLSQL_BLOCK: calls to DBMS packages with named notation
BEGIN
  DBMS_STATS.GATHER_TABLE_STATS(ownname => 'HR', tabname => 'EMPLOYEES', cascade => TRUE);
  DBMS_SCHEDULER.CREATE_JOB(job_name => 'J1', job_type => 'PLSQL_BLOCK', job_action => 'BEGIN NULL; END;', enabled => TRUE);
END;
/
-- ok PLSQL_BLOCK: local subprograms in a block
DECLARE
  FUNCTION square(n NUMBER) RETURN NUMBER IS
  BEGIN
    RETURN n * n;
  END square;
  PROCEDURE show(p_msg IN VARCHAR2 DEFAULT 'x') IS
  BEGIN
    DBMS_OUTPUT.PUT_LINE(p_msg);
  END;
BEGIN
  show(TO_CHAR(square(3)));
END;
/
-- ok PLSQL_BLOCK: a substitution variable in a block
BEGIN
  DBMS_OUTPUT.PUT_LINE('&greeting');
END;
/
-- ok CREATE_PROCEDURE: procedure with parameters and exception section
CREATE OR REPLACE PROCEDURE hr.raise_salary (
  p_emp_id IN  employees.employee_id%TYPE,
  p_pct    IN  NUMBER DEFAULT 10,
  p_new    OUT NOCOPY NUMBER
) AUTHID DEFINER AS
  v_old NUMBER;
BEGIN
  SELECT salary INTO v_old FROM employees WHERE employee_id = p_emp_id FOR UPDATE;
  p_new := v_old * (1 + p_pct / 100);
  UPDATE employees SET salary = p_new WHERE employee_id = p_emp_id;
EXCEPTION
  WHEN NO_DATA_FOUND THEN
    RAISE_APPLICATION_ERROR(-20002, 'no employee ' || p_emp_id);
END raise_salary;
/
-- ok CREATE_PROCEDURE: autonomous transaction logger
CREATE OR REPLACE EDITIONABLE PROCEDURE log_msg (p_msg VARCHAR2) IS
  PRAGMA AUTONOMOUS_TRANSACTION;
BEGIN
  INSERT INTO app_log (ts, msg) VALUES (SYSTIMESTAMP, p_msg);
  COMMIT;
END;
/
-- ok CREATE_PROCEDURE: call spec to Java
CREATE PROCEDURE java_proc (p VARCHAR2) AS LANGUAGE JAVA NAME 'Util.run(java.lang.String)';
/
-- ok CREATE_FUNCTION: deterministic function
CREATE OR REPLACE FUNCTION hr.get_bonus (p_salary NUMBER) RETURN NUMBER DETERMINISTIC IS
BEGIN
  RETURN CASE WHEN p_salary > 10000 THEN p_salary * 0.1 ELSE 0 END;
END get_bonus;
/
-- ok CREATE_FUNCTION: pipelined table function
CREATE OR REPLACE FUNCTION gen_rows (n NUMBER) RETURN num_tab_t PIPELINED IS
BEGIN
  FOR i IN 1..n LOOP
    PIPE ROW (i);
  END LOOP;
  RETURN;
END;
/
-- ok CREATE_FUNCTION: result cache and parallel enable
CREATE FUNCTION f_rc (p NUMBER) RETURN VARCHAR2 RESULT_CACHE PARALLEL_ENABLE AS
BEGIN
  RETURN TO_CHAR(p);
END;
/
-- ok CREATE_PACKAGE: package specification
CREATE OR REPLACE PACKAGE hr.emp_pkg AUTHID CURRENT_USER AS
  g_max_raise CONSTANT NUMBER := 0.2;
  TYPE emp_tab IS TABLE OF employees%ROWTYPE;
  e_too_much EXCEPTION;
  CURSOR c_all RETURN employees%ROWTYPE;
  PROCEDURE hire (p_name VARCHAR2, p_dept NUMBER);
  FUNCTION headcount (p_dept NUMBER) RETURN NUMBER;
END emp_pkg;
/
-- ok CREATE_PACKAGE_BODY: package body with initialisation section
CREATE OR REPLACE PACKAGE BODY hr.emp_pkg AS
  g_calls NUMBER := 0;
  CURSOR c_all RETURN employees%ROWTYPE IS SELECT * FROM employees;
  PROCEDURE hire (p_name VARCHAR2, p_dept NUMBER) IS
  BEGIN
    INSERT INTO employees (employee_id, last_name, department_id) VALUES (emp_seq.NEXTVAL, p_name, p_dept);
    g_calls := g_calls + 1;
  END hire;
  FUNCTION headcount (p_dept NUMBER) RETURN NUMBER IS
    n NUMBER;
  BEGIN
    SELECT COUNT(*) INTO n FROM employees WHERE department_id = p_dept;
    RETURN n;
  END headcount;
BEGIN
  g_calls := 0;
END emp_pkg;
/
-- ok CREATE_TRIGGER: row trigger before insert with :NEW
CREATE OR REPLACE TRIGGER hr.emp_bi
  BEFORE INSERT OR UPDATE OF salary ON hr.employees
  FOR EACH ROW
  WHEN (NEW.salary > 0)
BEGIN
  IF INSERTING THEN
    :NEW.created_at := SYSDATE;
  ELSIF UPDATING('salary') THEN
    :NEW.updated_at := SYSDATE;
  END IF;
END;
/
-- ok CREATE_TRIGGER: after delete with referencing and follows
CREATE TRIGGER emp_ad AFTER DELETE ON employees REFERENCING OLD AS o NEW AS n FOR EACH ROW FOLLOWS emp_ad0
BEGIN
  INSERT INTO emp_hist VALUES (:o.employee_id, SYSDATE);
END;
/
-- ok CREATE_TRIGGER: instead of trigger on a view
CREATE OR REPLACE TRIGGER emp_v_ioi INSTEAD OF INSERT ON emp_v FOR EACH ROW
BEGIN
  INSERT INTO employees (employee_id, last_name) VALUES (:NEW.id, :NEW.name);
END;
/
-- ok CREATE_TRIGGER: compound trigger
CREATE OR REPLACE TRIGGER emp_ct FOR UPDATE OF salary ON employees COMPOUND TRIGGER
  TYPE ids_t IS TABLE OF NUMBER;
  g_ids ids_t := ids_t();
  BEFORE STATEMENT IS
  BEGIN
    g_ids.DELETE;
  END BEFORE STATEMENT;
  AFTER EACH ROW IS
  BEGIN
    g_ids.EXTEND;
    g_ids(g_ids.LAST) := :NEW.employee_id;
  END AFTER EACH ROW;
  AFTER STATEMENT IS
  BEGIN
    FORALL i IN 1..g_ids.COUNT
      INSERT INTO audit_ids VALUES (g_ids(i));
  END AFTER STATEMENT;
END emp_ct;
/
-- ok CREATE_TRIGGER: schema DDL trigger
CREATE OR REPLACE TRIGGER no_drop BEFORE DROP ON SCHEMA
BEGIN
  RAISE_APPLICATION_ERROR(-20000, 'drops are not allowed');
END;
/
-- ok CREATE_TRIGGER: database logon trigger
CREATE OR REPLACE TRIGGER on_logon AFTER LOGON ON DATABASE
BEGIN
  EXECUTE IMMEDIATE 'ALTER SESSION SET NLS_DATE_FORMAT = ''YYYY-MM-DD''';
END;
/
-- ok CREATE_TRIGGER: disabled trigger calling a procedure
CREATE TRIGGER t_call AFTER INSERT ON t FOR EACH ROW DISABLE CALL log_insert(:NEW.id)
/
-- ok CREATE_TYPE: object type with methods
CREATE OR REPLACE TYPE person_t AS OBJECT (
  name VARCHAR2(30),
  born DATE,
  MEMBER FUNCTION age RETURN NUMBER,
  STATIC PROCEDURE log_it (p VARCHAR2),
  CONSTRUCTOR FUNCTION person_t (name VARCHAR2) RETURN SELF AS RESULT
) NOT FINAL;
/
-- ok CREATE_TYPE: nested table type
CREATE OR REPLACE TYPE num_tab_t AS TABLE OF NUMBER;
/
-- ok CREATE_TYPE: varray type
CREATE TYPE phones_t AS VARRAY(5) OF VARCHAR2(20);
/
-- ok CREATE_TYPE: subtype under a supertype
CREATE TYPE employee_t UNDER person_t (salary NUMBER) NOT FINAL;
/
-- ok CREATE_TYPE: incomplete type
CREATE TYPE dept_t;
/
-- ok CREATE_TYPE_BODY: type body
CREATE OR REPLACE TYPE BODY person_t AS
  MEMBER FUNCTION age RETURN NUMBER IS
  BEGIN
    RETURN TRUNC(MONTHS_BETWEEN(SYSDATE, born) / 12);
  END;
  STATIC PROCEDURE log_it (p VARCHAR2) IS
  BEGIN
    NULL;
  END;
  CONSTRUCTOR FUNCTION person_t (name VARCHAR2) RETURN SELF AS RESULT IS
  BEGIN
    SELF.name := name;
    RETURN;
  END;
END;
/
-- ok OTHER_DDL: library
CREATE OR REPLACE LIBRARY ext_lib AS '/opt/lib/ext.so';
/

-- fail: block without END
BEGIN
  NULL;
/
-- fail: IF without END IF
BEGIN
  IF 1 = 1 THEN NULL; END;
END;
/
-- fail: assignment with = instead of :=
DECLARE
  x NUMBER;
BEGIN
  x = 1;
END;
/
-- fail: missing semicolon after statement
BEGIN
  NULL
END;
/
-- fail: declaration after BEGIN
BEGIN
  x NUMBER;
  NULL;
END;
/
-- fail: loop without END LOOP
BEGIN
  LOOP
    NULL;
  END;
END;
/
-- fail: procedure without IS or AS
CREATE OR REPLACE PROCEDURE p BEGIN NULL; END;
/
-- fail: function without RETURN type
CREATE OR REPLACE FUNCTION f (a NUMBER) IS BEGIN RETURN a; END;
/
-- fail: trigger without timing
CREATE OR REPLACE TRIGGER trg INSERT ON t BEGIN NULL; END;
/
-- fail: package without END
CREATE OR REPLACE PACKAGE pkg AS PROCEDURE p;
/
-- fail: exception handler without THEN
BEGIN
  NULL;
EXCEPTION
  WHEN OTHERS NULL;
END;
/
-- fail: FORALL with a non-DML statement
BEGIN
  FORALL i IN 1..10
    NULL;
END;
/
-- fail: empty block body
BEGIN
END;
/

-- ok CREATE_PACKAGE_BODY: conditional compilation in declarations and statements
CREATE OR REPLACE PACKAGE BODY pkg AS
  $IF DBMS_DB_VERSION.VER_LE_12 $THEN
    c CONSTANT NUMBER := 1;
  $ELSE
    c CONSTANT NUMBER := 2;
  $END
  PROCEDURE p IS
  BEGIN
    $IF $$debug_on $THEN
      DBMS_OUTPUT.PUT_LINE('debug');
    $ELSIF DBMS_DB_VERSION.VERSION >= 19 $THEN
      NULL;
    $END
    $IF DBMS_DB_VERSION.VERSION < 12 $THEN
      $ERROR 'unsupported release ' || $$PLSQL_UNIT $END
    $END
    NULL;
  END;
END;
/
-- fail: conditional compilation without $END
BEGIN
  $IF $$x $THEN NULL;
  NULL;
END;
/
-- ok CREATE_TRIGGER: trigger body with its own DECLARE section
CREATE OR REPLACE TRIGGER trg
  BEFORE INSERT ON t
  REFERENCING NEW AS n
  FOR EACH ROW
DECLARE
  v NUMBER;
BEGIN
  IF :n.id IS NULL THEN
    :n.id := s.NEXTVAL;
  END IF;
END trg;
/
-- ok CREATE_TRIGGER: DDL event trigger with several events
CREATE OR REPLACE TRIGGER audit_ddl AFTER CREATE OR ALTER OR DROP ON SCHEMA
BEGIN
  INSERT INTO ddl_log VALUES (ora_sysevent, ora_dict_obj_name, SYSDATE);
END;
/
