-- Cases written from MySQL 8.4 Reference Manual 15.1 "Data Definition Statements" (indexes, views, databases,
-- DROP, RENAME, TRUNCATE, tablespaces, servers, SRS, resource groups) and the MariaDB 11 pages (sequences, OR REPLACE).

-- ok CREATE_INDEX: plain
CREATE INDEX idx_a ON t (a);
-- ok CREATE_INDEX: unique with prefix and order
CREATE UNIQUE INDEX uq ON db.t (a(10), b DESC) USING BTREE COMMENT 'uq';
-- ok CREATE_INDEX: fulltext and spatial
CREATE FULLTEXT INDEX ft ON t (body);
-- ok CREATE_INDEX: functional
CREATE INDEX fi ON t ((JSON_VALUE(doc, '$.id' RETURNING UNSIGNED)));
-- ok CREATE_INDEX: with algorithm and lock
CREATE INDEX i ON t (a) ALGORITHM = INPLACE LOCK = NONE;
-- mariadb-only CREATE_INDEX: if not exists
CREATE INDEX IF NOT EXISTS i ON t (a);
-- mariadb-only CREATE_INDEX: or replace
CREATE OR REPLACE INDEX i ON t (a);
-- ok DROP_INDEX: plain
DROP INDEX idx_a ON t;
-- ok DROP_INDEX: primary
DROP INDEX `PRIMARY` ON t;
-- ok DROP_INDEX: with options
DROP INDEX i ON t ALGORITHM = INPLACE LOCK = DEFAULT;
-- mariadb-only DROP_INDEX: if exists
DROP INDEX IF EXISTS i ON t;
-- fail: CREATE INDEX without ON
CREATE INDEX i t (a);
-- fail: CREATE INDEX without columns
CREATE INDEX i ON t;
-- fail: DROP INDEX without table
DROP INDEX i;

-- ok CREATE_VIEW: simple
CREATE VIEW v AS SELECT a, b FROM t;
-- ok CREATE_VIEW: all options
CREATE OR REPLACE ALGORITHM = MERGE DEFINER = 'admin'@'localhost' SQL SECURITY INVOKER VIEW db.v (x, y) AS SELECT a, b FROM t WHERE a > 1 WITH CASCADED CHECK OPTION;
-- ok CREATE_VIEW: definer current_user and union
CREATE DEFINER = CURRENT_USER VIEW v2 AS SELECT 1 AS a UNION SELECT 2 WITH LOCAL CHECK OPTION;
-- ok CREATE_VIEW: with a CTE
CREATE VIEW v3 AS WITH c AS (SELECT 1 AS x) SELECT x FROM c;
-- ok ALTER_VIEW: alter
ALTER ALGORITHM = TEMPTABLE VIEW v AS SELECT * FROM t;
-- ok DROP_VIEW: several
DROP VIEW IF EXISTS v1, v2 CASCADE;
-- mariadb-only CREATE_VIEW: if not exists
CREATE VIEW IF NOT EXISTS v AS SELECT 1;
-- fail: CREATE VIEW without AS
CREATE VIEW v SELECT 1;
-- fail: CREATE VIEW with a non-query
CREATE VIEW v AS UPDATE t SET a = 1;

-- ok CREATE_DATABASE: with options
CREATE DATABASE IF NOT EXISTS shop DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
-- ok CREATE_DATABASE: schema synonym with encryption
CREATE SCHEMA s2 DEFAULT ENCRYPTION = 'N';
-- ok ALTER_DATABASE: charset
ALTER DATABASE shop CHARACTER SET = latin1;
-- mysql-only ALTER_DATABASE: read only
ALTER SCHEMA shop READ ONLY = 1;
-- ok DROP_DATABASE: if exists
DROP DATABASE IF EXISTS shop;
-- ok DROP_DATABASE: schema
DROP SCHEMA shop;
-- mariadb-only CREATE_DATABASE: comment and or replace
CREATE OR REPLACE DATABASE shop COMMENT 'the shop';
-- fail: CREATE DATABASE without a name
CREATE DATABASE;
-- fail: DROP DATABASE two names
DROP DATABASE a, b;

-- ok DROP_TABLE: several with IF EXISTS
DROP TABLE IF EXISTS a, db.b, `c`;
-- ok DROP_TABLE: temporary restrict
DROP TEMPORARY TABLE tmp RESTRICT;
-- mariadb-only DROP_TABLE: wait
DROP TABLE t WAIT 5;
-- ok RENAME_TABLE: several pairs
RENAME TABLE a TO b, db.c TO db2.c;
-- ok TRUNCATE: table keyword
TRUNCATE TABLE t;
-- ok TRUNCATE: without keyword
TRUNCATE db.t;
-- fail: DROP TABLE without a name
DROP TABLE;
-- fail: RENAME TABLE without TO
RENAME TABLE a b;
-- fail: TRUNCATE two tables
TRUNCATE TABLE a, b;

-- mariadb-only CREATE_SEQUENCE: full options
CREATE SEQUENCE IF NOT EXISTS s START WITH 100 INCREMENT BY 10 MINVALUE 1 MAXVALUE 100000 CACHE 20 CYCLE;
-- mariadb-only CREATE_SEQUENCE: minimal
CREATE SEQUENCE s;
-- mariadb-only CREATE_SEQUENCE: no cache nocycle
CREATE OR REPLACE SEQUENCE s NOCACHE NOCYCLE ENGINE=InnoDB;
-- mariadb-only ALTER_SEQUENCE: restart
ALTER SEQUENCE s RESTART WITH 1;
-- mariadb-only DROP_SEQUENCE: drop
DROP SEQUENCE IF EXISTS s, s2;
-- fail: ALTER SEQUENCE without options
ALTER SEQUENCE s;

-- ok OTHER_DDL: create tablespace
CREATE TABLESPACE ts1 ADD DATAFILE 'ts1.ibd' ENGINE = InnoDB;
-- ok OTHER_DDL: drop tablespace
DROP TABLESPACE ts1;
-- ok OTHER_DDL: create server
CREATE SERVER s FOREIGN DATA WRAPPER mysql OPTIONS (USER 'remote', HOST '198.51.100.106', DATABASE 'test', PORT 3306);
-- ok OTHER_DDL: drop server
DROP SERVER IF EXISTS s;
-- mysql-only OTHER_DDL: spatial reference system
CREATE SPATIAL REFERENCE SYSTEM 4120 NAME 'Greek' ORGANIZATION 'EPSG' IDENTIFIED BY 4120 DEFINITION 'GEOGCS[]';
-- mysql-only OTHER_DDL: resource group
CREATE RESOURCE GROUP batch TYPE = USER VCPU = 2-3 THREAD_PRIORITY = 10;
