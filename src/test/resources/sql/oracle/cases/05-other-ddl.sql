-- Cases written from the Oracle Database 19c/23ai SQL Language Reference: DROP/TRUNCATE/RENAME TABLE, CREATE/
-- ALTER/DROP INDEX, VIEW, MATERIALIZED VIEW, SEQUENCE, SYNONYM, DIRECTORY, DATABASE LINK, COMMENT, FLASHBACK,
-- PURGE, ANALYZE.

-- ok DROP_TABLE: drop table
DROP TABLE hr.emp;
-- ok DROP_TABLE: cascade constraints purge
DROP TABLE emp CASCADE CONSTRAINTS PURGE;
-- ok DROP_TABLE: if exists (23ai)
DROP TABLE IF EXISTS emp;
-- ok TRUNCATE: truncate table reuse storage
TRUNCATE TABLE emp REUSE STORAGE;
-- ok TRUNCATE: truncate cascade with mview log
TRUNCATE TABLE emp PRESERVE MATERIALIZED VIEW LOG DROP ALL STORAGE CASCADE;
-- ok RENAME_TABLE: rename
RENAME emp TO emp_old;
-- ok CREATE_INDEX: simple index
CREATE INDEX emp_name_ix ON hr.emp (last_name, first_name);
-- ok CREATE_INDEX: unique descending with tablespace
CREATE UNIQUE INDEX emp_email_ux ON emp (email DESC) TABLESPACE idx_ts PCTFREE 5 NOLOGGING;
-- ok CREATE_INDEX: bitmap index
CREATE BITMAP INDEX emp_status_bx ON emp (status) LOCAL;
-- ok CREATE_INDEX: function-based index
CREATE INDEX emp_upper_ix ON emp (UPPER(last_name), TRUNC(hire_date));
-- ok CREATE_INDEX: online, parallel and compress
CREATE INDEX emp_ix ON emp (dept_id) ONLINE PARALLEL 4 COMPRESS 1 INVISIBLE;
-- ok CREATE_INDEX: reverse key
CREATE INDEX ord_ix ON orders (id) REVERSE;
-- ok CREATE_INDEX: global partitioned index
CREATE INDEX sales_ix ON sales (amount) GLOBAL PARTITION BY RANGE (amount) (PARTITION p1 VALUES LESS THAN (100), PARTITION p2 VALUES LESS THAN (MAXVALUE));
-- ok CREATE_INDEX: bitmap join index
CREATE BITMAP INDEX sales_cust_bjx ON sales (c.cust_city) FROM sales s, customers c WHERE s.cust_id = c.cust_id LOCAL;
-- ok CREATE_INDEX: domain index
CREATE INDEX doc_tx ON docs (body) INDEXTYPE IS ctxsys.context PARAMETERS ('sync (on commit)');
-- ok CREATE_INDEX: if not exists
CREATE INDEX IF NOT EXISTS ix1 ON t (a);
-- ok ALTER_INDEX: rebuild online
ALTER INDEX emp_ix REBUILD ONLINE TABLESPACE idx2 PARALLEL 4;
-- ok ALTER_INDEX: rename
ALTER INDEX emp_ix RENAME TO emp_dept_ix;
-- ok ALTER_INDEX: unusable and invisible
ALTER INDEX emp_ix UNUSABLE;
-- ok ALTER_INDEX: rebuild partition
ALTER INDEX sales_ix REBUILD PARTITION p1 NOLOGGING;
-- ok ALTER_INDEX: visible
ALTER INDEX emp_ix VISIBLE;
-- ok DROP_INDEX: drop index online force
DROP INDEX hr.emp_ix ONLINE;
-- ok CREATE_VIEW: simple view
CREATE VIEW emp_v AS SELECT employee_id, last_name FROM employees;
-- ok CREATE_VIEW: or replace force with column aliases and read only
CREATE OR REPLACE FORCE VIEW hr.emp_v (id, name) AS SELECT employee_id, last_name FROM employees WITH READ ONLY;
-- ok CREATE_VIEW: check option constraint
CREATE OR REPLACE VIEW emp_d10 AS SELECT * FROM employees WHERE department_id = 10 WITH CHECK OPTION CONSTRAINT emp_d10_ck;
-- ok CREATE_VIEW: editioning view
CREATE OR REPLACE EDITIONING VIEW emp_ev AS SELECT * FROM emp_t;
-- ok CREATE_VIEW: noforce editionable with bequeath
CREATE OR REPLACE NO FORCE EDITIONABLE VIEW v1 BEQUEATH CURRENT_USER AS SELECT 1 x FROM dual;
-- ok CREATE_VIEW: view with WITH clause
CREATE VIEW v2 AS WITH x AS (SELECT 1 a FROM dual) SELECT a FROM x;
-- ok ALTER_VIEW: compile
ALTER VIEW emp_v COMPILE;
-- ok DROP_VIEW: cascade constraints
DROP VIEW emp_v CASCADE CONSTRAINTS;
-- ok CREATE_MATERIALIZED_VIEW: refresh fast on commit
CREATE MATERIALIZED VIEW sales_mv BUILD IMMEDIATE REFRESH FAST ON COMMIT ENABLE QUERY REWRITE AS SELECT prod_id, SUM(amount) total FROM sales GROUP BY prod_id;
-- ok CREATE_MATERIALIZED_VIEW: refresh complete start with next
CREATE MATERIALIZED VIEW hr.emp_mv TABLESPACE users PARALLEL 2 BUILD DEFERRED REFRESH COMPLETE START WITH SYSDATE NEXT SYSDATE + 1 AS SELECT * FROM employees@remote;
-- ok CREATE_MATERIALIZED_VIEW: on prebuilt table
CREATE MATERIALIZED VIEW sum_mv ON PREBUILT TABLE WITH REDUCED PRECISION REFRESH FORCE ON DEMAND AS SELECT 1 x FROM dual;
-- ok ALTER_MATERIALIZED_VIEW: refresh mode
ALTER MATERIALIZED VIEW sales_mv REFRESH COMPLETE ON DEMAND;
-- ok DROP_MATERIALIZED_VIEW: preserve table
DROP MATERIALIZED VIEW sales_mv PRESERVE TABLE;
-- ok OTHER_DDL: materialized view log
CREATE MATERIALIZED VIEW LOG ON sales WITH ROWID, SEQUENCE (prod_id, amount) INCLUDING NEW VALUES;
-- ok CREATE_SEQUENCE: all options
CREATE SEQUENCE hr.emp_seq START WITH 1000 INCREMENT BY 1 MINVALUE 1 NOMAXVALUE CACHE 20 NOCYCLE ORDER;
-- ok CREATE_SEQUENCE: negative increment, nocache, scale, global
CREATE SEQUENCE down_seq INCREMENT BY -1 MAXVALUE 100 NOCACHE KEEP SCALE EXTEND GLOBAL;
-- ok CREATE_SEQUENCE: bare
CREATE SEQUENCE s1;
-- ok ALTER_SEQUENCE: increment and cache
ALTER SEQUENCE emp_seq INCREMENT BY 10 CACHE 100;
-- ok ALTER_SEQUENCE: restart
ALTER SEQUENCE emp_seq RESTART START WITH 1;
-- ok DROP_SEQUENCE: drop
DROP SEQUENCE hr.emp_seq;
-- ok CREATE_SYNONYM: private synonym
CREATE SYNONYM emp FOR hr.employees;
-- ok CREATE_SYNONYM: public or replace over a link
CREATE OR REPLACE PUBLIC SYNONYM emp_remote FOR hr.employees@remote_db;
-- ok DROP_SYNONYM: drop public force
DROP PUBLIC SYNONYM emp_remote FORCE;
-- ok OTHER_DDL: create directory
CREATE OR REPLACE DIRECTORY data_dir AS '/u01/data';
-- ok OTHER_DDL: drop directory
DROP DIRECTORY data_dir;
-- ok OTHER_DDL: database link
CREATE PUBLIC DATABASE LINK remote_db CONNECT TO app IDENTIFIED BY secret USING 'remote_tns';
-- ok OTHER_DDL: drop database link
DROP DATABASE LINK remote_db;
-- ok COMMENT: comment on table
COMMENT ON TABLE hr.employees IS 'Employees of the company';
-- ok COMMENT: comment on column with q-quote
COMMENT ON COLUMN hr.employees.salary IS q'[Monthly salary, in 'USD']';
-- ok COMMENT: comment on materialized view
COMMENT ON MATERIALIZED VIEW sales_mv IS 'Totals';
-- ok FLASHBACK_TABLE: to before drop
FLASHBACK TABLE emp TO BEFORE DROP RENAME TO emp_restored;
-- ok FLASHBACK_TABLE: to timestamp
FLASHBACK TABLE emp, dept TO TIMESTAMP SYSTIMESTAMP - INTERVAL '1' HOUR;
-- ok FLASHBACK_TABLE: to scn
FLASHBACK TABLE emp TO SCN 123456 ENABLE TRIGGERS;
-- ok ADMIN_OTHER: purge table
PURGE TABLE emp;
-- ok ADMIN_OTHER: purge recyclebin
PURGE RECYCLEBIN;
-- ok TABLE_MAINTENANCE: analyze compute statistics
ANALYZE TABLE emp COMPUTE STATISTICS;
-- ok TABLE_MAINTENANCE: analyze validate structure
ANALYZE INDEX emp_ix VALIDATE STRUCTURE;
-- ok DROP_PROCEDURE: drop procedure
DROP PROCEDURE hr.raise_salary;
-- ok DROP_FUNCTION: drop function
DROP FUNCTION hr.get_bonus;
-- ok OTHER_DDL: drop package body
DROP PACKAGE BODY hr.emp_pkg;
-- ok OTHER_DDL: drop type force
DROP TYPE person_t FORCE;
-- ok DROP_TRIGGER: drop trigger
DROP TRIGGER hr.emp_bi;
-- ok ALTER_PROCEDURE: compile
ALTER PROCEDURE hr.raise_salary COMPILE;
-- ok OTHER_DDL: alter package compile body
ALTER PACKAGE hr.emp_pkg COMPILE BODY REUSE SETTINGS;
-- ok OTHER_DDL: alter trigger disable
ALTER TRIGGER hr.emp_bi DISABLE;
-- ok OTHER_DDL: create context
CREATE OR REPLACE CONTEXT app_ctx USING app_ctx_pkg;

-- fail: CREATE INDEX without column list
CREATE INDEX ix ON emp;
-- fail: CREATE INDEX USING BTREE is MySQL
CREATE INDEX ix ON emp (a) USING BTREE;
-- fail: view without AS
CREATE VIEW v SELECT 1 FROM dual;
-- fail: sequence with unknown option
CREATE SEQUENCE s AUTO_INCREMENT 5;
-- fail: synonym without FOR
CREATE SYNONYM s hr.t;
-- fail: COMMENT without IS
COMMENT ON TABLE t 'x';
-- fail: DROP TABLE with two names
DROP TABLE a, b;
-- fail: TRUNCATE without object
TRUNCATE TABLE;
-- fail: flashback without target
FLASHBACK TABLE emp;
-- fail: RENAME TABLE is MySQL
RENAME TABLE a TO b;
