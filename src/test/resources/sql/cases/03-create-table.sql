-- Cases written from MySQL 8.4 Reference Manual 15.1.20 "CREATE TABLE Statement" (and its subsections on
-- foreign keys, check constraints, generated and invisible columns, partitioning) and the MariaDB 11 CREATE TABLE page.

-- ok CREATE_TABLE: columns, primary key, index, options
CREATE TABLE t (id INT UNSIGNED NOT NULL AUTO_INCREMENT, name VARCHAR(64) NOT NULL DEFAULT '' COMMENT 'the name', PRIMARY KEY (id), KEY idx_name (name)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='people';
-- ok CREATE_TABLE: IF NOT EXISTS and TEMPORARY
CREATE TEMPORARY TABLE IF NOT EXISTS tmp (a INT);
-- ok CREATE_TABLE: every numeric type
CREATE TABLE n (a TINYINT(1), b SMALLINT, c MEDIUMINT, d INT(11) ZEROFILL, e INTEGER, f BIGINT UNSIGNED, g DECIMAL(10,2), h DEC(5), i NUMERIC, j FIXED(3,1), k FLOAT, l FLOAT(7,4), m DOUBLE, n DOUBLE PRECISION, o REAL, p BIT(8), q BOOL, r BOOLEAN, s SERIAL);
-- ok CREATE_TABLE: date and time types
CREATE TABLE d (a DATE, b TIME(3), c DATETIME(6), d TIMESTAMP NULL DEFAULT NULL, e YEAR, f YEAR(4));
-- ok CREATE_TABLE: string types with charsets
CREATE TABLE s (a CHAR(10) CHARACTER SET latin1 COLLATE latin1_bin, b VARCHAR(255) CHARSET utf8mb4, c BINARY(16), d VARBINARY(255), e TINYTEXT, f TEXT, g MEDIUMTEXT, h LONGTEXT, i TINYBLOB, j BLOB, k MEDIUMBLOB, l LONGBLOB, m NATIONAL CHAR(5), n NVARCHAR(10), o TEXT(1000));
-- ok CREATE_TABLE: enum and set
CREATE TABLE e (size ENUM('small', 'medium', 'large') NOT NULL DEFAULT 'small', flags SET('a', 'b', 'c'));
-- ok CREATE_TABLE: spatial and JSON types
CREATE TABLE g (doc JSON, p POINT NOT NULL SRID 4326, g GEOMETRY, l LINESTRING, poly POLYGON, mp MULTIPOINT, gc GEOMETRYCOLLECTION, SPATIAL INDEX (p));
-- ok CREATE_TABLE: timestamps with defaults and on update
CREATE TABLE ts (created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, updated_at DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3));
-- ok CREATE_TABLE: expression default
CREATE TABLE x (id BINARY(16) DEFAULT (UUID_TO_BIN(UUID())), d DATE DEFAULT (CURRENT_DATE + INTERVAL 1 YEAR), j JSON DEFAULT (JSON_ARRAY()));
-- ok CREATE_TABLE: negative default and NOW()
CREATE TABLE y (a INT DEFAULT -1, b DECIMAL(5,2) DEFAULT 0.00, c DATETIME DEFAULT NOW());
-- ok CREATE_TABLE: unique and primary key on the column
CREATE TABLE u (id INT PRIMARY KEY, email VARCHAR(100) UNIQUE KEY, code CHAR(3) UNIQUE, k INT KEY);
-- ok CREATE_TABLE: named constraints
CREATE TABLE c (id INT, parent_id INT, CONSTRAINT pk_c PRIMARY KEY (id), CONSTRAINT uq_c UNIQUE KEY uq_parent (parent_id), CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES c (id) ON DELETE CASCADE ON UPDATE SET NULL);
-- ok CREATE_TABLE: foreign key actions
CREATE TABLE child (id INT, pid INT, INDEX par_ind (pid), FOREIGN KEY (pid) REFERENCES parent(id) ON UPDATE NO ACTION ON DELETE RESTRICT);
-- ok CREATE_TABLE: column-level REFERENCES
CREATE TABLE r (pid INT REFERENCES parent (id) MATCH FULL ON DELETE SET DEFAULT);
-- ok CREATE_TABLE: check constraints
CREATE TABLE ck (a INT CHECK (a > 0), b INT CONSTRAINT b_pos CHECK (b > 0) NOT ENFORCED, CONSTRAINT ab CHECK (a < b) ENFORCED, CHECK (a <> 0));
-- ok CREATE_TABLE: generated columns
CREATE TABLE gen (a INT, b INT, c INT GENERATED ALWAYS AS (a + b) VIRTUAL, d INT AS (a * b) STORED NOT NULL, e VARCHAR(10) AS (CONCAT(a, b)));
-- ok CREATE_TABLE: index types and options
CREATE TABLE ix (a INT, b VARCHAR(100), c TEXT, INDEX USING BTREE (a), KEY kb (b(10) DESC) USING HASH COMMENT 'prefix', FULLTEXT KEY ft (c) WITH PARSER ngram, UNIQUE INDEX (a, b) KEY_BLOCK_SIZE = 8);
-- ok CREATE_TABLE: functional key part
CREATE TABLE fk (a INT, b INT, INDEX idx1 ((a + b)), INDEX idx2 ((a * 2) DESC, b ASC));
-- mysql-only CREATE_TABLE: invisible index
CREATE TABLE inv (a INT, INDEX ia (a) INVISIBLE);
-- ok CREATE_TABLE: invisible column
CREATE TABLE invc (a INT, b INT INVISIBLE);
-- ok CREATE_TABLE: column format and storage
CREATE TABLE cf (a INT COLUMN_FORMAT FIXED STORAGE DISK, b INT COLUMN_FORMAT DYNAMIC);
-- ok CREATE_TABLE: many table options
CREATE TABLE opt (a INT) ENGINE = MyISAM AUTO_INCREMENT = 100 AVG_ROW_LENGTH 10 CHECKSUM = 1 DELAY_KEY_WRITE = 1 MAX_ROWS = 1000 MIN_ROWS = 1 PACK_KEYS = DEFAULT ROW_FORMAT = COMPRESSED STATS_PERSISTENT = 0 STATS_AUTO_RECALC = DEFAULT STATS_SAMPLE_PAGES = 10 KEY_BLOCK_SIZE = 4;
-- ok CREATE_TABLE: options separated by commas
CREATE TABLE oc (a INT) ENGINE=InnoDB, DEFAULT CHARACTER SET = utf8mb4, COMMENT = 'x';
-- ok CREATE_TABLE: data directory, tablespace, compression, encryption
CREATE TABLE dd (a INT) DATA DIRECTORY = '/data' TABLESPACE ts1 COMPRESSION = 'zlib' ENCRYPTION = 'Y' INSERT_METHOD = LAST;
-- ok CREATE_TABLE: MERGE union
CREATE TABLE total (a INT) ENGINE=MERGE UNION=(t1, t2) INSERT_METHOD=LAST;
-- ok CREATE_TABLE: LIKE
CREATE TABLE new_t LIKE old_t;
-- ok CREATE_TABLE: LIKE in parentheses
CREATE TABLE new_t (LIKE db.old_t);
-- ok CREATE_TABLE: AS SELECT
CREATE TABLE copy AS SELECT * FROM orig WHERE 1 = 0;
-- ok CREATE_TABLE: SELECT without AS, with columns
CREATE TABLE copy2 (extra INT) IGNORE SELECT a, b FROM orig;
-- ok CREATE_TABLE: partition by range
CREATE TABLE p (id INT, y INT) PARTITION BY RANGE (y) (PARTITION p0 VALUES LESS THAN (1990), PARTITION p1 VALUES LESS THAN (2000), PARTITION p2 VALUES LESS THAN MAXVALUE);
-- ok CREATE_TABLE: partition by range columns
CREATE TABLE rc (a INT, b DATE) PARTITION BY RANGE COLUMNS (a, b) (PARTITION p0 VALUES LESS THAN (10, '2020-01-01'), PARTITION p1 VALUES LESS THAN (MAXVALUE, MAXVALUE));
-- ok CREATE_TABLE: partition by list
CREATE TABLE l (id INT, region INT) PARTITION BY LIST (region) (PARTITION pn VALUES IN (1, 2), PARTITION ps VALUES IN (3, 4) COMMENT = 'south' ENGINE = InnoDB);
-- ok CREATE_TABLE: partition by hash with count
CREATE TABLE h (id INT) PARTITION BY HASH (id) PARTITIONS 4;
-- ok CREATE_TABLE: partition by linear key with subpartitions
CREATE TABLE k (id INT, d DATE) PARTITION BY RANGE (YEAR(d)) SUBPARTITION BY HASH (TO_DAYS(d)) SUBPARTITIONS 2 (PARTITION p0 VALUES LESS THAN (2000), PARTITION p1 VALUES LESS THAN MAXVALUE);
-- ok CREATE_TABLE: partition by key with algorithm
CREATE TABLE kk (id INT PRIMARY KEY) PARTITION BY LINEAR KEY ALGORITHM=2 (id) PARTITIONS 8;
-- ok CREATE_TABLE: explicit subpartitions
CREATE TABLE sp (id INT, d DATE) PARTITION BY RANGE (YEAR(d)) SUBPARTITION BY HASH (TO_DAYS(d)) (PARTITION p0 VALUES LESS THAN (1990) (SUBPARTITION s0, SUBPARTITION s1), PARTITION p1 VALUES LESS THAN MAXVALUE (SUBPARTITION s2, SUBPARTITION s3));
-- ok CREATE_TABLE: versioned comment around partitioning (mysqldump style)
CREATE TABLE dump (id INT NOT NULL) ENGINE=InnoDB /*!50100 PARTITION BY HASH (id) PARTITIONS 2 */;
-- ok CREATE_TABLE: backquoted names everywhere
CREATE TABLE `db`.`my table` (`select` INT NOT NULL, `from` VARCHAR(10), PRIMARY KEY (`select`));
-- ok CREATE_TABLE: keywords as column names
CREATE TABLE kw (status INT, type VARCHAR(10), comment TEXT, date DATE, timestamp TIMESTAMP, name VARCHAR(10), value INT, data BLOB, `key` INT);
-- mariadb-only CREATE_TABLE: CREATE OR REPLACE TABLE
CREATE OR REPLACE TABLE t (a INT);
-- mariadb-only CREATE_TABLE: system versioning
CREATE TABLE v (x INT) WITH SYSTEM VERSIONING;
-- mariadb-only CREATE_TABLE: explicit row start and end columns
CREATE TABLE v2 (x INT, start_ts TIMESTAMP(6) GENERATED ALWAYS AS ROW START, end_ts TIMESTAMP(6) GENERATED ALWAYS AS ROW END, PERIOD FOR SYSTEM_TIME(start_ts, end_ts)) WITH SYSTEM VERSIONING;
-- mariadb-only CREATE_TABLE: column without versioning
CREATE TABLE v3 (a INT, b INT WITHOUT SYSTEM VERSIONING) WITH SYSTEM VERSIONING;
-- mariadb-only CREATE_TABLE: application-time period
CREATE TABLE period_t (id INT, s DATE, e DATE, PERIOD FOR p(s, e));
-- mariadb-only CREATE_TABLE: partition by system_time
CREATE TABLE vp (x INT) WITH SYSTEM VERSIONING PARTITION BY SYSTEM_TIME INTERVAL 1 MONTH (PARTITION p0 HISTORY, PARTITION pn CURRENT);
-- mariadb-only CREATE_TABLE: PERSISTENT generated column
CREATE TABLE pg (a INT, b INT AS (a + 1) PERSISTENT);
-- mariadb-only CREATE_TABLE: INET6 and UUID types
CREATE TABLE net (ip INET6, id UUID, ip4 INET4);
-- mariadb-only CREATE_TABLE: ignored index
CREATE TABLE ig (a INT, KEY ka (a) IGNORED);
-- mariadb-only CREATE_TABLE: engine-defined table option
CREATE TABLE eo (a INT) ENGINE=InnoDB PAGE_COMPRESSED=1 PAGE_COMPRESSION_LEVEL=9;
-- mariadb-only CREATE_TABLE: default from a sequence
CREATE TABLE sq (id INT DEFAULT NEXT VALUE FOR seq1, a INT);
-- fail: column without a type
CREATE TABLE t (a, b INT);
-- fail: misspelled type
CREATE TABLE t (a INTT);
-- fail: trailing comma in element list
CREATE TABLE t (a INT,);
-- fail: no columns
CREATE TABLE t ();
-- fail: PRIMARY KEY without columns
CREATE TABLE t (a INT, PRIMARY KEY);
-- fail: reserved word as column name
CREATE TABLE t (order INT);
-- fail: VARCHAR length not a number
CREATE TABLE t (a VARCHAR(x));
-- fail: ENUM without values
CREATE TABLE t (a ENUM);
-- fail: DEFAULT without a value
CREATE TABLE t (a INT DEFAULT);
-- fail: FOREIGN KEY without REFERENCES
CREATE TABLE t (a INT, FOREIGN KEY (a) parent (id));
-- fail: partition without VALUES clause syntax
CREATE TABLE t (a INT) PARTITION BY RANGE (a) (PARTITION p0 VALUES LESS (10));
-- fail: missing closing parenthesis
CREATE TABLE t (a INT;
-- fail: table option without value
CREATE TABLE t (a INT) ENGINE=;
-- fail: CREATE OR REPLACE TABLE is MariaDB only but also needs a body
CREATE OR REPLACE TABLE;
