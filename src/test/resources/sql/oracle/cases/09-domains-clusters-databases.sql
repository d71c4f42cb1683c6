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

-- ok OTHER_DDL: operator bound to a function
CREATE OPERATOR eq_op BINDING (VARCHAR2, VARCHAR2) RETURN NUMBER USING eq_f;
-- ok OTHER_DDL: operator with two bindings, one with an index context
CREATE OR REPLACE OPERATOR hr.contains_op
  BINDING (VARCHAR2, VARCHAR2) RETURN NUMBER WITH INDEX CONTEXT, SCAN CONTEXT text_im COMPUTE ANCILLARY DATA USING text_pkg.contains_f,
          (CLOB, VARCHAR2) RETURN NUMBER USING text_pkg.contains_clob;
-- ok OTHER_DDL: ancillary operator
CREATE OPERATOR score_op BINDING (NUMBER) RETURN NUMBER ANCILLARY TO contains_op (VARCHAR2, VARCHAR2) USING text_pkg.score_f;
-- ok OTHER_DDL: alter operator add binding
ALTER OPERATOR eq_op ADD BINDING (NUMBER, NUMBER) RETURN NUMBER USING eq_num;
-- ok OTHER_DDL: alter operator drop binding
ALTER OPERATOR eq_op DROP BINDING (NUMBER, NUMBER) FORCE;
-- ok OTHER_DDL: drop operator force
DROP OPERATOR eq_op FORCE;
-- ok OTHER_DDL: indextype for an operator
CREATE INDEXTYPE position_indextype FOR position_between(NUMBER, NUMBER, NUMBER) USING position_im;
-- ok OTHER_DDL: indextype with array DML and local partitioning
CREATE OR REPLACE INDEXTYPE text_it FOR contains_op(VARCHAR2, VARCHAR2), score_op(NUMBER)
  USING text_im WITH ARRAY DML WITH LOCAL RANGE PARTITION WITH SYSTEM MANAGED STORAGE TABLES;
-- ok OTHER_DDL: alter indextype add operator
ALTER INDEXTYPE position_indextype ADD lob_contains(CLOB, CLOB) USING position_im;
-- ok OTHER_DDL: alter indextype compile
ALTER INDEXTYPE position_indextype COMPILE;
-- fail: an operator needs its binding
CREATE OPERATOR eq_op RETURN NUMBER USING eq_f;
-- fail: an indextype names its implementation type
CREATE INDEXTYPE position_indextype FOR position_between(NUMBER, NUMBER, NUMBER);

-- ok OTHER_DDL: dimension with levels, a hierarchy with a join key and attributes
CREATE DIMENSION customers_dim
   LEVEL customer IS (customers.cust_id)
   LEVEL city IS (customers.cust_city)
   LEVEL country IS (countries.country_id)
   LEVEL region IS countries.country_region SKIP WHEN NULL
   HIERARCHY geog_rollup (
      customer CHILD OF city CHILD OF country CHILD OF region
      JOIN KEY (customers.country_id) REFERENCES country)
   ATTRIBUTE customer DETERMINES (cust_first_name, cust_last_name)
   ATTRIBUTE country DETERMINES (countries.country_name);
-- ok OTHER_DDL: extended attribute clause
CREATE DIMENSION times_dim LEVEL day IS times.time_id LEVEL month IS times.calendar_month_desc
   HIERARCHY cal_rollup (day CHILD OF month)
   ATTRIBUTE day_name LEVEL day DETERMINES times.day_name;
-- ok OTHER_DDL: alter dimension drop attribute
ALTER DIMENSION customers_dim DROP ATTRIBUTE country;
-- ok OTHER_DDL: alter dimension add a level and its attribute
ALTER DIMENSION customers_dim ADD LEVEL zone IS customers.cust_postal_code ADD ATTRIBUTE zone DETERMINES (cust_city);
-- ok OTHER_DDL: alter dimension compile
ALTER DIMENSION customers_dim COMPILE;
-- ok OTHER_DDL: drop dimension
DROP DIMENSION customers_dim;
-- fail: a dimension has at least one level
CREATE DIMENSION empty_dim HIERARCHY h (a CHILD OF b);
-- fail: a hierarchy goes CHILD OF its parent level
CREATE DIMENSION d LEVEL a IS t.a LEVEL b IS t.b HIERARCHY h (a PARENT OF b);
