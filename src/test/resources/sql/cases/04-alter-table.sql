-- Cases written from MySQL 8.4 Reference Manual 15.1.9 "ALTER TABLE Statement" (and 15.1.9.1 partition
-- operations) and the MariaDB 11 ALTER TABLE page.

-- ok ALTER_TABLE: add column with position
ALTER TABLE t ADD COLUMN c INT NOT NULL DEFAULT 0 AFTER b;
-- ok ALTER_TABLE: add column first, without COLUMN
ALTER TABLE t ADD c VARCHAR(10) FIRST;
-- ok ALTER_TABLE: add several columns
ALTER TABLE t ADD COLUMN (c INT, d DATE);
-- ok ALTER_TABLE: drop column
ALTER TABLE t DROP COLUMN c;
-- ok ALTER_TABLE: drop without COLUMN keyword
ALTER TABLE t DROP c, DROP d;
-- ok ALTER_TABLE: modify column
ALTER TABLE t MODIFY COLUMN name VARCHAR(128) NOT NULL COMMENT 'longer';
-- ok ALTER_TABLE: change column
ALTER TABLE t CHANGE COLUMN old_name new_name BIGINT UNSIGNED AFTER id;
-- ok ALTER_TABLE: rename column
ALTER TABLE t RENAME COLUMN a TO b;
-- ok ALTER_TABLE: alter column default
ALTER TABLE t ALTER COLUMN a SET DEFAULT 1, ALTER b DROP DEFAULT;
-- ok ALTER_TABLE: alter column visibility
ALTER TABLE t ALTER COLUMN a SET INVISIBLE;
-- ok ALTER_TABLE: add index and unique key
ALTER TABLE t ADD INDEX idx_a (a), ADD UNIQUE KEY uq_b (b);
-- ok ALTER_TABLE: add primary key
ALTER TABLE t ADD PRIMARY KEY (id);
-- ok ALTER_TABLE: add constraint foreign key
ALTER TABLE t ADD CONSTRAINT fk_u FOREIGN KEY (uid) REFERENCES users (id) ON DELETE CASCADE;
-- ok ALTER_TABLE: add fulltext and spatial
ALTER TABLE t ADD FULLTEXT INDEX ft (body), ADD SPATIAL INDEX sp (geo);
-- ok ALTER_TABLE: drop index, primary key, foreign key
ALTER TABLE t DROP INDEX idx_a, DROP PRIMARY KEY, DROP FOREIGN KEY fk_u;
-- ok ALTER_TABLE: drop check and constraint
ALTER TABLE t DROP CHECK ck1, DROP CONSTRAINT c2;
-- ok ALTER_TABLE: rename index
ALTER TABLE t RENAME INDEX a TO b, RENAME KEY c TO d;
-- mysql-only ALTER_TABLE: alter index visibility
ALTER TABLE t ALTER INDEX idx_a INVISIBLE;
-- ok ALTER_TABLE: alter check enforcement
ALTER TABLE t ALTER CHECK ck1 NOT ENFORCED;
-- ok ALTER_TABLE: rename table
ALTER TABLE t RENAME TO t2;
-- ok ALTER_TABLE: rename AS with schema
ALTER TABLE db.t RENAME AS db2.t;
-- ok ALTER_TABLE: engine change
ALTER TABLE t ENGINE = InnoDB;
-- ok ALTER_TABLE: algorithm and lock clauses
ALTER TABLE t ADD COLUMN x INT, ALGORITHM = INPLACE, LOCK = NONE;
-- ok ALTER_TABLE: instant algorithm
ALTER TABLE t ADD COLUMN y INT, ALGORITHM=INSTANT;
-- ok ALTER_TABLE: convert character set
ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
-- ok ALTER_TABLE: table options
ALTER TABLE t COMMENT = 'new comment', AUTO_INCREMENT = 1000, ROW_FORMAT = DYNAMIC;
-- ok ALTER_TABLE: default charset
ALTER TABLE t DEFAULT CHARACTER SET = utf8mb4;
-- ok ALTER_TABLE: force rebuild
ALTER TABLE t FORCE;
-- ok ALTER_TABLE: order by
ALTER TABLE t ORDER BY a, b DESC;
-- ok ALTER_TABLE: enable and disable keys
ALTER TABLE t DISABLE KEYS;
-- ok ALTER_TABLE: discard tablespace
ALTER TABLE t DISCARD TABLESPACE;
-- ok ALTER_TABLE: import tablespace
ALTER TABLE t IMPORT TABLESPACE;
-- ok ALTER_TABLE: add partition
ALTER TABLE t ADD PARTITION (PARTITION p3 VALUES LESS THAN (2010));
-- ok ALTER_TABLE: drop partition
ALTER TABLE t DROP PARTITION p0, p1;
-- ok ALTER_TABLE: truncate partition
ALTER TABLE t TRUNCATE PARTITION ALL;
-- ok ALTER_TABLE: coalesce partition
ALTER TABLE t COALESCE PARTITION 2;
-- ok ALTER_TABLE: reorganize partition
ALTER TABLE t REORGANIZE PARTITION p0, p1 INTO (PARTITION p01 VALUES LESS THAN (2000));
-- ok ALTER_TABLE: exchange partition
ALTER TABLE t EXCHANGE PARTITION p0 WITH TABLE t_archive WITHOUT VALIDATION;
-- ok ALTER_TABLE: analyze and rebuild partitions
ALTER TABLE t ANALYZE PARTITION p0, REBUILD PARTITION p1;
-- ok ALTER_TABLE: remove partitioning
ALTER TABLE t REMOVE PARTITIONING;
-- ok ALTER_TABLE: repartition
ALTER TABLE t PARTITION BY HASH (id) PARTITIONS 8;
-- ok ALTER_TABLE: change with keyword column names
ALTER TABLE t CHANGE `status` `state` TINYINT(1) NOT NULL DEFAULT '0' COMMENT 'state';
-- ok ALTER_TABLE: modify with charset and collation
ALTER TABLE t MODIFY name VARCHAR(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
-- ok ALTER_TABLE: add check
ALTER TABLE t ADD CONSTRAINT pos CHECK (qty >= 0);
-- ok ALTER_TABLE: with validation
ALTER TABLE t WITH VALIDATION;
-- mariadb-only ALTER_TABLE: add column if not exists
ALTER TABLE t ADD COLUMN IF NOT EXISTS c INT;
-- mariadb-only ALTER_TABLE: drop column if exists
ALTER TABLE t DROP COLUMN IF EXISTS c;
-- mariadb-only ALTER_TABLE: add index if not exists
ALTER TABLE t ADD INDEX IF NOT EXISTS i (a);
-- mariadb-only ALTER_TABLE: add system versioning
ALTER TABLE t ADD SYSTEM VERSIONING;
-- mariadb-only ALTER_TABLE: drop system versioning
ALTER TABLE t DROP SYSTEM VERSIONING;
-- mariadb-only ALTER_TABLE: online with wait
ALTER ONLINE TABLE t WAIT 10 ADD COLUMN c INT;
-- mariadb-only ALTER_TABLE: alter table if exists
ALTER TABLE IF EXISTS t ADD COLUMN c INT;
-- mariadb-only ALTER_TABLE: ignored index
ALTER TABLE t ALTER INDEX i IGNORED;
-- mariadb-only ALTER_TABLE: lock and nocopy algorithm
ALTER TABLE t ADD COLUMN c INT, ALGORITHM = NOCOPY, LOCK = SHARED;
-- mariadb-only ALTER_TABLE: convert partition to table
ALTER TABLE t CONVERT PARTITION p0 TO TABLE t_p0;
-- fail: ADD without anything
ALTER TABLE t ADD;
-- fail: MODIFY without a type
ALTER TABLE t MODIFY COLUMN a;
-- fail: CHANGE with only one name
ALTER TABLE t CHANGE a INT;
-- fail: RENAME COLUMN without TO
ALTER TABLE t RENAME COLUMN a b;
-- fail: DROP FOREIGN without KEY
ALTER TABLE t DROP FOREIGN fk;
-- fail: ALGORITHM with an unknown value
ALTER TABLE t ADD COLUMN c INT, ALGORITHM = FAST;
-- fail: missing table name
ALTER TABLE ADD COLUMN c INT;
-- fail: trailing comma between specifications
ALTER TABLE t ADD COLUMN c INT,;
-- fail: AFTER without a column
ALTER TABLE t ADD COLUMN c INT AFTER;
