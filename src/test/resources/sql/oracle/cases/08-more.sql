-- Cases written from the Oracle Database 19c/23ai SQL Language Reference ("row_pattern_clause", "model_clause",
-- CREATE/ALTER TABLESPACE) and PL/SQL Language Reference ("ALTER TYPE Statement", "UPDATE Statement Extensions").

-- ok SELECT: MATCH_RECOGNIZE V-shape
SELECT * FROM ticker MATCH_RECOGNIZE (PARTITION BY symbol ORDER BY tstamp MEASURES STRT.tstamp AS start_tstamp, LAST(DOWN.tstamp) AS bottom_tstamp ONE ROW PER MATCH AFTER MATCH SKIP TO LAST UP PATTERN (STRT DOWN+ UP+) DEFINE DOWN AS DOWN.price < PREV(DOWN.price), UP AS UP.price > PREV(UP.price)) MR ORDER BY MR.symbol;
-- ok SELECT: MATCH_RECOGNIZE with quantifiers and all rows per match
SELECT * FROM t MATCH_RECOGNIZE (ORDER BY ts ALL ROWS PER MATCH PATTERN (^ a{2,3}? b* (c | d)+ $) DEFINE a AS a.v > 1, b AS b.v < 2, c AS 1 = 1, d AS 1 = 1);
-- ok SELECT: MODEL with dimension and measures
SELECT country, prod, year, s FROM sales_view MODEL PARTITION BY (country) DIMENSION BY (prod, year) MEASURES (sale s) IGNORE NAV UNIQUE DIMENSION RULES UPSERT SEQUENTIAL ORDER (s[prod = 'Mouse Pad', year = 2001] = s['Mouse Pad', 1999] + s['Mouse Pad', 2000], s['Standard Mouse', 2002] = s['Standard Mouse', 2001]) ORDER BY country;
-- ok OTHER_DDL: create tablespace
CREATE BIGFILE TABLESPACE app_data DATAFILE '/u01/oradata/app01.dbf' SIZE 10G AUTOEXTEND ON NEXT 1G MAXSIZE UNLIMITED EXTENT MANAGEMENT LOCAL AUTOALLOCATE SEGMENT SPACE MANAGEMENT AUTO;
-- ok OTHER_DDL: create temporary tablespace
CREATE TEMPORARY TABLESPACE app_temp TEMPFILE '/u01/oradata/temp01.dbf' SIZE 2G EXTENT MANAGEMENT LOCAL UNIFORM SIZE 1M;
-- ok OTHER_DDL: alter tablespace add datafile
ALTER TABLESPACE app_data ADD DATAFILE '/u01/oradata/app02.dbf' SIZE 10G AUTOEXTEND OFF;
-- ok OTHER_DDL: alter tablespace read only
ALTER TABLESPACE app_data READ ONLY;
-- ok OTHER_DDL: drop tablespace including contents
DROP TABLESPACE app_data INCLUDING CONTENTS AND DATAFILES CASCADE CONSTRAINTS;
-- ok OTHER_DDL: alter type add attribute cascade
ALTER TYPE person_t ADD ATTRIBUTE (email VARCHAR2(100)) CASCADE;
-- ok OTHER_DDL: alter type add member function invalidate
ALTER TYPE person_t ADD MEMBER FUNCTION full_name RETURN VARCHAR2 INVALIDATE;
-- ok OTHER_DDL: alter type modify varray limit
ALTER TYPE phones_t MODIFY LIMIT 10 CASCADE;
-- ok OTHER_DDL: alter type compile
ALTER TYPE person_t COMPILE BODY;
-- ok PLSQL_BLOCK: record update with SET ROW and insert of a record
DECLARE
  r employees%ROWTYPE;
BEGIN
  SELECT * INTO r FROM employees WHERE employee_id = 100;
  r.salary := r.salary + 1;
  UPDATE employees SET ROW = r WHERE employee_id = r.employee_id;
  INSERT INTO employees_hist VALUES r;
END;
/
-- ok PLSQL_BLOCK: cursor with FOR UPDATE and WHERE CURRENT OF
DECLARE
  CURSOR c IS SELECT salary FROM employees WHERE department_id = 10 FOR UPDATE OF salary NOWAIT;
BEGIN
  FOR r IN c LOOP
    UPDATE employees SET salary = r.salary * 1.05 WHERE CURRENT OF c;
  END LOOP;
END;
/
-- ok PLSQL_BLOCK: dynamic SQL with BULK COLLECT and OPEN FOR USING
DECLARE
  TYPE names_t IS TABLE OF VARCHAR2(30) INDEX BY VARCHAR2(10);
  TYPE ids_t IS TABLE OF NUMBER;
  ids ids_t;
  rc SYS_REFCURSOR;
BEGIN
  EXECUTE IMMEDIATE 'SELECT employee_id FROM employees WHERE department_id = :d' BULK COLLECT INTO ids USING 10;
  OPEN rc FOR SELECT * FROM employees WHERE department_id = 20;
  CLOSE rc;
END;
/
-- ok PLSQL_BLOCK: boolean assignment and CASE expression assignment
DECLARE
  ok BOOLEAN;
  s  VARCHAR2(10);
BEGIN
  ok := 1 < 2 AND NOT FALSE;
  s := CASE WHEN ok THEN 'yes' ELSE 'no' END;
  IF ok IS NOT NULL AND s IN ('yes', 'no') THEN
    NULL;
  END IF;
END;
/
-- ok PLSQL_BLOCK: labelled nested block ended with its label
<<outer_block>>
DECLARE
  x NUMBER := 1;
BEGIN
  <<inner_block>>
  DECLARE
    x NUMBER := 2;
  BEGIN
    DBMS_OUTPUT.PUT_LINE(outer_block.x + x);
  END inner_block;
END outer_block;
/

-- fail: MATCH_RECOGNIZE without PATTERN
SELECT * FROM t MATCH_RECOGNIZE (ORDER BY ts DEFINE a AS a.v > 1);
-- fail: MODEL without DIMENSION BY
SELECT * FROM t MODEL MEASURES (s) (s[1] = 2);
-- fail: tablespace without name
CREATE TABLESPACE DATAFILE 'x.dbf' SIZE 1M;
-- fail: ALTER TYPE without action
ALTER TYPE person_t;

-- ok ALTER_TABLE: parallel with degree
ALTER TABLE t PARALLEL (DEGREE 4);
-- ok CREATE_INDEX: index with parallel degree default
CREATE INDEX i ON t (a) PARALLEL (DEGREE DEFAULT) NOLOGGING;
-- ok OTHER_DDL: create edition
CREATE EDITION release_2 AS CHILD OF ora$base;
-- ok OTHER_DDL: unified audit policy
CREATE AUDIT POLICY emp_changes ACTIONS DELETE ON hr.employees, UPDATE ON hr.employees WHEN 'SYS_CONTEXT(''USERENV'', ''SESSION_USER'') <> ''HR''' EVALUATE PER SESSION;
-- ok OTHER_DDL: alter audit policy
ALTER AUDIT POLICY emp_changes ADD ACTIONS INSERT ON hr.employees;
-- ok OTHER_DDL: Java source (kept, not parsed)
CREATE OR REPLACE AND COMPILE JAVA SOURCE NAMED "Hello" AS
public class Hello {
  public static String hi() { return "hi"; }
};
/
-- fail: edition without name
CREATE EDITION;
