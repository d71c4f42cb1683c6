package io.github.sqlaudit.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

class MySqlScriptSplitterTest {

    private static List<ScriptChunk> split(Dialect dialect, String script) {
        List<ScriptChunk> chunks = new ArrayList<>();
        ScriptSplitter.forDialect(dialect).split(new StringReader(script)).forEachRemaining(chunks::add);
        return chunks;
    }

    private static List<ScriptChunk> split(String script) {
        return split(Dialect.MYSQL, script);
    }

    private static List<String> texts(String script) {
        return split(script).stream().map(ScriptChunk::text).toList();
    }

    @Test
    void splitsAtSemicolonsAndKeepsExactText() {
        assertThat(texts("SELECT 1;\nUPDATE t SET a = 1  WHERE id = 2 ;  \n\n")).containsExactly(
                "SELECT 1", "UPDATE t SET a = 1  WHERE id = 2");
    }

    @Test
    void lastStatementWithoutTerminatorIsKept() {
        List<ScriptChunk> chunks = split("SELECT 1;\nSELECT 2\n");
        assertThat(chunks).extracting(ScriptChunk::text).containsExactly("SELECT 1", "SELECT 2");
        assertThat(chunks.get(1).delimiter()).isEmpty();
    }

    @Test
    void delimitersInsideStringsAndIdentifiersDoNotSplit() {
        assertThat(texts("INSERT INTO t VALUES ('a;b', \"c;d\", 'it''s;', 'x\\';y');\nSELECT `odd;name` FROM t;"))
                .containsExactly("INSERT INTO t VALUES ('a;b', \"c;d\", 'it''s;', 'x\\';y')", "SELECT `odd;name` FROM t");
    }

    @Test
    void backtickDoublingIsAnEscape() {
        assertThat(texts("SELECT `a``;b` FROM t; SELECT 2;")).containsExactly("SELECT `a``;b` FROM t", "SELECT 2");
    }

    @Test
    void delimitersInsideCommentsDoNotSplit() {
        assertThat(texts("SELECT 1 /* ; */ + 2; -- ; comment\nSELECT 3 # ; hash\n;\nSELECT 4;"))
                .containsExactly("SELECT 1 /* ; */ + 2", "SELECT 3", "SELECT 4");
    }

