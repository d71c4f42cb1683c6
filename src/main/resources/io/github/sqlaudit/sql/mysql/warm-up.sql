-- Statements parsed once when a parser is warmed up, so that the shared ANTLR DFA cache and the JIT already know
-- the common shapes when the first real script arrives.
SELECT o.id, o.total, c.name FROM orders o JOIN customers c ON c.id = o.customer_id LEFT JOIN notes n USING (id)
WHERE o.status = 'paid' AND o.total > 10 AND o.created_at >= NOW() - INTERVAL 7 DAY ORDER BY o.id DESC LIMIT 50;
SELECT customer_id, COUNT(*) AS n, SUM(total) FROM orders WHERE id IN (1, 2, 3) GROUP BY customer_id HAVING n > 1;
SELECT * FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.a = t.a) AND name LIKE '%x' OR b BETWEEN 1 AND 5;
WITH RECURSIVE c (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 5) SELECT n, ROW_NUMBER() OVER (ORDER BY n) FROM c;
INSERT INTO t (id, name, amount, created_at) VALUES (1, 'a', 1.5, '2024-01-01 00:00:00'), (2, NULL, -3, NOW());
INSERT INTO t SET a = 1, b = 'x' ON DUPLICATE KEY UPDATE b = VALUES(b);
INSERT INTO archive (id, name) SELECT id, name FROM t WHERE created_at < '2024-01-01';
REPLACE INTO t (a) VALUES (1);
UPDATE t SET amount = amount * 1.1, name = CONCAT('n', id), updated_at = NOW() WHERE id = 5 AND status <> 'closed';
UPDATE orders o JOIN customers c ON c.id = o.customer_id SET o.vip = 1 WHERE c.tier = 'gold';
DELETE FROM t WHERE created_at < DATE_SUB(NOW(), INTERVAL 30 DAY) ORDER BY id LIMIT 1000;
DELETE t1 FROM t1 LEFT JOIN t2 ON t1.id = t2.id WHERE t2.id IS NULL;
CREATE TABLE IF NOT EXISTS t (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, name VARCHAR(64) NOT NULL DEFAULT '' COMMENT 'name',
  amount DECIMAL(12,2) DEFAULT NULL, status ENUM('new','paid') NOT NULL DEFAULT 'new', created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at TIMESTAMP NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP, note TEXT, PRIMARY KEY (id), KEY idx_status (status, created_at),
  UNIQUE KEY uq_name (name), CONSTRAINT fk_c FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='t';
ALTER TABLE t ADD COLUMN c INT NOT NULL DEFAULT 0 AFTER name, ADD INDEX idx_c (c), MODIFY name VARCHAR(128) NOT NULL,
  DROP COLUMN d, CHANGE e f INT, ALGORITHM=INPLACE, LOCK=NONE;
CREATE INDEX idx ON t (a, b);
DROP TABLE IF EXISTS t;
TRUNCATE TABLE t;
RENAME TABLE a TO b;
CREATE OR REPLACE VIEW v AS SELECT a FROM t;
DELIMITER $$
CREATE PROCEDURE p(IN x INT) BEGIN DECLARE y INT DEFAULT 0; IF x > 0 THEN SET y = x; END IF; SELECT y; END$$
DELIMITER ;
SET NAMES utf8mb4;
SET @a = 1, FOREIGN_KEY_CHECKS = 0;
START TRANSACTION;
COMMIT;
USE shop;
