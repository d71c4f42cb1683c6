-- Cases written from MySQL 8.4 Reference Manual 15.3 (transactions, locks, XA), 15.5 (prepared statements),
-- 15.7 (account management, SET, SHOW, table maintenance, FLUSH, KILL ...), 15.8 (EXPLAIN, DESCRIBE, USE)
-- and the MariaDB 11 administrative pages.

-- ok TRANSACTION: start transaction
START TRANSACTION;
-- ok TRANSACTION: start with characteristics
START TRANSACTION READ ONLY, WITH CONSISTENT SNAPSHOT;
-- ok TRANSACTION: begin work
BEGIN WORK;
-- ok TRANSACTION: begin
BEGIN;
-- ok TRANSACTION: commit with chain
COMMIT AND NO CHAIN NO RELEASE;
-- ok TRANSACTION: rollback
ROLLBACK WORK;
-- ok TRANSACTION: savepoints
SAVEPOINT sp1;
-- ok TRANSACTION: rollback to savepoint
ROLLBACK TO SAVEPOINT sp1;
-- ok TRANSACTION: release savepoint
RELEASE SAVEPOINT sp1;
-- ok TRANSACTION: XA
XA START 'xid1';
-- ok TRANSACTION: XA commit one phase
XA COMMIT 'xid1' ONE PHASE;
-- ok LOCK_TABLES: read and write
LOCK TABLES t1 READ, t2 AS x WRITE, t3 READ LOCAL;
-- ok UNLOCK_TABLES: unlock
UNLOCK TABLES;
-- ok SET: isolation level
SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;
-- ok SET: transaction read write
SET TRANSACTION READ WRITE;
-- fail: COMMIT TO savepoint
COMMIT TO SAVEPOINT x;
-- fail: LOCK TABLES without a mode
LOCK TABLES t1;
-- fail: isolation level unknown
SET TRANSACTION ISOLATION LEVEL DIRTY;

-- ok SET: user variables
SET @a = 1, @b := 'x';
-- ok SET: system variables in every scope
SET GLOBAL max_connections = 200, SESSION sql_mode = 'STRICT_TRANS_TABLES', @@session.autocommit = 0, @@GLOBAL.time_zone = '+00:00';
-- ok SET: persist
SET PERSIST max_connections = 151;
-- ok SET: ON and OFF values
SET autocommit = ON, unique_checks = OFF, foreign_key_checks = 0;
-- ok SET: names
SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci;
-- ok SET: character set
SET CHARACTER SET utf8mb4;
-- ok SET: default value
SET sql_mode = DEFAULT;
-- ok SET: versioned comment (mysqldump header)
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
-- ok SET: sql_mode with expression
SET @@SESSION.SQL_LOG_BIN = @MYSQLDUMP_TEMP_LOG_BIN;
-- ok SET_PASSWORD: for user
SET PASSWORD FOR 'jeffrey'@'localhost' = 'auth_string';
-- ok SET_ROLE: default
SET ROLE DEFAULT;
-- ok SET_ROLE: set default role for users
SET DEFAULT ROLE app_read TO 'u1'@'%';
-- mariadb-only SET: SET STATEMENT ... FOR
SET STATEMENT max_statement_time = 60 FOR SELECT * FROM t;
-- fail: SET without assignment
SET;
-- fail: SET with missing value
SET @a = ;
-- ok USE: database
USE shop;
-- ok USE: quoted
USE `my-db`;
-- fail: USE without name
USE;
-- ok PREPARE: from string
PREPARE stmt1 FROM 'SELECT SQRT(POW(?,2) + POW(?,2)) AS hypotenuse';
-- ok EXECUTE: using variables
EXECUTE stmt1 USING @a, @b;
-- ok DEALLOCATE_PREPARE: deallocate
DEALLOCATE PREPARE stmt1;
-- mariadb-only EXECUTE: execute immediate
EXECUTE IMMEDIATE 'SELECT 1';