    @Test
    void commentsBeforeAStatementAreNotPartOfIt() {
        List<ScriptChunk> chunks = split("-- header\n/* block\n comment */\n# hash\n  SELECT 1;");
        assertThat(chunks).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("SELECT 1");
            assertThat(c.start()).isEqualTo(new SourcePosition(5, 3));
            assertThat(c.end()).isEqualTo(new SourcePosition(5, 10));
        });
    }

    @Test
    void doubleDashWithoutSpaceIsNotAComment() {
        assertThat(texts("SELECT 5--1;")).containsExactly("SELECT 5--1");
    }

    @Test
    void versionedCommentsAreCode() {
        assertThat(texts("/*!40101 SET NAMES utf8mb4 */;\n/*!50003 CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW SET @a=1 */;"))
                .containsExactly("/*!40101 SET NAMES utf8mb4 */",
                        "/*!50003 CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW SET @a=1 */");
    }

    @Test
    void mariadbExecutableCommentIsCodeOnlyForMariadb() {
        String script = "/*M!100101 SET sql_mode='' */;\nSELECT 1;";
        assertThat(split(Dialect.MARIADB, script)).extracting(ScriptChunk::text)
                .containsExactly("/*M!100101 SET sql_mode='' */", "SELECT 1");
        assertThat(split(Dialect.MYSQL, script)).extracting(ScriptChunk::text).containsExactly("SELECT 1");
    }

    @Test
    void mariadbDumpSandboxCommandIsAClientCommand() {
        List<ScriptChunk> chunks = split(Dialect.MARIADB, "/*M!999999\\- enable the sandbox mode */ \n-- dump\nSELECT 1;");
        assertThat(chunks).extracting(ScriptChunk::text)
                .containsExactly("/*M!999999\\- enable the sandbox mode */", "SELECT 1");
        assertThat(chunks.get(0).clientCommand()).isTrue();
    }

    @Test
    void delimiterCommandChangesTheTerminatorForStoredPrograms() {
        String script = """
                DELIMITER $$
                CREATE PROCEDURE p()
                BEGIN
                  SELECT 1; SELECT ';$$';
                END$$
                DELIMITER ;
                CALL p();
                """;
        List<ScriptChunk> chunks = split(script);
        assertThat(chunks).extracting(ScriptChunk::text).containsExactly(
                "DELIMITER $$",
                "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1; SELECT ';$$';\nEND",
                "DELIMITER ;",
                "CALL p()");
        assertThat(chunks).extracting(ScriptChunk::clientCommand).containsExactly(true, false, true, false);
        assertThat(chunks.get(1).delimiter()).isEqualTo("$$");
        assertThat(chunks.get(1).start()).isEqualTo(new SourcePosition(2, 1));
        assertThat(chunks.get(1).end()).isEqualTo(new SourcePosition(5, 3));
    }

    @Test
    void multiCharacterDelimitersOfAnyKind() {
        assertThat(texts("delimiter //\nSELECT 1//\nSELECT 2 //\ndelimiter ;;\nSELECT 3;;\nDELIMITER ;\nSELECT 4;"))
                .containsExactly("delimiter //", "SELECT 1", "SELECT 2", "delimiter ;;", "SELECT 3", "DELIMITER ;",
                        "SELECT 4");
    }

    @Test
    void backslashGEndsAStatement() {
        List<ScriptChunk> chunks = split("SELECT 1\\G\nSELECT 2\\g SELECT 3;");
        assertThat(chunks).extracting(ScriptChunk::text).containsExactly("SELECT 1", "SELECT 2", "SELECT 3");
        assertThat(chunks.get(0).delimiter()).isEqualTo("\\G");
    }

    @Test
    void clientCommandsAreRecognised() {
        List<ScriptChunk> chunks = split("source other.sql\n\\. more.sql\nUSE shop\nSET NAMES utf8mb4;\nSELECT 1;");
        assertThat(chunks).extracting(ScriptChunk::text)
                .containsExactly("source other.sql", "\\. more.sql", "USE shop", "SET NAMES utf8mb4", "SELECT 1");
        assertThat(chunks).extracting(ScriptChunk::clientCommand).containsExactly(true, true, false, false, false);
    }

    @Test
    void useWithTerminatorEndsThere() {
        assertThat(texts("USE shop; SELECT 1;")).containsExactly("USE shop", "SELECT 1");
    }

    @Test
    void crlfLineEndingsAndPositions() {
        List<ScriptChunk> chunks = split("SELECT 1;\r\nSELECT\r\n  2;\r\n");
        assertThat(chunks).extracting(ScriptChunk::text).containsExactly("SELECT 1", "SELECT\r\n  2");
        assertThat(chunks.get(1).start()).isEqualTo(new SourcePosition(2, 1));
        assertThat(chunks.get(1).end()).isEqualTo(new SourcePosition(3, 3));
    }

    @Test
    void byteOrderMarkIsSkipped() {
        List<ScriptChunk> chunks = split("\uFEFFSELECT 1;");
        assertThat(chunks).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("SELECT 1");
            assertThat(c.start()).isEqualTo(new SourcePosition(1, 1));
        });
    }

    @Test
    void scriptsWithoutStatementsYieldNothing() {
        assertThat(split("")).isEmpty();
        assertThat(split("-- only a comment\n/* and a block */\n# and a hash\n\n")).isEmpty();
    }

    @Test
    void trailingCommentAfterTheLastStatementIsNotPartOfIt() {
        assertThat(texts("SELECT 1\n-- end of script\n")).containsExactly("SELECT 1");
    }

    @Test
    void delimiterInsideCommentsAndStringsAfterADelimiterChange() {
        assertThat(texts("DELIMITER //\nSELECT '//' /* // */ -- //\n, 2//\nDELIMITER ;"))
                .containsExactly("DELIMITER //", "SELECT '//' /* // */ -- //\n, 2", "DELIMITER ;");
    }

    @Test
    void quotedDelimiterArgument() {
        assertThat(texts("DELIMITER '$$'\nSELECT 1$$")).containsExactly("DELIMITER '$$'", "SELECT 1");
    }

    @Test
    void emptyStatementsAreSkippedAndIndexesCount() {
        List<ScriptChunk> chunks = split(";;SELECT 1;; ;SELECT 2;");
        assertThat(chunks).extracting(ScriptChunk::index).containsExactly(0, 1);
    }

    @Test
    void clearCommandDropsTheStatement() {
        assertThat(texts("SELECT oops \\c SELECT 2;")).containsExactly("SELECT 2");
    }

    @Test
    void optimizerHintIsKeptWithItsStatement() {
        assertThat(texts("SELECT /*+ BKA(t1); NO_ICP(t2) */ * FROM t1;"))
                .containsExactly("SELECT /*+ BKA(t1); NO_ICP(t2) */ * FROM t1");
    }

    @Test
    void unterminatedStringRunsToTheEndOfTheScript() {
        assertThat(texts("SELECT 'abc;\nSELECT 2;")).containsExactly("SELECT 'abc;\nSELECT 2;");
    }

    @Test
    void latin1InputIsReportedWithItsLine() {
        byte[] latin1 = "SELECT 1;\nSELECT 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1);
        InputStreamReader reader = new InputStreamReader(new ByteArrayInputStream(latin1),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT));
        Iterator<ScriptChunk> chunks = ScriptSplitter.forDialect(Dialect.MYSQL).split(reader);
        assertThatThrownBy(() -> chunks.forEachRemaining(c -> { }))
                .isInstanceOf(ScriptReadException.class)
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("Latin-1");
    }

    @Test
    void strictUtf8ReaderNamesTheLineOfTheBadByte() {
        StringBuilder script = new StringBuilder();
        for (int i = 1; i < 40; i++) {
            script.append("SELECT ").append(i).append(";\n");
        }
        script.append("SELECT 'caf\u00e9';\n");
        byte[] latin1 = script.toString().getBytes(StandardCharsets.ISO_8859_1);
        List<ScriptChunk> good = new ArrayList<>();
        Iterator<ScriptChunk> chunks = ScriptSplitter.forDialect(Dialect.MYSQL)
                .split(new Utf8ScriptReader(new ByteArrayInputStream(latin1)));
        assertThatThrownBy(() -> chunks.forEachRemaining(good::add))
                .isInstanceOfSatisfying(ScriptReadException.class, e -> assertThat(e.line()).isEqualTo(40));
        assertThat(good).hasSize(39);
    }

    @Test
    void strictUtf8ReaderDecodesMultiByteCharacters() {
        byte[] utf8 = "SELECT '\u00e9\u4e2d\uD83D\uDE00';".getBytes(StandardCharsets.UTF_8);
        List<ScriptChunk> chunks = new ArrayList<>();
        ScriptSplitter.forDialect(Dialect.MYSQL).split(new Utf8ScriptReader(new ByteArrayInputStream(utf8)))
                .forEachRemaining(chunks::add);
        assertThat(chunks).extracting(ScriptChunk::text).containsExactly("SELECT '\u00e9\u4e2d\uD83D\uDE00'");
    }

    @Test
    void streamsLongScriptsAcrossBufferBoundaries() {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            script.append("INSERT INTO t VALUES (").append(i).append(", 'x;y');\n");
        }
        List<ScriptChunk> chunks = split(script.toString());
        assertThat(chunks).hasSize(5000);
        assertThat(chunks.get(4999).text()).isEqualTo("INSERT INTO t VALUES (4999, 'x;y')");
        assertThat(chunks.get(4999).start().line()).isEqualTo(5000);
    }
}
