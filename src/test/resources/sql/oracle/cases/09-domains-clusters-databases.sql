-- Cases written from the Oracle Database 19c/23ai SQL Language Reference: CREATE/ALTER/DROP DOMAIN (23ai), column
-- DOMAIN, CREATE/ALTER CLUSTER, CREATE/ALTER/DROP PLUGGABLE DATABASE, ALTER DATABASE.

-- ok OTHER_DDL: single-column domain with a check constraint on VALUE
CREATE DOMAIN day_of_week AS CHAR(3 CHAR)
  CONSTRAINT day_of_week_c CHECK (UPPER(VALUE) IN ('MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'));
-- ok OTHER_DDL: domain with default on null, display, order and annotations
CREATE DOMAIN IF NOT EXISTS hr.dom_email AS VARCHAR2(100)
  DEFAULT ON NULL 'nobody@example.com'
  CONSTRAINT chk_email CHECK (REGEXP_LIKE(dom_email, '^(\S+)\@(\S+)\.(\S+)$'))
  DISPLAY LOWER(dom_email)
  ORDER LOWER(dom_email)
  ANNOTATIONS (Description 'an e-mail address', PII);
-- ok OTHER_DDL: usecase domain, strict, not null
CREATE USECASE DOMAIN year_of_birth AS NUMBER(4) STRICT NOT NULL CHECK (VALUE > 1900);
-- ok OTHER_DDL: enumeration domain
CREATE DOMAIN order_status AS ENUM (placed = 1, shipped = 2, delivered = 3);
-- ok OTHER_DDL: multi-column domain
CREATE DOMAIN us_address AS (
  street AS VARCHAR2(40),
  city AS VARCHAR2(30) NOT NULL,
  zip AS NUMBER(5) CONSTRAINT zip_c CHECK (zip > 0))
  DISPLAY street || ', ' || city || ' ' || zip;
-- ok OTHER_DDL: alter domain display
ALTER DOMAIN hr.dom_email MODIFY DISPLAY UPPER(dom_email);
-- ok OTHER_DDL: alter domain drop order
ALTER DOMAIN IF EXISTS day_of_week DROP ORDER;
-- ok OTHER_DDL: alter domain annotations
ALTER DOMAIN day_of_week ANNOTATIONS (DROP Description, ADD IF NOT EXISTS Owner 'hr');
-- ok OTHER_DDL: drop domain force preserve
DROP DOMAIN IF EXISTS day_of_week FORCE PRESERVE;
-- ok CREATE_TABLE: columns associated with domains
CREATE TABLE hr.people (id NUMBER PRIMARY KEY, email VARCHAR2(100) DOMAIN hr.dom_email, born NUMBER(4) DOMAIN year_of_birth NOT NULL);
-- fail: a domain needs its data type
CREATE DOMAIN no_type CHECK (VALUE > 0);
-- fail: ALTER DOMAIN changes display, order or annotations only
ALTER DOMAIN day_of_week MODIFY CHECK (VALUE IS NOT NULL);
-- fail: an enumeration lists names
CREATE DOMAIN bad_enum AS ENUM ();

-- ok OTHER_DDL: index cluster
CREATE CLUSTER personnel (department NUMBER(4)) SIZE 512 STORAGE (MINEXTENTS 2 PCTINCREASE 0);
-- ok OTHER_DDL: hash cluster with hash expression
CREATE CLUSTER language (cust_language VARCHAR2(3)) SIZE 512 HASHKEYS 10 STORAGE (INITIAL 100K NEXT 50K);
-- ok OTHER_DDL: single-table hash cluster
CREATE CLUSTER address (postal_code NUMBER, country_id CHAR(2)) HASHKEYS 20 HASH IS MOD(postal_code + country_id, 101);
-- ok OTHER_DDL: cluster with tablespace, index, parallel, cache
CREATE CLUSTER IF NOT EXISTS hr.emp_dept (deptno NUMBER(3)) TABLESPACE users INDEX PARALLEL 4 CACHE;
-- ok CREATE_TABLE: a table stored in a cluster
CREATE TABLE dept_10 CLUSTER personnel (department_id) AS SELECT * FROM employees WHERE department_id = 10;
-- ok OTHER_DDL: alter cluster size and storage
ALTER CLUSTER personnel SIZE 1024 STORAGE (MAXEXTENTS 30);
-- ok OTHER_DDL: alter cluster deallocate
ALTER CLUSTER language DEALLOCATE UNUSED KEEP 30K;
-- ok OTHER_DDL: drop cluster including tables
DROP CLUSTER personnel INCLUDING TABLES CASCADE CONSTRAINTS;
-- fail: a cluster needs its key columns
CREATE CLUSTER personnel SIZE 512;
-- fail: cluster key columns have data types
CREATE CLUSTER personnel (department) SIZE 512;