-- ok CREATE_USER: with password and options
CREATE USER IF NOT EXISTS 'jeffrey'@'localhost' IDENTIFIED BY 'password' PASSWORD EXPIRE INTERVAL 180 DAY FAILED_LOGIN_ATTEMPTS 3 PASSWORD_LOCK_TIME 2;
-- ok CREATE_USER: with plugin
CREATE USER 'u'@'%' IDENTIFIED WITH caching_sha2_password BY 'secret' REQUIRE SSL WITH MAX_QUERIES_PER_HOUR 500 ACCOUNT LOCK;
-- ok ALTER_USER: change password
ALTER USER 'u'@'%' IDENTIFIED BY 'new' RETAIN CURRENT PASSWORD;
-- ok ALTER_USER: default role
ALTER USER u DEFAULT ROLE r1, r2;
-- ok DROP_USER: several
DROP USER IF EXISTS 'a'@'localhost', b;
-- ok RENAME_USER: rename
RENAME USER 'a'@'localhost' TO 'b'@'localhost';
-- ok CREATE_ROLE: several
CREATE ROLE IF NOT EXISTS 'app_read', 'app_write';
-- ok DROP_ROLE: drop
DROP ROLE app_read;
-- ok GRANT: table privileges
GRANT SELECT, INSERT, UPDATE (a, b) ON shop.orders TO 'app'@'%' WITH GRANT OPTION;
-- ok GRANT: all on everything
GRANT ALL PRIVILEGES ON *.* TO 'admin'@'localhost';
-- ok GRANT: database level
GRANT CREATE TEMPORARY TABLES, LOCK TABLES, EXECUTE ON shop.* TO app;
-- ok GRANT: procedure
GRANT EXECUTE ON PROCEDURE shop.p TO app;
-- ok GRANT: roles
GRANT app_read, app_write TO 'u1'@'%', 'u2'@'%';
-- ok GRANT: dynamic privilege
GRANT BACKUP_ADMIN, REPLICATION SLAVE ON *.* TO 'backup'@'localhost';
-- ok GRANT: proxy
GRANT PROXY ON 'root'@'localhost' TO 'u'@'%';
-- ok REVOKE: privileges
REVOKE INSERT, UPDATE ON shop.* FROM 'app'@'%';
-- ok REVOKE: all and grant option
REVOKE ALL PRIVILEGES, GRANT OPTION FROM 'app'@'%';
-- ok REVOKE: role
REVOKE app_read FROM u1;
-- mariadb-only GRANT: grant with identified by (MariaDB keeps the old form)
GRANT SELECT ON db.* TO 'u'@'%' IDENTIFIED BY 'pw';
-- mariadb-only CREATE_USER: identified via
CREATE USER 'u'@'%' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD('pw');
-- fail: GRANT without ON or TO
GRANT SELECT shop.* app;
-- fail: REVOKE with TO
REVOKE SELECT ON shop.* TO app;
-- fail: CREATE USER without a name
CREATE USER IDENTIFIED BY 'x';

-- ok TABLE_MAINTENANCE: analyze
ANALYZE TABLE t1, t2;
-- ok TABLE_MAINTENANCE: histogram
ANALYZE TABLE t UPDATE HISTOGRAM ON a, b WITH 16 BUCKETS;
-- ok TABLE_MAINTENANCE: optimize no binlog
OPTIMIZE NO_WRITE_TO_BINLOG TABLE t;
-- ok TABLE_MAINTENANCE: check options
CHECK TABLE t FOR UPGRADE QUICK;
-- ok TABLE_MAINTENANCE: repair
REPAIR TABLE t QUICK EXTENDED;
-- ok TABLE_MAINTENANCE: checksum
CHECKSUM TABLE t1, t2 EXTENDED;
-- mariadb-only TABLE_MAINTENANCE: persistent statistics
ANALYZE TABLE t PERSISTENT FOR ALL;
-- fail: ANALYZE without table
ANALYZE TABLE;

-- ok SHOW: tables
SHOW FULL TABLES FROM shop LIKE 'ord%';
-- ok SHOW: columns
SHOW FULL COLUMNS FROM t FROM shop WHERE Field LIKE 'a%';
-- ok SHOW: index
SHOW INDEX FROM t IN shop;
-- ok SHOW: create table
SHOW CREATE TABLE shop.t;
-- ok SHOW: create view
SHOW CREATE VIEW v;
-- ok SHOW: variables
SHOW GLOBAL VARIABLES LIKE 'max%';
-- ok SHOW: status
SHOW SESSION STATUS WHERE Variable_name = 'Uptime';
-- ok SHOW: grants
SHOW GRANTS FOR 'u'@'%';
-- ok SHOW: processlist
SHOW FULL PROCESSLIST;
-- ok SHOW: engine status
SHOW ENGINE INNODB STATUS;
-- ok SHOW: warnings with limit
SHOW WARNINGS LIMIT 10;
-- ok SHOW: count warnings
SHOW COUNT(*) WARNINGS;
-- ok SHOW: binlog events
SHOW BINLOG EVENTS IN 'binlog.000001' FROM 4 LIMIT 10;
-- ok SHOW: procedure status
SHOW PROCEDURE STATUS WHERE Db = 'shop';
-- ok SHOW: databases
SHOW DATABASES;
-- ok SHOW: triggers
SHOW TRIGGERS FROM shop LIKE 'o%';
-- ok SHOW: table status
SHOW TABLE STATUS FROM shop;
-- ok SHOW: character set and collation
SHOW CHARACTER SET LIKE 'utf8%';
-- ok SHOW: master status
SHOW MASTER STATUS;
-- ok SHOW: profile
SHOW PROFILE CPU, BLOCK IO FOR QUERY 2;
-- mariadb-only SHOW: explain for connection
SHOW EXPLAIN FOR 12;
-- ok SHOW: replica status for a channel (MySQL 15.7.7.35; MariaDB from 10.7)
SHOW REPLICA STATUS FOR CHANNEL ch1;
-- ok SHOW: slave status, the older word
SHOW SLAVE STATUS FOR CHANNEL ch1;
-- mariadb-only SHOW: status of one multi-source connection (MariaDB SHOW REPLICA STATUS)
SHOW SLAVE 'conn1' STATUS;
-- mariadb-only SHOW: replica status of a connection with the new word
SHOW REPLICA 'conn1' STATUS;
-- mariadb-only SHOW: relay log events of a connection
SHOW RELAYLOG 'conn1' EVENTS IN 'relay-bin.000001' FROM 4 LIMIT 10;
-- mariadb-only SHOW: plugins of a library (MariaDB SHOW PLUGINS SONAME)
SHOW PLUGINS SONAME 'ha_example.so';
-- mariadb-only SHOW: analyze a running statement (MariaDB 10.9 SHOW ANALYZE)
SHOW ANALYZE FORMAT=JSON FOR 12;
-- fail: SHOW REPLICA STATUS FOR without CHANNEL
SHOW REPLICA STATUS FOR ch1;
-- fail: SHOW ANALYZE without a connection id
SHOW ANALYZE FOR;
-- fail: SHOW nothing
SHOW;

