-- Cases written from MySQL 8.4 Reference Manual 15.2.7 INSERT, 15.2.12 REPLACE, 15.2.17 UPDATE, 15.2.2 DELETE,
-- 15.2.9 LOAD DATA, 15.2.1 CALL, 15.2.3 DO, 15.2.5 HANDLER and the MariaDB 11 pages (RETURNING, DELETE HISTORY).

-- ok INSERT: values with column list
INSERT INTO t (a, b) VALUES (1, 'x');
-- ok INSERT: several rows
INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y'), (3, DEFAULT);
-- ok INSERT: without INTO and column list
INSERT t VALUES (1, 2, 3);
-- ok INSERT: VALUE keyword
INSERT INTO t VALUE (1);
-- ok INSERT: empty column list and empty row
INSERT INTO t () VALUES ();
-- ok INSERT: modifiers
INSERT LOW_PRIORITY IGNORE INTO t (a) VALUES (1);
-- ok INSERT: HIGH_PRIORITY and DELAYED
INSERT HIGH_PRIORITY INTO t (a) VALUES (1);
-- ok INSERT: SET form
INSERT INTO t SET a = 1, b = 'x', c = NOW();
-- ok INSERT: INSERT ... SELECT
INSERT INTO t (a, b) SELECT x, y FROM u WHERE z > 1;
-- ok INSERT: INSERT ... SELECT star
INSERT INTO archive SELECT * FROM orders WHERE created < '2020-01-01';
-- ok INSERT: INSERT ... parenthesized SELECT
INSERT INTO t (SELECT * FROM u);
-- ok INSERT: INSERT ... WITH
INSERT INTO t (a) WITH c AS (SELECT 1 AS x) SELECT x FROM c;
-- ok INSERT: INSERT ... SELECT UNION
INSERT INTO t (a) SELECT a FROM u UNION ALL SELECT a FROM v;
-- ok INSERT: ON DUPLICATE KEY UPDATE with VALUES()
INSERT INTO t (a, b) VALUES (1, 2) ON DUPLICATE KEY UPDATE b = VALUES(b) + 1;
-- mysql-only INSERT: row alias for ON DUPLICATE KEY UPDATE
INSERT INTO t (a, b) VALUES (1, 2) AS new ON DUPLICATE KEY UPDATE b = new.a + new.b;
-- mysql-only INSERT: row alias with column aliases
INSERT INTO t (a, b) VALUES (1, 2) AS new (m, n) ON DUPLICATE KEY UPDATE b = m + n;
-- ok INSERT: partition selection
INSERT INTO t PARTITION (p0) (a) VALUES (1);
-- ok INSERT: expressions and subqueries in values
INSERT INTO t (a, b) VALUES ((SELECT MAX(a) FROM u) + 1, CONCAT('x', 'y'));
-- mysql-only INSERT: INSERT ... TABLE
INSERT INTO t TABLE u;
-- mariadb-only INSERT: RETURNING
INSERT INTO t (a) VALUES (1), (2) RETURNING id, a;
-- mariadb-only INSERT: INSERT ... SELECT ... RETURNING
INSERT INTO t (a) SELECT a FROM u RETURNING *;
-- ok INSERT: ROW in VALUES of INSERT
INSERT INTO t VALUES ROW(1, 2), ROW(3, 4);
-- ok INSERT: negative numbers and hex
INSERT INTO t VALUES (-1, +2, 0xFF, X'00', b'1', NULL, TRUE);
-- fail: INSERT without values
INSERT INTO t (a, b);
-- fail: INSERT with unclosed row
INSERT INTO t VALUES (1, 2;
-- fail: INSERT rows without comma
INSERT INTO t VALUES (1) (2);
-- fail: INSERT SET without assignment
INSERT INTO t SET;
-- fail: ON DUPLICATE without KEY UPDATE
INSERT INTO t VALUES (1) ON DUPLICATE a = 1;
-- fail: INSERT INTO without a table
INSERT INTO VALUES (1);

-- ok REPLACE: values
REPLACE INTO t (a, b) VALUES (1, 2);
-- ok REPLACE: SELECT form
REPLACE INTO t SELECT * FROM u;
-- ok REPLACE: SET form
REPLACE t SET a = 1;
-- mariadb-only REPLACE: RETURNING
REPLACE INTO t (a) VALUES (1) RETURNING a;
-- fail: REPLACE does not take ON DUPLICATE KEY
REPLACE INTO t VALUES (1) ON DUPLICATE KEY UPDATE a = 1;

-- ok UPDATE: single table with WHERE
UPDATE t SET a = 1, b = b + 1 WHERE id = 5;
-- ok UPDATE: ORDER BY and LIMIT
UPDATE LOW_PRIORITY IGNORE t SET a = 0 WHERE b > 1 ORDER BY id DESC LIMIT 10;
-- ok UPDATE: no WHERE
UPDATE t SET flag = 0;
-- ok UPDATE: multi-table with join
UPDATE items i JOIN month m ON i.id = m.id SET i.price = m.price, m.seen = 1 WHERE m.price > 0;
-- ok UPDATE: multi-table comma form
UPDATE items, month SET items.price = month.price WHERE items.id = month.id;
-- ok UPDATE: with subquery
UPDATE t SET a = (SELECT MAX(b) FROM u) WHERE id IN (SELECT id FROM v);
-- ok UPDATE: WITH clause
WITH c AS (SELECT id FROM u) UPDATE t JOIN c ON t.id = c.id SET t.a = 1;
-- ok UPDATE: SET to DEFAULT and NULL
UPDATE t SET a = DEFAULT, b = NULL WHERE 1 = 1;
-- fail: UPDATE has no RETURNING clause in either dialect
UPDATE t SET a = 1 WHERE id = 2 RETURNING id;
-- fail: UPDATE without SET
UPDATE t a = 1;
-- fail: UPDATE SET without value
UPDATE t SET a = WHERE id = 1;
-- fail: UPDATE with FROM (not MySQL syntax)
UPDATE t SET a = 1 FROM u WHERE t.id = u.id;

-- ok DELETE: single table
DELETE FROM t WHERE id = 1;
-- ok DELETE: modifiers, ORDER BY, LIMIT
DELETE LOW_PRIORITY QUICK IGNORE FROM t WHERE a < 10 ORDER BY a LIMIT 100;
-- ok DELETE: no WHERE
DELETE FROM t;
-- ok DELETE: alias on single table
DELETE FROM t AS x WHERE x.id = 1;
-- ok DELETE: multi-table
DELETE t1, t2 FROM t1 INNER JOIN t2 ON t1.id = t2.id WHERE t1.a = 1;
-- ok DELETE: multi-table with USING
DELETE FROM t1, t2 USING t1 JOIN t2 ON t1.id = t2.id JOIN t3 ON t2.id = t3.id;
-- ok DELETE: multi-table with star targets
DELETE t1.* FROM t1 LEFT JOIN t2 ON t1.id = t2.id WHERE t2.id IS NULL;
-- ok DELETE: partition selection
DELETE FROM t PARTITION (p1) WHERE a = 1;
-- ok DELETE: WITH clause
WITH old AS (SELECT id FROM t WHERE created < '2020-01-01') DELETE FROM t WHERE id IN (SELECT id FROM old);
-- mariadb-only DELETE: RETURNING
DELETE FROM t WHERE id = 1 RETURNING id, name;
-- mariadb-only DELETE: DELETE HISTORY
DELETE HISTORY FROM t BEFORE SYSTEM_TIME '2020-01-01 00:00:00';
-- mariadb-only DELETE: FOR PORTION OF
DELETE FROM t FOR PORTION OF p FROM '2020-01-01' TO '2020-06-01';
-- fail: DELETE without FROM
DELETE t WHERE id = 1;
-- fail: DELETE FROM without table
DELETE FROM WHERE id = 1;

-- ok LOAD_DATA: full form
LOAD DATA LOCAL INFILE '/tmp/data.csv' REPLACE INTO TABLE t CHARACTER SET utf8mb4 FIELDS TERMINATED BY ',' ENCLOSED BY '"' LINES TERMINATED BY '\r\n' IGNORE 1 LINES (a, @b, c) SET d = @b * 2;
-- ok LOAD_DATA: minimal
LOAD DATA INFILE 'data.txt' INTO TABLE db.t;
-- ok LOAD_DATA: LOAD XML
LOAD XML LOCAL INFILE 'person.xml' INTO TABLE person ROWS IDENTIFIED BY '<person>';
-- fail: LOAD DATA without INTO TABLE
LOAD DATA INFILE 'x.csv' t;

-- ok CALL: with arguments
CALL p(1, @out, 'x');
-- ok CALL: without parentheses
CALL db.p;
-- ok CALL: empty argument list
CALL p();
-- ok DO: expressions
DO SLEEP(1), RELEASE_LOCK('x');
-- ok HANDLER: open, read, close
HANDLER t OPEN AS h;
-- ok HANDLER: read by index
HANDLER h READ idx = (1, 2) WHERE a > 0 LIMIT 5;
-- ok HANDLER: read next
HANDLER h READ NEXT;
-- ok HANDLER: close
HANDLER h CLOSE;
-- fail: CALL without a name
CALL (1);
-- fail: DO without an expression
DO;
