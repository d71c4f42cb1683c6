-- Cases written from MySQL 8.4 Reference Manual 15.2.13 "SELECT Statement" and following sections,
-- and the MariaDB 11 SELECT page.

-- ok SELECT: constant
SELECT 1;
-- ok SELECT: arithmetic without FROM
SELECT 1 + 1 * 2 - 3 / 4 DIV 5 % 6 MOD 7;
-- ok SELECT: FROM DUAL
SELECT 1 + 1 FROM DUAL;
-- ok SELECT: star and qualified star
SELECT *, t.* FROM db1.t AS t;
-- ok SELECT: aliases with and without AS, quoted
SELECT a AS x, b y, c AS 'z', d "w", e AS `v` FROM t;
-- ok SELECT: where with and/or/not/xor
SELECT a FROM t WHERE a = 1 AND (b > 2 OR c < 3) AND NOT d XOR e && f || g;
-- ok SELECT: comparison operators
SELECT a FROM t WHERE a <> 1 AND b != 2 AND c <=> NULL AND d >= 4 AND e <= 5;
-- ok SELECT: IS tests
SELECT a IS NULL, b IS NOT NULL, c IS TRUE, d IS NOT FALSE, e IS UNKNOWN FROM t;
-- ok SELECT: IN list and NOT IN subquery
SELECT * FROM t WHERE a IN (1, 2, 3) AND b NOT IN (SELECT b FROM u);
-- ok SELECT: BETWEEN with AND inside a larger condition
SELECT * FROM t WHERE a BETWEEN 1 AND 10 AND b NOT BETWEEN 'a' AND 'm';
-- ok SELECT: LIKE with ESCAPE, REGEXP, RLIKE, SOUNDS LIKE
SELECT * FROM t WHERE a LIKE 'x%' ESCAPE '!' AND b NOT LIKE '%y' AND c REGEXP '^a' AND d RLIKE 'b$' AND e SOUNDS LIKE f;
-- ok SELECT: EXISTS and NOT EXISTS
SELECT * FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.id = t.id) AND NOT EXISTS (SELECT 1 FROM v);
-- ok SELECT: quantified comparisons
SELECT * FROM t WHERE a > ALL (SELECT a FROM u) AND b = ANY (SELECT b FROM u) AND c <> SOME (SELECT c FROM u);
-- ok SELECT: scalar subquery in the select list
SELECT a, (SELECT MAX(b) FROM u WHERE u.a = t.a) AS mb FROM t;
-- ok SELECT: derived table with column list
SELECT dt.x FROM (SELECT a, b FROM t) AS dt (x, y);
-- ok SELECT: derived table without AS
SELECT * FROM (SELECT 1) d;
-- mysql-only SELECT: LATERAL derived table
SELECT * FROM t, LATERAL (SELECT u.b FROM u WHERE u.a = t.a) AS dt;
-- ok SELECT: inner, cross, left, right, natural and straight joins
SELECT * FROM a INNER JOIN b ON a.id = b.id CROSS JOIN c LEFT JOIN d USING (id) RIGHT OUTER JOIN e ON e.x = d.x NATURAL JOIN f STRAIGHT_JOIN g ON g.y = f.y;
-- ok SELECT: comma join
SELECT * FROM a, b, c WHERE a.x = b.x AND b.y = c.y;
-- ok SELECT: nested join in parentheses
SELECT * FROM t1 LEFT JOIN (t2, t3, t4) ON (t2.a = t1.a AND t3.b = t1.b AND t4.c = t1.c);
-- ok SELECT: natural left outer join
SELECT * FROM t1 NATURAL LEFT OUTER JOIN t2;
-- ok SELECT: a join on the right side of a LEFT JOIN (table_reference in the manual's grammar)
SELECT * FROM a LEFT JOIN b JOIN c ON c.x = b.x ON b.y = a.y;
-- ok SELECT: LEFT JOIN chains keep working
SELECT * FROM a LEFT JOIN b ON b.y = a.y LEFT JOIN c ON c.x = b.x JOIN d ON d.z = c.z;
-- ok SELECT: ODBC outer join escape
SELECT * FROM { OJ t1 LEFT OUTER JOIN t2 ON t1.a = t2.a };
-- ok SELECT: index hints
SELECT * FROM t1 USE INDEX (i1, i2) IGNORE INDEX FOR ORDER BY (i3) FORCE KEY FOR JOIN (PRIMARY) WHERE a = 1;
-- ok SELECT: empty USE INDEX list
SELECT * FROM t1 USE INDEX () WHERE a = 1;
-- ok SELECT: optimizer hints are comments to the grammar
SELECT /*+ BKA(t1) NO_ICP(t2) MAX_EXECUTION_TIME(1000) */ * FROM t1 JOIN t2 ON t1.a = t2.a;
-- ok SELECT: partition selection
SELECT * FROM employees PARTITION (p1, p2) WHERE id > 10;
-- ok SELECT: GROUP BY, HAVING, ORDER BY, LIMIT with offset
SELECT a, COUNT(*) AS n FROM t GROUP BY a HAVING n > 1 ORDER BY n DESC, a ASC LIMIT 10, 20;
-- ok SELECT: LIMIT OFFSET form
SELECT * FROM t LIMIT 5 OFFSET 10;
-- ok SELECT: GROUP BY WITH ROLLUP
SELECT year, SUM(profit) FROM sales GROUP BY year WITH ROLLUP;
-- ok SELECT: select options
SELECT DISTINCT HIGH_PRIORITY STRAIGHT_JOIN SQL_SMALL_RESULT SQL_BUFFER_RESULT SQL_NO_CACHE SQL_CALC_FOUND_ROWS a FROM t;
-- ok SELECT: DISTINCTROW
SELECT DISTINCTROW a FROM t;
-- ok SELECT: UNION, UNION ALL, UNION DISTINCT
SELECT a FROM t UNION SELECT a FROM u UNION ALL SELECT a FROM v UNION DISTINCT SELECT a FROM w;
-- ok SELECT: parenthesized union members with ORDER BY and LIMIT
(SELECT a FROM t ORDER BY a LIMIT 10) UNION (SELECT a FROM u ORDER BY a LIMIT 10) ORDER BY a LIMIT 5;
-- ok SELECT: INTERSECT and EXCEPT
SELECT a FROM t INTERSECT SELECT a FROM u EXCEPT SELECT a FROM v;
-- mariadb-only SELECT: MINUS as EXCEPT (MariaDB Oracle-compatible spelling)
SELECT a FROM t MINUS SELECT a FROM u;
-- ok SELECT: WITH common table expression
WITH cte AS (SELECT a, b FROM t) SELECT * FROM cte WHERE a > 1;
-- ok SELECT: several CTEs with column lists
WITH c1 (x) AS (SELECT 1), c2 (y) AS (SELECT x + 1 FROM c1) SELECT * FROM c1 JOIN c2;
-- ok SELECT: recursive CTE
WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 10) SELECT n FROM seq;
-- ok SELECT: window functions with named window
SELECT val, ROW_NUMBER() OVER w AS rn, RANK() OVER w, DENSE_RANK() OVER w FROM numbers WINDOW w AS (ORDER BY val);
-- ok SELECT: window frame
SELECT SUM(x) OVER (PARTITION BY g ORDER BY d ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM t;
-- ok SELECT: range frame with interval
SELECT AVG(x) OVER (ORDER BY d RANGE BETWEEN INTERVAL 7 DAY PRECEDING AND CURRENT ROW) FROM t;
-- ok SELECT: LAG, LEAD, FIRST_VALUE, NTH_VALUE, NTILE
SELECT LAG(x, 1, 0) OVER w, LEAD(x) OVER w, FIRST_VALUE(x) OVER w, NTH_VALUE(x, 2) FROM FIRST OVER w, NTILE(4) OVER w FROM t WINDOW w AS (PARTITION BY g ORDER BY d);
-- ok SELECT: aggregate as window function
SELECT COUNT(*) OVER (), SUM(a) OVER (PARTITION BY b) FROM t;
-- ok SELECT: CUME_DIST and PERCENT_RANK
SELECT CUME_DIST() OVER (ORDER BY x), PERCENT_RANK() OVER (ORDER BY x) FROM t;
-- ok SELECT: JSON_TABLE
SELECT * FROM JSON_TABLE('[{"a":1}]', '$[*]' COLUMNS (rowid FOR ORDINALITY, a INT PATH '$.a' DEFAULT '0' ON EMPTY, b VARCHAR(10) EXISTS PATH '$.b', NESTED PATH '$.c[*]' COLUMNS (c INT PATH '$'))) AS jt;
-- ok SELECT: JSON operators
SELECT doc->'$.name', doc->>'$.id' FROM docs WHERE doc->'$.id' > 3;
-- ok SELECT: CASE expressions, simple and searched
SELECT CASE a WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END, CASE WHEN b > 0 THEN 1 END FROM t;
-- ok SELECT: IF, IFNULL, COALESCE, NULLIF
SELECT IF(a > 1, 'x', 'y'), IFNULL(b, 0), COALESCE(c, d, 0), NULLIF(e, 0) FROM t;
-- ok SELECT: CAST and CONVERT
SELECT CAST(a AS CHAR(10)), CAST(b AS UNSIGNED), CAST(c AS DECIMAL(10, 2)), CONVERT(d, SIGNED INTEGER), CONVERT(e USING utf8mb4) FROM t;
-- ok SELECT: CAST AS DATETIME and JSON and DOUBLE
SELECT CAST('2020-01-01' AS DATETIME(6)), CAST('[]' AS JSON), CAST(1 AS DOUBLE) FROM DUAL;
-- ok SELECT: EXTRACT, POSITION, SUBSTRING FROM FOR, TRIM
SELECT EXTRACT(YEAR_MONTH FROM d), POSITION('a' IN s), SUBSTRING(s FROM 2 FOR 3), SUBSTRING(s, 2, 3), TRIM(LEADING 'x' FROM s), TRIM(s) FROM t;
-- ok SELECT: date arithmetic with INTERVAL
SELECT d + INTERVAL 1 DAY, d - INTERVAL '1:30' HOUR_MINUTE, DATE_ADD(d, INTERVAL 2 MONTH), DATE_SUB(NOW(), INTERVAL 1 YEAR) FROM t;
-- ok SELECT: INTERVAL before the date
SELECT INTERVAL 1 DAY + '2020-12-31';
-- ok SELECT: TIMESTAMPDIFF and TIMESTAMPADD
SELECT TIMESTAMPDIFF(MINUTE, a, b), TIMESTAMPADD(WEEK, 1, a) FROM t;
-- ok SELECT: GROUP_CONCAT with ORDER BY and SEPARATOR
SELECT g, GROUP_CONCAT(DISTINCT name ORDER BY name DESC SEPARATOR ', ') FROM t GROUP BY g;
-- ok SELECT: COUNT DISTINCT of several columns
SELECT COUNT(DISTINCT a, b), SUM(DISTINCT c), AVG(d), MIN(e), MAX(f), STD(g), BIT_OR(h) FROM t;
-- ok SELECT: niladic functions
SELECT CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_TIME(), LOCALTIME, UTC_TIMESTAMP(), CURRENT_USER, CURRENT_USER();
-- ok SELECT: user and system variables, assignment
SELECT @a := 1, @b, @@session.sql_mode, @@GLOBAL.max_connections, @@version;
-- ok SELECT: literals of every kind
SELECT 'a' 'b', "dq", N'nat', _utf8mb4'intro' COLLATE utf8mb4_bin, X'4D', 0x4D, b'101', 0b101, 1.5, .5, 1e10, 1.5E-3, TRUE, FALSE, NULL, DATE '2020-01-01', TIMESTAMP '2020-01-01 00:00:00';
-- ok SELECT: bit operators and shifts
SELECT a | b, a & b, a ^ b, ~a, a << 2, a >> 1 FROM t;
-- ok SELECT: unary minus and plus, BINARY operator
SELECT -a, +b, - -c, !d, BINARY e FROM t;
-- ok SELECT: string escapes and doubled quotes
SELECT 'it''s', 'it\'s', "say \"hi\"", 'tab\tnew\n';
-- ok SELECT: MATCH AGAINST
SELECT * FROM articles WHERE MATCH (title, body) AGAINST ('database' IN NATURAL LANGUAGE MODE);
-- ok SELECT: MATCH AGAINST boolean mode
SELECT * FROM articles WHERE MATCH (title) AGAINST ('+MySQL -YourSQL' IN BOOLEAN MODE);
-- ok SELECT: row constructor comparison
SELECT * FROM t WHERE (a, b) = (1, 2) AND ROW(c, d) IN ((1, 2), (3, 4));
-- ok SELECT: FOR UPDATE with NOWAIT
SELECT * FROM t WHERE id = 1 FOR UPDATE NOWAIT;
-- ok SELECT: FOR SHARE OF tables SKIP LOCKED
SELECT * FROM t JOIN u ON t.a = u.a FOR SHARE OF t, u SKIP LOCKED;
-- ok SELECT: LOCK IN SHARE MODE
SELECT * FROM t WHERE id = 1 LOCK IN SHARE MODE;
-- ok SELECT: INTO variables
SELECT a, b INTO @x, @y FROM t WHERE id = 1;
-- ok SELECT: INTO at the end
SELECT a FROM t WHERE id = 1 INTO @x;
-- ok SELECT: INTO OUTFILE with field and line options
SELECT * INTO OUTFILE '/tmp/t.csv' FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '"' ESCAPED BY '\\' LINES TERMINATED BY '\n' FROM t;
-- ok SELECT: INTO DUMPFILE
SELECT doc FROM t WHERE id = 1 INTO DUMPFILE '/tmp/doc.bin';
-- mysql-only SELECT: TABLE statement
TABLE t ORDER BY a LIMIT 3;
-- mysql-only SELECT: VALUES statement with ROW
VALUES ROW(1, 2), ROW(3, 4);
-- ok SELECT: parameter markers
SELECT * FROM t WHERE a = ? AND b IN (?, ?) LIMIT ?;
-- ok SELECT: keywords used as names
SELECT status, type, comment, date, timestamp, name, value, text, year, data, level, position, action FROM events;
-- ok SELECT: reserved words as names after a dot
SELECT t.order, t.key, t.select FROM t;
-- ok SELECT: backquoted reserved words
SELECT `order`, `group` FROM `select`;
-- ok SELECT: identifiers starting with digits
SELECT 1col FROM 2tab;
-- ok SELECT: comments inside the statement
SELECT a -- the a column
  , b # the b column
  /* and c */ , c FROM t;
-- ok SELECT: versioned comment is code
SELECT /*!50001 SQL_NO_CACHE */ a FROM t;
-- ok SELECT: MEMBER OF
SELECT * FROM t WHERE 17 MEMBER OF (doc->'$.ids');
-- ok SELECT: COLLATE in ORDER BY
SELECT name FROM t ORDER BY name COLLATE utf8mb4_bin;
-- ok SELECT: CHAR with USING and WEIGHT_STRING
SELECT CHAR(77, 121 USING utf8mb4), WEIGHT_STRING('ab' AS CHAR(3));
-- ok SELECT: qualified stored function call
SELECT mydb.myfunc(1, 2);
-- ok SELECT: ORDER BY RAND
SELECT * FROM t ORDER BY RAND() LIMIT 1;
-- ok SELECT: nested parenthesized query
((SELECT 1));
-- ok SELECT: GROUP BY expression and position
SELECT YEAR(d), COUNT(*) FROM t GROUP BY 1 ORDER BY 2;
-- ok SELECT: DEFAULT function
SELECT DEFAULT(a) FROM t;
-- mariadb-only SELECT: FOR SYSTEM_TIME on a versioned table
SELECT * FROM t FOR SYSTEM_TIME AS OF TIMESTAMP '2016-10-09 08:07:06';
-- mariadb-only SELECT: FOR SYSTEM_TIME ALL
SELECT * FROM t FOR SYSTEM_TIME ALL WHERE id = 1;
-- mariadb-only SELECT: OFFSET FETCH
SELECT * FROM t ORDER BY a OFFSET 10 ROWS FETCH FIRST 5 ROWS ONLY;
-- mariadb-only SELECT: FETCH WITH TIES
SELECT * FROM t ORDER BY a FETCH FIRST 5 ROWS WITH TIES;
-- mariadb-only SELECT: LIMIT ROWS EXAMINED
SELECT * FROM t WHERE a > 1 LIMIT ROWS EXAMINED 1000;
-- mariadb-only SELECT: NEXT VALUE FOR a sequence
SELECT NEXT VALUE FOR s1, PREVIOUS VALUE FOR s1;
-- mariadb-only SELECT: FOR UPDATE WAIT n
SELECT * FROM t WHERE id = 1 FOR UPDATE WAIT 5;
-- ok SELECT: window function names are columns in MariaDB (rank as a name) but function names in MySQL
SELECT RANK() OVER (ORDER BY a) FROM t;
-- mariadb-only SELECT: rank as a column name
SELECT rank FROM players;
-- fail: missing select list
SELECT FROM t;
-- fail: FROM without a table
SELECT a FROM;
-- fail: misspelled keyword
SELEC a FROM t;
-- fail: WHERE without a condition
SELECT a FROM t WHERE;
-- fail: unbalanced parenthesis
SELECT (a + b FROM t;
-- fail: extra closing parenthesis
SELECT a) FROM t;
-- fail: trailing comma in select list
SELECT a, FROM t;
-- fail: ORDER BY without items
SELECT a FROM t ORDER BY;
-- fail: LIMIT with a string
SELECT a FROM t LIMIT 'x';
-- fail: reserved word as a table name
SELECT * FROM order;
-- fail: reserved word as an alias
SELECT a AS select FROM t;
-- fail: two WHERE clauses
SELECT a FROM t WHERE a = 1 WHERE b = 2;
-- fail: GROUP without BY
SELECT a FROM t GROUP a;
-- fail: JOIN without a table
SELECT * FROM t JOIN ON t.a = 1;
-- fail: LEFT JOIN without a condition
SELECT * FROM t LEFT JOIN u;
-- fail: unterminated string
SELECT 'abc FROM t;
-- fail: BETWEEN without AND
SELECT * FROM t WHERE a BETWEEN 1 10;
-- fail: CASE without END
SELECT CASE WHEN a THEN 1 FROM t;
-- fail: OVER without a window
SELECT ROW_NUMBER() OVER FROM t;
-- mariadb-only SELECT: a table value constructor without ROW
VALUES (1, 2), (3, 4);
-- fail: stray character
SELECT a FROM t WHERE a = 1 \ 2;
-- fail: INTERVAL without a unit
SELECT d + INTERVAL 1 FROM t;
-- fail: FOR SYSTEM_TIME is not MySQL nor complete
SELECT * FROM t FOR SYSTEM_TIME;
-- fail: WITH without a query
WITH cte AS (SELECT 1);
-- fail: double comparison operator
SELECT * FROM t WHERE a = = 1;