-- ok EXPLAIN: select
EXPLAIN SELECT * FROM t WHERE a = 1;
-- ok EXPLAIN: format json
EXPLAIN FORMAT=JSON SELECT * FROM t;
-- mysql-only EXPLAIN: analyze
EXPLAIN ANALYZE SELECT * FROM t;
-- ok EXPLAIN: update and delete
EXPLAIN UPDATE t SET a = 1 WHERE b = 2;
-- ok EXPLAIN: describe table
DESCRIBE t;
-- ok EXPLAIN: desc with column
DESC t a;
-- ok EXPLAIN: explain table
EXPLAIN shop.t;
-- ok EXPLAIN: for connection
EXPLAIN FOR CONNECTION 42;
-- mariadb-only EXPLAIN: ANALYZE statement
ANALYZE FORMAT=JSON SELECT * FROM t;
-- fail: EXPLAIN of a DDL
EXPLAIN CREATE TABLE t (a INT);

-- ok FLUSH: privileges
FLUSH PRIVILEGES;
-- ok FLUSH: tables with read lock
FLUSH TABLES WITH READ LOCK;
-- ok FLUSH: tables for export
FLUSH TABLES t1, t2 FOR EXPORT;
-- ok FLUSH: logs
FLUSH NO_WRITE_TO_BINLOG BINARY LOGS, ENGINE LOGS;
-- ok KILL: connection
KILL 42;
-- ok KILL: query
KILL QUERY 42;
-- mariadb-only KILL: user
KILL HARD CONNECTION USER 'u'@'%';
-- ok ADMIN_OTHER: purge
PURGE BINARY LOGS BEFORE '2024-01-01 00:00:00';
-- ok ADMIN_OTHER: reset
RESET MASTER;
-- ok ADMIN_OTHER: reset a replica channel (MySQL 15.4.2.4 RESET REPLICA)
RESET REPLICA ALL FOR CHANNEL ch1;
-- mariadb-only ADMIN_OTHER: reset a multi-source connection (MariaDB RESET REPLICA "connection_name")
RESET SLAVE 'conn1' ALL;
-- ok ADMIN_OTHER: change replication source
CHANGE REPLICATION SOURCE TO SOURCE_HOST = 'h', SOURCE_PORT = 3306, SOURCE_AUTO_POSITION = 1 FOR CHANNEL ch1;
-- ok ADMIN_OTHER: change master
CHANGE MASTER TO MASTER_HOST = 'h', MASTER_USER = 'u', MASTER_PASSWORD = 'p', MASTER_LOG_FILE = 'binlog.000001', MASTER_LOG_POS = 4;
-- ok ADMIN_OTHER: start replica
START REPLICA;
-- ok ADMIN_OTHER: install plugin
INSTALL PLUGIN validate_password SONAME 'validate_password.so';
-- ok ADMIN_OTHER: uninstall plugin
UNINSTALL PLUGIN validate_password;
-- ok ADMIN_OTHER: help
HELP 'contents';
-- ok ADMIN_OTHER: shutdown
SHUTDOWN;
-- fail: KILL without id
KILL;
-- fail: FLUSH without what
FLUSH;
