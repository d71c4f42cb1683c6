-- Cases written from MySQL 8.4 Reference Manual 15.1.17 CREATE PROCEDURE and CREATE FUNCTION, 15.1.22
-- CREATE TRIGGER, 15.1.13 CREATE EVENT, 15.6 "Compound Statement Syntax", and the MariaDB 11 pages
-- (FOR loops, BEGIN NOT ATOMIC, TYPE OF, OR REPLACE).

-- ok CREATE_PROCEDURE: body with declarations, handler, cursor and loop
CREATE DEFINER=`root`@`localhost` PROCEDURE curdemo(IN p_limit INT, OUT p_total DECIMAL(10,2))
    READS SQL DATA
    COMMENT 'sums orders'
BEGIN
  DECLARE done INT DEFAULT FALSE;
  DECLARE a CHAR(16);
  DECLARE b, c INT;
  DECLARE cur1 CURSOR FOR SELECT id, data FROM test.t1;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;
  OPEN cur1;
  read_loop: LOOP
    FETCH cur1 INTO a, b;
    IF done THEN
      LEAVE read_loop;
    END IF;
    IF b < c THEN
      INSERT INTO test.t3 VALUES (a, b);
    ELSEIF b = c THEN
      ITERATE read_loop;
    ELSE
      INSERT INTO test.t3 VALUES (a, c);
    END IF;
  END LOOP read_loop;
  CLOSE cur1;
  SELECT SUM(x) INTO p_total FROM t;
END;
-- ok CREATE_PROCEDURE: no parameters, single statement body
CREATE PROCEDURE p() SELECT 1;
-- ok CREATE_PROCEDURE: while, repeat, case
CREATE PROCEDURE loops(n INT)
BEGIN
  DECLARE i INT DEFAULT 0;
  WHILE i < n DO
    SET i = i + 1;
  END WHILE;
  lbl: REPEAT
    SET i = i - 1;
  UNTIL i <= 0 END REPEAT lbl;
  CASE n
    WHEN 1 THEN SELECT 'one';
    WHEN 2 THEN SELECT 'two';
    ELSE BEGIN END;
  END CASE;
  CASE WHEN n > 10 THEN SELECT 'big'; ELSE SELECT 'small'; END CASE;
END;
-- ok CREATE_PROCEDURE: conditions, handlers, signal, resignal, diagnostics
CREATE PROCEDURE h()
BEGIN
  DECLARE no_such_table CONDITION FOR 1051;
  DECLARE dup CONDITION FOR SQLSTATE '23000';
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS CONDITION 1 @sqlstate = RETURNED_SQLSTATE, @msg = MESSAGE_TEXT;
    ROLLBACK;
    RESIGNAL;
  END;
  DECLARE CONTINUE HANDLER FOR SQLWARNING, no_such_table BEGIN END;
  GET DIAGNOSTICS @n = NUMBER, @r = ROW_COUNT;
  START TRANSACTION;
  IF (SELECT COUNT(*) FROM t) = 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'empty', MYSQL_ERRNO = 1001;
  END IF;
  COMMIT;
END;
-- ok CREATE_PROCEDURE: characteristics
CREATE PROCEDURE c() LANGUAGE SQL NOT DETERMINISTIC MODIFIES SQL DATA SQL SECURITY INVOKER BEGIN UPDATE t SET a = 1; END;
-- ok CREATE_PROCEDURE: dynamic SQL inside
CREATE PROCEDURE dyn(tbl VARCHAR(64))
BEGIN
  SET @s = CONCAT('SELECT COUNT(*) FROM ', tbl);
  PREPARE stmt FROM @s;
  EXECUTE stmt;
  DEALLOCATE PREPARE stmt;
END;
-- ok CREATE_PROCEDURE: if not exists
CREATE PROCEDURE IF NOT EXISTS p() SELECT 1;
-- mariadb-only CREATE_PROCEDURE: or replace
CREATE OR REPLACE PROCEDURE p() SELECT 1;
-- mariadb-only CREATE_PROCEDURE: FOR loop over a range
CREATE PROCEDURE f()
BEGIN
  FOR i IN 1 .. 10 DO
    INSERT INTO t VALUES (i);
  END FOR;
END;
-- mariadb-only CREATE_PROCEDURE: FOR loop with a range written without spaces
CREATE PROCEDURE f2(n INT)
BEGIN
  FOR i IN REVERSE 1..n DO
    SELECT i;
  END FOR;
END;
-- mariadb-only CREATE_PROCEDURE: TYPE OF a column
CREATE PROCEDURE tp(a TYPE OF t.col)
BEGIN
  DECLARE x ROW TYPE OF t;
  SELECT a;
END;
-- ok CREATE_FUNCTION: deterministic function
CREATE FUNCTION hello(s CHAR(20)) RETURNS CHAR(50) DETERMINISTIC RETURN CONCAT('Hello, ', s, '!');
-- ok CREATE_FUNCTION: function with body
CREATE DEFINER = CURRENT_USER FUNCTION f(a INT, b INT) RETURNS INT
  NO SQL
