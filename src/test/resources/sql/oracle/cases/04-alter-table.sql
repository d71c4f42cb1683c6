-- Cases written from the Oracle Database 19c/23ai SQL Language Reference, "ALTER TABLE".

-- ok ALTER_TABLE: add one column
ALTER TABLE hr.emp ADD hire_date DATE DEFAULT SYSDATE NOT NULL;
-- ok ALTER_TABLE: add several columns
ALTER TABLE emp ADD (middle_name VARCHAR2(30), nick VARCHAR2(20) INVISIBLE);
-- ok ALTER_TABLE: add virtual column
ALTER TABLE emp ADD (total AS (salary * 12));
-- ok ALTER_TABLE: modify column type and null
ALTER TABLE emp MODIFY name VARCHAR2(100) NOT NULL;
-- ok ALTER_TABLE: modify several columns
ALTER TABLE emp MODIFY (name VARCHAR2(100), salary NUMBER(10,2) DEFAULT 0);
-- ok ALTER_TABLE: modify column visibility
ALTER TABLE emp MODIFY (nick VISIBLE);
-- ok ALTER_TABLE: drop identity
ALTER TABLE t1 MODIFY id DROP IDENTITY;
-- ok ALTER_TABLE: drop column
ALTER TABLE emp DROP COLUMN nick;
-- ok ALTER_TABLE: drop columns with cascade constraints
ALTER TABLE emp DROP (a, b) CASCADE CONSTRAINTS CHECKPOINT 1000;
-- ok ALTER_TABLE: set unused and drop unused
ALTER TABLE emp SET UNUSED (a, b) ONLINE;
-- ok ALTER_TABLE: drop unused columns
ALTER TABLE emp DROP UNUSED COLUMNS;
-- ok ALTER_TABLE: rename column
ALTER TABLE emp RENAME COLUMN name TO full_name;
-- ok ALTER_TABLE: rename table
ALTER TABLE emp RENAME TO employees_old;
-- ok ALTER_TABLE: add primary key constraint
ALTER TABLE emp ADD CONSTRAINT emp_pk PRIMARY KEY (id) USING INDEX TABLESPACE idx ENABLE NOVALIDATE;
-- ok ALTER_TABLE: add foreign key
ALTER TABLE emp ADD CONSTRAINT emp_dept_fk FOREIGN KEY (dept_id) REFERENCES hr.dept (id) ON DELETE CASCADE ENABLE NOVALIDATE;
-- ok ALTER_TABLE: add check and unique
ALTER TABLE emp ADD CONSTRAINT emp_sal_ck CHECK (salary > 0) ADD CONSTRAINT emp_email_uq UNIQUE (email);
-- ok ALTER_TABLE: drop constraint with keep index
ALTER TABLE emp DROP CONSTRAINT emp_pk KEEP INDEX;
-- ok ALTER_TABLE: drop primary key cascade
ALTER TABLE emp DROP PRIMARY KEY CASCADE;
-- ok ALTER_TABLE: modify constraint state
ALTER TABLE emp MODIFY CONSTRAINT emp_fk DISABLE NOVALIDATE;
-- ok ALTER_TABLE: enable novalidate constraint
ALTER TABLE emp ENABLE NOVALIDATE CONSTRAINT emp_fk;
-- ok ALTER_TABLE: rename constraint
ALTER TABLE emp RENAME CONSTRAINT c1 TO c2;
-- ok ALTER_TABLE: disable all triggers
ALTER TABLE emp DISABLE ALL TRIGGERS;
-- ok ALTER_TABLE: enable row movement
ALTER TABLE emp ENABLE ROW MOVEMENT;
-- ok ALTER_TABLE: shrink space
ALTER TABLE emp SHRINK SPACE CASCADE;
-- ok ALTER_TABLE: move online with compression
ALTER TABLE emp MOVE ONLINE TABLESPACE users2 ROW STORE COMPRESS ADVANCED UPDATE INDEXES;
-- ok ALTER_TABLE: nologging and parallel
ALTER TABLE emp NOLOGGING PARALLEL 8;
-- ok ALTER_TABLE: read only
ALTER TABLE emp READ ONLY;
-- ok ALTER_TABLE: add partition
ALTER TABLE sales ADD PARTITION p2025 VALUES LESS THAN (DATE '2026-01-01') TABLESPACE ts2;
-- ok ALTER_TABLE: drop partition update global indexes
ALTER TABLE sales DROP PARTITION p2020 UPDATE GLOBAL INDEXES;
-- ok ALTER_TABLE: truncate partition
ALTER TABLE sales TRUNCATE PARTITION p2021 DROP STORAGE UPDATE INDEXES;
-- ok ALTER_TABLE: split partition
ALTER TABLE sales SPLIT PARTITION pmax AT (DATE '2027-01-01') INTO (PARTITION p2026, PARTITION pmax) UPDATE GLOBAL INDEXES;
-- ok ALTER_TABLE: merge partitions
ALTER TABLE sales MERGE PARTITIONS p1, p2 INTO PARTITION p12;
-- ok ALTER_TABLE: exchange partition
ALTER TABLE sales EXCHANGE PARTITION p1 WITH TABLE sales_stage INCLUDING INDEXES WITHOUT VALIDATION;
-- ok ALTER_TABLE: move partition
ALTER TABLE sales MOVE PARTITION p1 TABLESPACE ts3 COMPRESS ONLINE;
-- ok ALTER_TABLE: modify partition add values
ALTER TABLE regions MODIFY PARTITION east ADD VALUES ('CT');
-- ok ALTER_TABLE: set interval
ALTER TABLE sales SET INTERVAL (NUMTOYMINTERVAL(1, 'MONTH'));
-- ok ALTER_TABLE: convert to partitioned online
ALTER TABLE big MODIFY PARTITION BY RANGE (d) INTERVAL (NUMTODSINTERVAL(1, 'DAY')) (PARTITION p0 VALUES LESS THAN (DATE '2020-01-01')) ONLINE;
-- ok ALTER_TABLE: modify LOB
ALTER TABLE lobs MODIFY LOB (doc) (CACHE);
-- ok ALTER_TABLE: flashback archive off
ALTER TABLE emp NO FLASHBACK ARCHIVE;
-- ok ALTER_TABLE: allocate extent
ALTER TABLE emp ALLOCATE EXTENT (SIZE 10M);

-- fail: ADD COLUMN keyword is MySQL
ALTER TABLE emp ADD COLUMN x NUMBER;
-- fail: CHANGE COLUMN is MySQL
ALTER TABLE emp CHANGE a b NUMBER;
-- fail: rename column without TO
ALTER TABLE emp RENAME COLUMN a b;
-- fail: alter table without action
ALTER TABLE emp;
-- fail: drop without object
ALTER TABLE emp DROP;
-- fail: modify without column
ALTER TABLE emp MODIFY;
-- fail: AFTER column placement is MySQL
ALTER TABLE emp ADD x NUMBER AFTER y;
