package io.github.sqlaudit.sql.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.ScriptChunk;
import io.github.sqlaudit.sql.ScriptSplitter;
import io.github.sqlaudit.sql.SourcePosition;

class OracleScriptSplitterTest {

    private static List<ScriptChunk> split(String script) {
        List<ScriptChunk> chunks = new ArrayList<>();
        ScriptSplitter.forDialect(Dialect.ORACLE).split(new StringReader(script)).forEachRemaining(chunks::add);
        return chunks;
    }

    private static List<String> texts(String script) {
        return split(script).stream().map(ScriptChunk::text).toList();
    }

    @Test
    void sqlEndsAtTheSemicolonAndKeepsExactText() {
        List<ScriptChunk> chunks = split("SELECT 1 FROM dual;\n  UPDATE t SET a = 1\n   WHERE id = 2 ;\n");
        assertThat(chunks).extracting(ScriptChunk::text).containsExactly("SELECT 1 FROM dual",
                "UPDATE t SET a = 1\n   WHERE id = 2");
        assertThat(chunks.get(1).start()).isEqualTo(new SourcePosition(2, 3));
        assertThat(chunks.get(1).end()).isEqualTo(new SourcePosition(3, 15));
        assertThat(chunks).extracting(ScriptChunk::delimiter).containsExactly(";", ";");
    }

    @Test
    void slashAfterTerminatedSqlRerunsTheBufferAndIsNoNewStatementButACommandOfItsOwn() {
        List<ScriptChunk> chunks = split("INSERT INTO t VALUES (1);\n/\nCOMMIT;\n");
        assertThat(chunks).extracting(ScriptChunk::text).containsExactly("INSERT INTO t VALUES (1)", "/", "COMMIT");
        assertThat(chunks).extracting(ScriptChunk::clientCommand).containsExactly(false, true, false);
        assertThat(chunks.get(1).start()).isEqualTo(new SourcePosition(2, 1));

        List<ScriptChunk> afterUnit = split("BEGIN\n  NULL;\nEND;\n/\n /\n");
        assertThat(afterUnit).extracting(ScriptChunk::text).containsExactly("BEGIN\n  NULL;\nEND;", "/");
        assertThat(afterUnit.get(1).clientCommand()).as("a second / runs the block again").isTrue();
    }

    @Test
    void slashLineEndsSqlWithoutTerminator() {
        List<ScriptChunk> chunks = split("SELECT *\n  FROM t\n/\nSELECT 2 FROM dual;");
        assertThat(chunks).extracting(ScriptChunk::text).containsExactly("SELECT *\n  FROM t", "SELECT 2 FROM dual");
        assertThat(chunks.get(0).delimiter()).isEqualTo("/");
    }

    @Test
    void plsqlUnitKeepsItsSemicolonsAndEndsAtSlashLine() {
        String procedure = "CREATE OR REPLACE PROCEDURE p IS\n  x NUMBER;\nBEGIN\n  x := 1;\n\n  UPDATE t SET a = x;\nEND p;";
        List<ScriptChunk> chunks = split(procedure + "\n/\nSELECT 1 FROM dual;");
        assertThat(chunks).extracting(ScriptChunk::text).containsExactly(procedure, "SELECT 1 FROM dual");
        assertThat(chunks.get(0).delimiter()).isEqualTo("/");
    }

    @Test
    void everyPlsqlUnitKindWaitsForTheSlash() {
        List<String> units = List.of(
                "CREATE FUNCTION f RETURN NUMBER IS BEGIN RETURN 1; END;",
                "CREATE OR REPLACE EDITIONABLE PACKAGE pkg AS PROCEDURE p; END pkg;",
                "CREATE OR REPLACE NONEDITIONABLE PACKAGE BODY pkg AS PROCEDURE p IS BEGIN NULL; END; END pkg;",
                "CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW BEGIN :new.id := 1; END;",
                "CREATE TYPE point AS OBJECT (x NUMBER, y NUMBER);",
                "CREATE OR REPLACE TYPE BODY point AS MEMBER FUNCTION n RETURN NUMBER IS BEGIN RETURN 1; END; END;",
                "CREATE LIBRARY ext_lib AS '/lib/ext.so';",
                "DECLARE\n  n NUMBER;\nBEGIN\n  n := 1;\nEND;",
                "BEGIN\n  NULL;\nEND;");
        for (String unit : units) {
            assertThat(texts(unit + "\n/\n")).as(unit).containsExactly(unit);
        }
    }

