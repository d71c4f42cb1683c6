-- Statements in the shapes change scripts and dumps use every day (MySQL 8.4 Reference Manual, chapters 13-15).

-- ok: everyday statement
SELECT a FROM t WHERE a = 1 AND b BETWEEN 1 AND 2 AND c = 3;
-- ok: everyday statement
CREATE TABLE t (a int(10) unsigned zerofill NOT NULL, b double(10,2) unsigned, c float(7,3), d tinyint(1) NOT NULL DEFAULT '0', e bit(1) DEFAULT b'0', f datetime NOT NULL DEFAULT '0000-00-00 00:00:00', g varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL, KEY `idx` (`a`) USING BTREE COMMENT 'x') ENGINE=InnoDB;
-- ok: everyday statement
ALTER TABLE t ADD CONSTRAINT UNIQUE (a), ADD UNIQUE (b), ADD KEY (c);
-- ok: everyday statement
INSERT INTO t SELECT * FROM u ON DUPLICATE KEY UPDATE a = VALUES(a);
-- ok: everyday statement
SELECT CURRENT_TIMESTAMP(), NOW(6), SYSDATE(), UUID(), LAST_INSERT_ID(), DATABASE(), USER(), VERSION(), CONNECTION_ID();
-- ok: everyday statement
SELECT * FROM t WHERE name LIKE CONCAT('%', ?, '%') ORDER BY FIELD(id, 3, 1, 2);
-- ok: everyday statement
UPDATE t SET a = CASE WHEN b > 1 THEN 'x' ELSE 'y' END, c = IF(d IS NULL, 0, d) WHERE id IN (1,2,3);
-- ok: everyday statement
CREATE FUNCTION f(x INT) RETURNS VARCHAR(255) CHARSET utf8mb4 DETERMINISTIC RETURN CONCAT(x, '');
-- ok: everyday statement
SELECT a, b FROM t1 UNION ALL (SELECT a, b FROM t2) ORDER BY 1;
-- ok: everyday statement
SELECT JSON_EXTRACT(doc, '$.a'), JSON_UNQUOTE(JSON_EXTRACT(doc, '$.b')) FROM t WHERE JSON_CONTAINS(doc, '1', '$.c');
-- ok: everyday statement
SELECT * FROM t WHERE a = 'x' COLLATE utf8mb4_bin;
-- ok: everyday statement
SELECT CAST(a AS CHAR CHARACTER SET utf8mb4), CONVERT(a, CHAR(10)), CAST(b AS DATE), CAST(c AS TIME), CAST(d AS YEAR);
-- ok: everyday statement
SELECT SUM(CASE WHEN x THEN 1 ELSE 0 END) AS n FROM t GROUP BY y WITH ROLLUP;
-- ok: everyday statement
ALTER TABLE t ADD COLUMN `desc` text, ADD COLUMN `key` int;
-- ok: everyday statement
SELECT 1 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM t WHERE a = 1);
-- ok: everyday statement
INSERT INTO t (a) SELECT 1 FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM t WHERE a = 1);
-- ok: everyday statement
SELECT a.b.c FROM a.b;
-- ok: everyday statement
SELECT DATE_FORMAT(NOW(), '%Y-%m-%d %H:%i:%s'), STR_TO_DATE('01/02/2020', '%m/%d/%Y');
-- ok: everyday statement
SELECT GROUP_CONCAT(a SEPARATOR ';') FROM t;
-- ok: everyday statement
SELECT * FROM t1 LEFT JOIN t2 ON t1.a = t2.a LEFT JOIN t3 ON t3.b = t2.b AND t3.c IN (1, 2);
-- ok: everyday statement
SELECT COUNT(*) FROM (SELECT DISTINCT a FROM t) AS x;
-- ok: everyday statement
DELETE a FROM t a WHERE a.id > 5;
-- ok: everyday statement
SELECT * FROM t WHERE a IS NOT NULL AND NOT (b = 1 OR c = 2);
-- ok: everyday statement
SET @s = (SELECT COUNT(*) FROM t);
-- ok: everyday statement
SELECT a FROM t WHERE a = - 1 OR b = +2 OR c = ~3;
-- ok: everyday statement
SELECT x FROM t ORDER BY x IS NULL, x;
-- ok: everyday statement
SELECT 'a' = 'a' COLLATE utf8mb4_general_ci;
-- ok: everyday statement
ALTER TABLE `t` MODIFY COLUMN `s` ENUM('a','b','c') CHARACTER SET utf8mb4 NOT NULL DEFAULT 'a' COMMENT 's' AFTER `x`;
-- ok: everyday statement
CREATE TABLE IF NOT EXISTS `log` (`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, `msg` text) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- ok: everyday statement
SELECT SQL_NO_CACHE * FROM t;
-- ok: everyday statement
SELECT * FROM t WHERE d > NOW() - INTERVAL 1 DAY AND d < CURDATE() + INTERVAL 1 WEEK;
-- ok: everyday statement
SELECT a FROM t WHERE b REGEXP BINARY '^x';
-- ok: everyday statement
SELECT * FROM t FORCE INDEX (PRIMARY) WHERE id > 1;
-- ok: everyday statement
SELECT * FROM t t1 STRAIGHT_JOIN t t2 ON t1.a = t2.b;
-- ok: everyday statement
SELECT EXTRACT(YEAR FROM d), EXTRACT(DAY_MINUTE FROM d) FROM t;
-- ok: everyday statement
REPLACE INTO t SET a = 1, b = 2;
-- ok: everyday statement
SELECT * FROM t LIMIT 10 FOR UPDATE SKIP LOCKED;
-- ok SELECT: INTERVAL function
SELECT INTERVAL(5, 1, 10, 100);
-- mariadb-only SELECT: rank is not reserved in MariaDB
SELECT @rownum := @rownum + 1 AS rank FROM t;
-- ok CREATE_INDEX: multi-valued index on a JSON array
CREATE INDEX zips ON customers ((CAST(custinfo->'$.zipcode' AS UNSIGNED ARRAY)));
-- ok ALTER_TABLE: functional index on a JSON path
ALTER TABLE t ADD INDEX idx_doc ((CAST(doc->>'$.a' AS CHAR(10))));
-- ok CREATE_TABLE: generated column from JSON
CREATE TABLE j (doc JSON, id INT GENERATED ALWAYS AS (doc->>'$.id') STORED, KEY (id));
-- ok SELECT: optimizer hint with SET_VAR
SELECT /*+ SET_VAR(sort_buffer_size = 16M) */ name FROM people ORDER BY name;
-- ok CREATE_TABLE: partition by key with no columns
CREATE TABLE k (id INT PRIMARY KEY) PARTITION BY KEY() PARTITIONS 4;
-- ok CREATE_USER: resource options and password expiry
CREATE USER 'u'@'%' IDENTIFIED BY 'p' WITH MAX_USER_CONNECTIONS 10 PASSWORD EXPIRE NEVER;
-- ok CREATE_EVENT: every interval of a compound unit
CREATE EVENT e ON SCHEDULE EVERY '1:30' HOUR_MINUTE DO DELETE FROM log WHERE at < NOW() - INTERVAL 1 DAY;
-- ok EXPLAIN: explain with options in either order
EXPLAIN FORMAT=JSON SELECT * FROM t WHERE a = 1;
-- mariadb-only CREATE_TABLE: Aria options
CREATE TABLE a (id INT) ENGINE=Aria TRANSACTIONAL=1 PAGE_CHECKSUM=1;
-- mariadb-only CREATE_TABLE: compressed column
CREATE TABLE c (x VARCHAR(1000) COMPRESSED);
-- mariadb-only KILL: query id
KILL QUERY ID 5;
-- mariadb-only ADMIN_OTHER: backup stage
BACKUP STAGE START;
-- mariadb-only CREATE_PROCEDURE: cursor with parameters and FOR over it
CREATE PROCEDURE cur_for()
BEGIN
  DECLARE c CURSOR (p INT) FOR SELECT a FROM t WHERE b = p;
  FOR rec IN c(1) DO
    SELECT rec.a;
  END FOR;
END;
-- ok SELECT: INTERSECT ALL and EXCEPT ALL (MySQL 8.0.31+, MariaDB 10.5+)
SELECT a FROM t INTERSECT ALL SELECT a FROM u EXCEPT ALL SELECT a FROM v;
-- mariadb-only CREATE_TRIGGER: or replace
CREATE OR REPLACE TRIGGER trg AFTER DELETE ON t FOR EACH ROW DELETE FROM log WHERE id = OLD.id;
-- fail: MariaDB-only type in MySQL and MariaDB both reject an unknown one
CREATE TABLE t (a INET8);
-- fail: SET without a value after the scope
SET GLOBAL max_connections;
-- fail: LIMIT with a negative number
SELECT * FROM t LIMIT -1;
-- fail: CREATE INDEX with an empty column list
CREATE INDEX i ON t ();
-- fail: missing comma between columns
CREATE TABLE t (a INT b INT);
-- fail: JOIN ... USING without parentheses
SELECT * FROM a JOIN b USING id;
-- fail: VALUES with nothing after it
INSERT INTO t VALUES;
-- fail: GRANT without a privilege
GRANT ON *.* TO u;
