-- Cases written from the Oracle Database 19c/23ai SQL Language Reference: CREATE/ALTER/DROP USER, ROLE,
-- PROFILE, GRANT, REVOKE, AUDIT, COMMIT, ROLLBACK, SAVEPOINT, SET TRANSACTION, SET ROLE, SET CONSTRAINTS,
-- ALTER SESSION, ALTER SYSTEM.

-- ok CREATE_USER: user with tablespaces and quota
CREATE USER app IDENTIFIED BY "Secr3t#" DEFAULT TABLESPACE users TEMPORARY TABLESPACE temp QUOTA 100M ON users QUOTA UNLIMITED ON data PROFILE app_profile PASSWORD EXPIRE ACCOUNT UNLOCK;
-- ok CREATE_USER: external user
CREATE USER ops$jdoe IDENTIFIED EXTERNALLY;
-- ok CREATE_USER: schema only account (no authentication)
CREATE USER app_owner NO AUTHENTICATION;
-- ok ALTER_USER: lock and change password
ALTER USER app IDENTIFIED BY new_pass ACCOUNT LOCK;
-- ok ALTER_USER: default role and proxy
ALTER USER app DEFAULT ROLE ALL EXCEPT dba GRANT CONNECT THROUGH app_proxy;
-- ok DROP_USER: cascade
DROP USER app CASCADE;
-- ok CREATE_ROLE: role
CREATE ROLE app_read;
-- ok CREATE_ROLE: role identified by password
CREATE ROLE app_admin IDENTIFIED BY pwd;
-- ok DROP_ROLE: drop role
DROP ROLE app_read;
-- ok ADMIN_OTHER: create profile
CREATE PROFILE app_profile LIMIT FAILED_LOGIN_ATTEMPTS 5 PASSWORD_LIFE_TIME 90 SESSIONS_PER_USER UNLIMITED;
-- ok GRANT: system privileges with admin option
GRANT CREATE SESSION, CREATE TABLE, CREATE ANY INDEX TO app WITH ADMIN OPTION;
-- ok GRANT: object privileges with grant option
GRANT SELECT, INSERT, UPDATE (salary), DELETE ON hr.employees TO app_read, app WITH GRANT OPTION;
-- ok GRANT: execute on a package
GRANT EXECUTE ON hr.emp_pkg TO PUBLIC;
-- ok GRANT: role to user
GRANT app_read TO jdoe;
-- ok GRANT: all privileges on directory
GRANT READ, WRITE ON DIRECTORY data_dir TO app;
-- ok GRANT: select any table
GRANT SELECT ANY TABLE TO auditor;
-- ok GRANT: unlimited tablespace
GRANT UNLIMITED TABLESPACE TO app;
-- ok REVOKE: object privilege
REVOKE INSERT, DELETE ON hr.employees FROM app;
-- ok REVOKE: all with cascade constraints
REVOKE ALL ON hr.employees FROM app CASCADE CONSTRAINTS;
-- ok REVOKE: role
REVOKE app_read FROM jdoe;
-- ok ADMIN_OTHER: audit policy
AUDIT POLICY table_changes BY app WHENEVER SUCCESSFUL;
-- ok TRANSACTION: commit
COMMIT;
-- ok TRANSACTION: commit work with comment
COMMIT WORK COMMENT 'deploy 42';
-- ok TRANSACTION: commit write nowait
COMMIT WRITE BATCH NOWAIT;
-- ok TRANSACTION: rollback
ROLLBACK;
-- ok TRANSACTION: rollback to savepoint
ROLLBACK TO SAVEPOINT sp1;
-- ok TRANSACTION: savepoint
SAVEPOINT sp1;
-- ok TRANSACTION: set transaction read only
SET TRANSACTION READ ONLY NAME 'report';
-- ok TRANSACTION: set transaction isolation level
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;
-- ok TRANSACTION: set constraints deferred
SET CONSTRAINTS ALL DEFERRED;
-- ok SET_ROLE: set role
SET ROLE app_read, app_admin IDENTIFIED BY pwd;
-- ok SET_ROLE: set role none
SET ROLE NONE;
-- ok ALTER_SESSION: set current schema
ALTER SESSION SET CURRENT_SCHEMA = hr;
-- ok ALTER_SESSION: NLS settings
ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY-MM-DD HH24:MI:SS' NLS_LANGUAGE = 'AMERICAN';
-- ok ALTER_SESSION: enable parallel dml
ALTER SESSION ENABLE PARALLEL DML;
-- ok ALTER_SESSION: force parallel query
ALTER SESSION FORCE PARALLEL QUERY PARALLEL 4;
-- ok ALTER_SESSION: ddl lock timeout and edition
ALTER SESSION SET DDL_LOCK_TIMEOUT = 30 EDITION = release_2;
-- ok ALTER_SESSION: enable resumable
ALTER SESSION ENABLE RESUMABLE TIMEOUT 3600 NAME 'load';
-- ok ALTER_SESSION: container switch
ALTER SESSION SET CONTAINER = pdb1;
-- ok ALTER_SYSTEM: set parameter with scope
ALTER SYSTEM SET open_cursors = 500 SCOPE = BOTH;
-- ok ALTER_SYSTEM: kill session
ALTER SYSTEM KILL SESSION '123,456' IMMEDIATE;
-- ok ALTER_SYSTEM: flush shared pool
ALTER SYSTEM FLUSH SHARED_POOL;
-- ok ALTER_SYSTEM: switch logfile
ALTER SYSTEM SWITCH LOGFILE;
-- ok ALTER_SYSTEM: checkpoint
ALTER SYSTEM CHECKPOINT;

-- fail: GRANT without grantee
GRANT SELECT ON t TO;
-- fail: GRANT with IDENTIFIED but no privilege
GRANT TO app;
-- fail: REVOKE with TO instead of FROM
REVOKE SELECT ON t TO app;
-- fail: CREATE USER without name
CREATE USER IDENTIFIED BY x;
-- fail: COMMIT with garbage
COMMIT NOW;
-- fail: ROLLBACK TO without savepoint name
ROLLBACK TO;
-- fail: ALTER SESSION SET without value
ALTER SESSION SET NLS_DATE_FORMAT =;
-- fail: BEGIN TRANSACTION is not Oracle (BEGIN opens a PL/SQL block)
BEGIN TRANSACTION;
-- fail: SET autocommit is a client command in MySQL and a SQL*Plus command here
USE hr;
-- fail: ALTER SYSTEM without action
ALTER SYSTEM;