-- ok ADMIN_OTHER: new pluggable database from the seed
CREATE PLUGGABLE DATABASE salespdb ADMIN USER salesadm IDENTIFIED BY password ROLES = (dba)
  DEFAULT TABLESPACE sales DATAFILE '/disk1/oracle/dbs/salespdb/sales01.dbf' SIZE 250M AUTOEXTEND ON
  FILE_NAME_CONVERT = ('/disk1/oracle/dbs/pdbseed/', '/disk1/oracle/dbs/salespdb/')
  STORAGE (MAXSIZE 2G)
  PATH_PREFIX = '/disk1/oracle/dbs/salespdb/';
-- ok ADMIN_OTHER: clone over a database link
CREATE PLUGGABLE DATABASE newpdb FROM salespdb@pdb_link FILE_NAME_CONVERT = NONE;
-- ok ADMIN_OTHER: plug in from an XML file
CREATE PLUGGABLE DATABASE salespdb USING '/disk1/usr/salespdb.xml' NOCOPY TEMPFILE REUSE;
-- ok ADMIN_OTHER: open a pluggable database on all instances
ALTER PLUGGABLE DATABASE salespdb OPEN READ WRITE INSTANCES = ALL;
-- ok ADMIN_OTHER: close all but one
ALTER PLUGGABLE DATABASE ALL EXCEPT hrpdb CLOSE IMMEDIATE;
-- ok ADMIN_OTHER: keep the open state across restarts
ALTER PLUGGABLE DATABASE salespdb SAVE STATE;
-- ok ADMIN_OTHER: unplug
ALTER PLUGGABLE DATABASE salespdb UNPLUG INTO '/oracle/data/salespdb.xml';
-- ok ADMIN_OTHER: the current pluggable database's default tablespace
ALTER PLUGGABLE DATABASE DEFAULT TABLESPACE pdb1_tbs;
-- ok ADMIN_OTHER: drop with its data files
DROP PLUGGABLE DATABASE salespdb INCLUDING DATAFILES;
-- fail: a pluggable database is opened or closed, not started
ALTER PLUGGABLE DATABASE salespdb START;
-- fail: DROP PLUGGABLE DATABASE keeps or includes data files
DROP PLUGGABLE DATABASE salespdb INCLUDING TABLES;

-- ok ADMIN_OTHER: resize a data file
ALTER DATABASE DATAFILE '/u02/oracle/rbdb1/stuff01.dbf' RESIZE 100M;
-- ok ADMIN_OTHER: autoextend a data file
ALTER DATABASE DATAFILE '/u02/oracle/rbdb1/users03.dbf' AUTOEXTEND ON NEXT 10M MAXSIZE UNLIMITED;
-- ok ADMIN_OTHER: add a log file group
ALTER DATABASE ADD LOGFILE GROUP 3 ('/u01/oracle/dbs/log3a.rdo', '/u01/oracle/dbs/log3b.rdo') SIZE 100M;
-- ok ADMIN_OTHER: add a log file member
ALTER DATABASE ADD LOGFILE MEMBER '/u01/oracle/dbs/log2c.rdo' TO GROUP 2;
-- ok ADMIN_OTHER: drop a log file group
ALTER DATABASE DROP LOGFILE GROUP 3;
-- ok ADMIN_OTHER: force logging
ALTER DATABASE FORCE LOGGING;
-- ok ADMIN_OTHER: supplemental logging
ALTER DATABASE ADD SUPPLEMENTAL LOG DATA (PRIMARY KEY) COLUMNS;
-- ok ADMIN_OTHER: default temporary tablespace
ALTER DATABASE DEFAULT TEMPORARY TABLESPACE temp2;
-- ok ADMIN_OTHER: rename the global name
ALTER DATABASE RENAME GLOBAL_NAME TO demo.world.example.com;
-- ok ADMIN_OTHER: block change tracking
ALTER DATABASE ENABLE BLOCK CHANGE TRACKING USING FILE '/u01/oracle/bct.f' REUSE;
-- ok ADMIN_OTHER: open read only
ALTER DATABASE OPEN READ ONLY;
-- ok ADMIN_OTHER: flashback on
ALTER DATABASE FLASHBACK ON;
-- ok ADMIN_OTHER: back up the control file to trace
ALTER DATABASE BACKUP CONTROLFILE TO TRACE AS '/tmp/ctl.sql' REUSE;
-- fail: a data file needs what to change
ALTER DATABASE DATAFILE '/u02/oracle/rbdb1/stuff01.dbf';
-- fail: RESIZE belongs to a data file
ALTER DATABASE RESIZE 100M;