    @Test
    void slashInsideBodyStringOrCommentDoesNotEndTheUnit() {
        List<ScriptChunk> chunks = split("BEGIN\n  s := '\n/\n';\n  /*\n/\n  */\n  -- /\nEND;\n/\n");
        assertThat(chunks).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("BEGIN\n  s := '\n/\n';\n  /*\n/\n  */\n  -- /\nEND;");
            assertThat(c.delimiter()).isEqualTo("/");
        });
    }

    @Test
    void divisionInsideABodyLineIsNotASlashLine() {
        assertThat(texts("BEGIN\n  x := a / b;\n  y := c\n    / d;\nEND;\n/")).containsExactly(
                "BEGIN\n  x := a / b;\n  y := c\n    / d;\nEND;");
    }

    @Test
    void semicolonsInStringsQQuotesAndCommentsDoNotSplitSql() {
        assertThat(texts("INSERT INTO t VALUES ('a;b', \"c;d\", 'it''s;');\nSELECT 1 /* ; */ FROM dual; -- ; x\nSELECT 2 FROM dual;"))
                .containsExactly("INSERT INTO t VALUES ('a;b', \"c;d\", 'it''s;')", "SELECT 1 /* ; */ FROM dual",
                        "SELECT 2 FROM dual");
    }

    @Test
    void qQuotesWithEveryDelimiterPair() {
        String script = "SELECT q'[a;']b]', Q'{c;'}d}', q'(e;')f)', q'<g;'>h>', q'!i;'!', nq'#j;'#' FROM dual;\nSELECT 2 FROM dual;";
        assertThat(texts(script)).containsExactly(
                "SELECT q'[a;']b]', Q'{c;'}d}', q'(e;')f)', q'<g;'>h>', q'!i;'!', nq'#j;'#' FROM dual",
                "SELECT 2 FROM dual");
    }

    @Test
    void qInsideAWordIsNotAQQuote() {
        assertThat(texts("SELECT seq'x' FROM dual;\nSELECT 2 FROM dual;")).hasSize(2);
    }

    @Test
    void sqlPlusCommandsEndWithTheirLine() {
        String script = """
                SET SERVEROUTPUT ON SIZE UNLIMITED
                PROMPT Creating table; please wait
                REM a remark; with semicolons
                DEFINE owner = APP
                UNDEFINE owner
                @@install_types.sql
                @/tmp/other.sql
                START next.sql
                SPOOL install.log
                WHENEVER SQLERROR EXIT SQL.SQLCODE ROLLBACK
                WHENEVER OSERROR EXIT FAILURE
                EXEC dbms_stats.gather_table_stats(user, 'T');
                VARIABLE n NUMBER
                PRINT n
                CONNECT app/secret@db
                SHOW ERRORS
                COLUMN name FORMAT A30
                TTITLE 'Report'
                SELECT 1 FROM dual;
                SET TRANSACTION READ ONLY;
                """;
        List<ScriptChunk> chunks = split(script);
        assertThat(chunks).hasSize(20);
        assertThat(chunks.subList(0, 18)).allSatisfy(c -> assertThat(c.clientCommand()).as(c.text()).isTrue());
        assertThat(chunks.get(1).text()).isEqualTo("PROMPT Creating table; please wait");
        assertThat(chunks.get(11).text()).isEqualTo("EXEC dbms_stats.gather_table_stats(user, 'T');");
        assertThat(chunks.get(5).start()).isEqualTo(new SourcePosition(6, 1));
        assertThat(chunks.get(18).clientCommand()).isFalse();
        assertThat(chunks.get(19).text()).isEqualTo("SET TRANSACTION READ ONLY");
        assertThat(chunks.get(19).clientCommand()).isFalse();
    }

    @Test
    void abbreviatedCommandsAndHyphenContinuation() {
        List<ScriptChunk> chunks = split("SET ECHO ON -\n  FEEDBACK OFF\nPRO hello\nSHO USER\nSELECT 1 FROM dual;");
        assertThat(chunks).extracting(ScriptChunk::text).containsExactly("SET ECHO ON -\n  FEEDBACK OFF",
                "PRO hello", "SHO USER", "SELECT 1 FROM dual");
        assertThat(chunks).extracting(ScriptChunk::clientCommand).containsExactly(true, true, true, false);
    }

    @Test
    void setSqlTerminatorChangesTheTerminator() {
        List<ScriptChunk> chunks = split("SET SQLTERMINATOR #\nSELECT 'a;b' FROM dual; SELECT 1 FROM dual#\n"
                + "SET SQLT ON\nSELECT 2 FROM dual;");
        assertThat(chunks).extracting(ScriptChunk::text).containsExactly("SET SQLTERMINATOR #",
                "SELECT 'a;b' FROM dual; SELECT 1 FROM dual", "SET SQLT ON", "SELECT 2 FROM dual");
        assertThat(chunks.get(1).delimiter()).isEqualTo("#");
    }

    @Test
    void sqlTerminatorOffLeavesSlashAndBlankLines() {
        assertThat(texts("SET SQLTERMINATOR OFF\nSELECT ';' FROM dual\n/\nSELECT 2 FROM dual")).containsExactly(
                "SET SQLTERMINATOR OFF", "SELECT ';' FROM dual", "SELECT 2 FROM dual");
    }

    @Test
    void blankLineEndsSqlUnlessSqlBlankLinesIsOn() {
        String statement = "SELECT a\n\nFROM t;";
        assertThat(texts(statement)).containsExactly("SELECT a", "FROM t");
        assertThat(texts("SET SQLBLANKLINES ON\n" + statement)).containsExactly("SET SQLBLANKLINES ON",
                "SELECT a\n\nFROM t");
        assertThat(texts("SET SQLBL ON\n" + statement + "\nSET SQLBL OFF\n" + statement)).containsExactly(
                "SET SQLBL ON", "SELECT a\n\nFROM t", "SET SQLBL OFF", "SELECT a", "FROM t");
    }

    @Test
    void blankLineKeepsTheStatementWithoutRunningItUntilASlashLine() {
        // SQL*Plus User's Guide, SET SQLBLANKLINES: with OFF a blank line ends the buffer without running it; a
        // "/" line that follows runs it (and is not a second run).
        List<ScriptChunk> kept = split("UPDATE t SET a = 1\n\nSELECT 2 FROM dual;\n");
        assertThat(kept).extracting(ScriptChunk::text).containsExactly("UPDATE t SET a = 1", "SELECT 2 FROM dual");
        assertThat(kept).extracting(ScriptChunk::delimiter).containsExactly("", ";");

        List<ScriptChunk> run = split("UPDATE t SET a = 1\n\n  \n/\nSELECT 2 FROM dual;\n/\n");
        assertThat(run).extracting(ScriptChunk::text).containsExactly("UPDATE t SET a = 1", "SELECT 2 FROM dual", "/");
        assertThat(run).extracting(ScriptChunk::delimiter).containsExactly("/", ";", "");
        assertThat(run.get(2).clientCommand()).as("the last / runs the SELECT a second time").isTrue();
        assertThat(run.get(1).start()).isEqualTo(new SourcePosition(5, 1));
    }

    @Test
    void slashAfterBlankLinesMustStandAlone() {
        List<ScriptChunk> chunks = split("UPDATE t SET a = 1\n\n/ x\n");
        assertThat(chunks.get(0).delimiter()).isEmpty();
        assertThat(chunks).hasSize(2);
    }

    @Test
    void blankLinesInsidePlsqlAreAlwaysPartOfIt() {
        assertThat(texts("BEGIN\n\n  NULL;\n\nEND;\n/")).containsExactly("BEGIN\n\n  NULL;\n\nEND;");
    }

    @Test
    void unitThatNeverEndsIsStillCutAtEndOfScript() {
        List<ScriptChunk> chunks = split("SELECT 1 FROM dual;\nCREATE PROCEDURE p IS\nBEGIN\n  NULL;\nEND;\n");
        assertThat(chunks).extracting(ScriptChunk::text).containsExactly("SELECT 1 FROM dual",
                "CREATE PROCEDURE p IS\nBEGIN\n  NULL;\nEND;");
        assertThat(chunks.get(1).delimiter()).isEmpty();
    }

    @Test
    void commentsBeforeAStatementAreNotPartOfIt() {
        List<ScriptChunk> chunks = split("-- header\n/* block\n */\n  CREATE TABLE t (id NUMBER);");
        assertThat(chunks).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("CREATE TABLE t (id NUMBER)");
            assertThat(c.start()).isEqualTo(new SourcePosition(4, 3));
        });
    }

    @Test
    void hintsAndCommentsInsideStatementsAreKept() {
        assertThat(texts("SELECT /*+ FULL(t) */ * FROM t -- all\n;")).containsExactly("SELECT /*+ FULL(t) */ * FROM t");
    }

    @Test
    void withFunctionQueryIsPlsqlLike() {
        String query = "WITH FUNCTION twice(n NUMBER) RETURN NUMBER IS BEGIN RETURN n * 2; END;\nSELECT twice(2) FROM dual";
        assertThat(texts(query + "\n/\n")).containsExactly(query);
    }

    @Test
    void createTableIsSqlEvenWithPlsqlWordsLater() {
        assertThat(texts("CREATE TABLE package (type NUMBER);\nSELECT 1 FROM dual;")).containsExactly(
                "CREATE TABLE package (type NUMBER)", "SELECT 1 FROM dual");
    }

    @Test
    void substitutionVariablesAreReported() {
        List<ScriptChunk> chunks = split("DEFINE tbl = emp\nSELECT * FROM &&owner..&tbl WHERE name = '&name';");
        assertThat(SubstitutionVariables.in(chunks.get(1).text())).containsExactly("&&owner", "&tbl", "&name");
        assertThat(SubstitutionVariables.in("SELECT 'a & b' FROM dual")).isEmpty();
    }
}