BEGIN
  DECLARE r INT DEFAULT 0;
  SET r = a + b;
  RETURN r;
END;
-- ok CREATE_FUNCTION: loadable function
CREATE FUNCTION metaphon RETURNS STRING SONAME 'udf_example.so';
-- mariadb-only CREATE_FUNCTION: aggregate stored function
CREATE AGGREGATE FUNCTION agg(x INT) RETURNS INT
BEGIN
  DECLARE s INT DEFAULT 0;
  DECLARE CONTINUE HANDLER FOR NOT FOUND RETURN s;
  LOOP
    FETCH GROUP NEXT ROW;
    SET s = s + x;
  END LOOP;
END;
-- ok ALTER_PROCEDURE: characteristics
ALTER PROCEDURE p COMMENT 'x' SQL SECURITY DEFINER;
-- ok ALTER_FUNCTION: characteristics
ALTER FUNCTION f READS SQL DATA;
-- ok DROP_PROCEDURE: if exists
DROP PROCEDURE IF EXISTS db.p;
-- ok DROP_FUNCTION: plain
DROP FUNCTION f;
-- fail: procedure body with unclosed BEGIN
CREATE PROCEDURE p() BEGIN SELECT 1;
-- fail: IF without END IF
CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END; END;
-- fail: statement without semicolon inside a block
CREATE PROCEDURE p() BEGIN SELECT 1 SELECT 2; END;
-- fail: function without RETURNS
CREATE FUNCTION f(a INT) RETURN a;
-- fail: DECLARE without a type
CREATE PROCEDURE p() BEGIN DECLARE x; END;
-- fail: parameter mode after name
CREATE PROCEDURE p(x IN INT) SELECT 1;
-- fail: LOOP without END LOOP
CREATE PROCEDURE p() BEGIN l: LOOP SELECT 1; END; END;

-- ok CREATE_TRIGGER: before insert with body
CREATE TRIGGER trg_bi BEFORE INSERT ON t FOR EACH ROW
BEGIN
  IF NEW.a < 0 THEN
    SET NEW.a = 0;
  END IF;
  SET NEW.created_at = NOW();
END;
-- ok CREATE_TRIGGER: single statement with order
CREATE DEFINER = 'admin'@'%' TRIGGER db.trg_au AFTER UPDATE ON db.t FOR EACH ROW FOLLOWS trg_other INSERT INTO audit (id, old_a, new_a) VALUES (OLD.id, OLD.a, NEW.a);
-- ok CREATE_TRIGGER: if not exists
CREATE TRIGGER IF NOT EXISTS trg BEFORE DELETE ON t FOR EACH ROW SET @deleted = @deleted + 1;
-- mariadb-only CREATE_TRIGGER: several events
CREATE TRIGGER trg BEFORE INSERT OR UPDATE ON t FOR EACH ROW SET NEW.a = 1;
-- ok DROP_TRIGGER: if exists
DROP TRIGGER IF EXISTS db.trg;
-- fail: trigger without FOR EACH ROW
CREATE TRIGGER trg BEFORE INSERT ON t SET NEW.a = 1;
-- fail: trigger with unknown timing
CREATE TRIGGER trg DURING INSERT ON t FOR EACH ROW SET NEW.a = 1;

-- ok CREATE_EVENT: one-time at
CREATE EVENT myevent ON SCHEDULE AT CURRENT_TIMESTAMP + INTERVAL 1 HOUR DO UPDATE myschema.mytable SET mycol = mycol + 1;
-- ok CREATE_EVENT: recurring with body
CREATE EVENT IF NOT EXISTS e_daily ON SCHEDULE EVERY 1 DAY STARTS '2024-01-01 00:00:00' ENDS CURRENT_TIMESTAMP + INTERVAL 1 YEAR ON COMPLETION PRESERVE ENABLE COMMENT 'purge' DO
BEGIN
  DELETE FROM log WHERE created < NOW() - INTERVAL 30 DAY;
END;
-- ok ALTER_EVENT: disable and rename
ALTER EVENT e_daily ON COMPLETION NOT PRESERVE RENAME TO e_nightly DISABLE;
-- ok DROP_EVENT: if exists
DROP EVENT IF EXISTS e_daily;
-- fail: event without DO
CREATE EVENT e ON SCHEDULE EVERY 1 DAY;
-- fail: EVERY without a unit
CREATE EVENT e ON SCHEDULE EVERY 1 DO SELECT 1;

-- mariadb-only BLOCK: anonymous block
BEGIN NOT ATOMIC
  DECLARE x INT DEFAULT 1;
  SELECT x;
END;
-- mariadb-only BLOCK: IF outside a program
IF (SELECT COUNT(*) FROM t) > 0 THEN SELECT 1; END IF;
