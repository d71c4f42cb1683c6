package io.github.sqlaudit.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SqlParserTest {

    private final SqlParser mysql = SqlParser.forDialect(Dialect.MYSQL);
    private final SqlParser mariadb = SqlParser.forDialect(Dialect.MARIADB);

    @Test
    void parsesAScriptWithStoredProgramsCtesAndWindowFunctions() {
        String script = """
                -- a change script
                USE shop;
                DELIMITER $$
                CREATE PROCEDURE refresh_totals()
                BEGIN
                  DECLARE done INT DEFAULT 0;
                  UPDATE totals SET n = (SELECT COUNT(*) FROM orders);
                END$$
                DELIMITER ;
                WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 5)
                SELECT n, ROW_NUMBER() OVER (ORDER BY n DESC) AS rn FROM seq;
                CALL refresh_totals();
                """;
        List<Statement> statements = mysql.parseAll(script);
        assertThat(statements).extracting(Statement::kind).containsExactly(StatementKind.USE,
                StatementKind.CLIENT_COMMAND, StatementKind.CREATE_PROCEDURE, StatementKind.CLIENT_COMMAND,
                StatementKind.SELECT, StatementKind.CALL);
        assertThat(statements).allMatch(Statement::ok);
        assertThat(statements).extracting(Statement::startLine).containsExactly(2, 3, 4, 9, 10, 12);
        assertThat(statements).extracting(Statement::index).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void errorIsPositionedInTheScript() {
        List<Statement> statements = mysql.parseAll("SELECT 1;\n\nSELECT a,\n  FROM t;\n");
        Statement bad = statements.get(1);
        assertThat(bad.ok()).isFalse();
        SyntaxError error = bad.error().orElseThrow();
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.column()).isEqualTo(3);
        assertThat(error.offendingText()).isEqualTo("FROM");
        assertThat(error.message()).startsWith("unexpected 'FROM', expected ");
        assertThat(error.describe()).startsWith("4:3: unexpected 'FROM'");
        assertThat(bad.kind()).isEqualTo(StatementKind.SELECT);
    }

    @Test
    void errorColumnOnTheFirstLineCountsFromTheStatementStart() {
        Statement bad = mysql.parseAll("SELECT 1;   UPDATE t SET WHERE id = 1;").get(1);
        assertThat(bad.error().orElseThrow().line()).isEqualTo(1);
        assertThat(bad.error().orElseThrow().column()).isEqualTo(26);
        assertThat(bad.kind()).isEqualTo(StatementKind.UPDATE);
    }

    @Test
    void statementThatEndsTooEarly() {
        SyntaxError error = mysql.parseStatement("CREATE TABLE t (a INT").error().orElseThrow();
        assertThat(error.message()).startsWith("the statement ends too early");
        assertThat(error.offendingText()).isEqualTo("<end of statement>");
        assertThat(error.column()).isEqualTo(22);
        assertThat(error.expected()).contains("')'", "','");
    }

    @Test
    void expectedTokensAreInWords() {
        SyntaxError error = mysql.parseStatement("DROP TABLE").error().orElseThrow();
        assertThat(error.expected()).contains("a name");
        SyntaxError keyword = mysql.parseStatement("ALTER TABLE t RENAME COLUMN a b").error().orElseThrow();
        assertThat(keyword.expected()).containsExactly("TO");
        assertThat(keyword.message()).isEqualTo("unexpected 'b', expected TO");
    }

    @Test
    void unterminatedStringIsNamed() {
        SyntaxError error = mysql.parseStatement("SELECT 'abc FROM t").error().orElseThrow();
        assertThat(error.message()).startsWith("unterminated string starting here");
        assertThat(error.column()).isEqualTo(8);
    }

    @Test
    void dialectHintWhenTheOtherDialectAccepts() {
        SyntaxError mysqlError = mysql.parseStatement("DELETE FROM t WHERE id = 1 RETURNING id").error().orElseThrow();
        assertThat(mysqlError.message()).isEqualTo("'RETURNING': RETURNING is MariaDB syntax");
        assertThat(mysqlError.column()).isEqualTo(28);
        SyntaxError sequence = mysql.parseStatement("CREATE SEQUENCE s").error().orElseThrow();
        assertThat(sequence.message()).endsWith("(this is MariaDB syntax that MySQL does not accept)");
        SyntaxError mariaError = mariadb.parseStatement("INSERT INTO t VALUES (1) AS n ON DUPLICATE KEY UPDATE a = n.a")
                .error().orElseThrow();
        assertThat(mariaError.message()).isEqualTo("'AS': row aliases are MySQL syntax");
        SyntaxError table = mariadb.parseStatement("TABLE t").error().orElseThrow();
        assertThat(table.message()).endsWith("(this is MySQL syntax that MariaDB does not accept)");
    }

    @Test
    void deepNestingIsRejectedWithoutStackOverflow() {
        String deep = "SELECT " + "(".repeat(5000) + "1" + ")".repeat(5000);
        Statement statement = mysql.parseStatement(deep);
        assertThat(statement.error()).hasValueSatisfying(e -> {
            assertThat(e.message()).contains("nested more than 200 levels");
            assertThat(e.column()).isEqualTo(8 + 200);
        });
    }

    @Test
    void longPrefixChainsDoNotOverflowTheStack() {
        String chain = "SELECT " + "NOT ".repeat(100_000) + "1";
        Statement statement = mysql.parseStatement(chain);
        // Either parsed or reported; never a StackOverflowError escaping the parser.
        assertThat(statement.kind()).isEqualTo(StatementKind.SELECT);
    }

    @Test
    void timeBudgetStopsTheParse() {
        SqlParser impatient = SqlParser.forDialect(Dialect.MYSQL,
                new ParseLimits(200, Duration.ZERO, Duration.ZERO));
        StringBuilder big = new StringBuilder("INSERT INTO t VALUES ");
        for (int i = 0; i < 20_000; i++) {
            big.append(i == 0 ? "" : ",").append("(").append(i).append(", 'x')");
        }
        Statement statement = impatient.parseStatement(big.toString());
        assertThat(statement.error()).hasValueSatisfying(
                e -> assertThat(e.message()).startsWith("the parser gave up after its time budget"));
        assertThat(SqlParser.forDialect(Dialect.MYSQL).parseStatement(big.toString()).ok()).isTrue();
    }

    @Test
    void invalidLimitsAreRefused() {
        assertThatThrownBy(() -> new ParseLimits(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNestingDepth");
    }

    @Test
    void clientCommandsAreNotParsed() {
        Statement source = mysql.parseAll("SOURCE other.sql\nSELECT 1;").get(0);
        assertThat(source.kind()).isEqualTo(StatementKind.CLIENT_COMMAND);
        assertThat(source.ok()).isTrue();
    }

    @Test
    void kindOfUnparseableStatementsIsGuessedFromLeadingWords() {
        assertThat(mysql.parseStatement("CREATE TABLE t (a INTT)").kind()).isEqualTo(StatementKind.CREATE_TABLE);
        assertThat(mysql.parseStatement("DROP TABLE").kind()).isEqualTo(StatementKind.DROP_TABLE);
        assertThat(mysql.parseStatement("DELETE t WHERE id = 1").kind()).isEqualTo(StatementKind.DELETE);
        assertThat(mysql.parseStatement("FOO BAR").kind()).isEqualTo(StatementKind.OTHER);
    }

    @Test
    void streamsLazilyFromTheReader() {
        AtomicInteger reads = new AtomicInteger();
        Reader endless = new Reader() {
            private final String statement = "INSERT INTO t VALUES (1, 'a');\n";
            private int position;

            @Override
            public int read(char[] buffer, int offset, int length) {
                reads.incrementAndGet();
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = statement.charAt(position++ % statement.length());
                }
                return length;
            }

            @Override
            public void close() {
            }
        };
        Iterator<Statement> statements = mysql.statements(endless);
        for (int i = 0; i < 1000; i++) {
            assertThat(statements.next().ok()).isTrue();
        }
        assertThat(reads.get()).isLessThan(10);
    }

    @Test
    void parseScriptStreamClosesTheReader() {
        AtomicInteger closed = new AtomicInteger();
        Reader reader = new StringReader("SELECT 1; SELECT 2;") {
            @Override
            public void close() {
                closed.incrementAndGet();
                super.close();
            }
        };
        try (var stream = mysql.parseScript(reader)) {
            assertThat(stream.count()).isEqualTo(2);
        }
        assertThat(closed.get()).isEqualTo(1);
    }

    @Test
    void warmUpStatementsAllParseInBothDialects() {
        for (Dialect dialect : List.of(Dialect.MYSQL, Dialect.MARIADB)) {
            SqlParser parser = SqlParser.forDialect(dialect);
            try (var in = SqlParser.class.getResourceAsStream("/io/github/sqlaudit/sql/mysql/warm-up.sql")) {
                List<Statement> statements = parser.parseScript(new Utf8ScriptReader(in)).toList();
                assertThat(statements).hasSizeGreaterThan(20).allSatisfy(s -> assertThat(s.error()).as(s.text()).isEmpty());
                assertThat(SqlParser.warmUp(dialect)).isEqualTo(statements.size());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void oracleGoesThroughTheSameFacade() {
        SqlParser oracle = SqlParser.forDialect(Dialect.ORACLE);
        assertThat(oracle.dialect()).isEqualTo(Dialect.ORACLE);
        assertThat(oracle.parseAll("SELECT 1 FROM dual;\nBEGIN\n  NULL;\nEND;\n/\n"))
                .extracting(Statement::kind, Statement::ok)
                .containsExactly(tuple(StatementKind.SELECT, true), tuple(StatementKind.PLSQL_BLOCK, true));
    }

    @Test
    void dialectNamesParseCaseInsensitively() {
        assertThat(Dialect.fromName("MariaDB")).isEqualTo(Dialect.MARIADB);
        assertThatThrownBy(() -> Dialect.fromName("postgres")).hasMessageContaining("mysql, mariadb, oracle");
    }
}
