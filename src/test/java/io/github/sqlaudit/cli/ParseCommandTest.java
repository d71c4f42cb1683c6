package io.github.sqlaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class ParseCommandTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, List<String> out, String err) {
    }

    private Run run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = SqlAuditCommand.run(args);
            return new Run(code, Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\\R")),
                    err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    private Path script(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void jsonlRecordPerStatementAndClosingLine() throws IOException {
        Path file = script("change.sql", """
                CREATE TABLE t (id INT PRIMARY KEY);
                DELIMITER //
                CREATE PROCEDURE p() BEGIN SELECT 1; END//
                DELIMITER ;
                SELECT a, FROM t;
                WITH c AS (SELECT 1 AS x) SELECT x, RANK() OVER (ORDER BY x) FROM c;
                """);
        Run run = run("parse", "--dialect", "mysql", "--format", "jsonl", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).hasSize(7);
        List<JsonObject> records = run.out().subList(0, 6).stream()
                .map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
        assertThat(records).allSatisfy(r -> {
            assertThat(r.get("file").getAsString()).isEqualTo(file.toString());
            assertThat(r.has("line")).isTrue();
            assertThat(r.has("kind")).isTrue();
            assertThat(r.has("ok")).isTrue();
            assertThat(r.has("error")).isTrue();
        });
        assertThat(records).extracting(r -> r.get("kind").getAsString()).containsExactly(
                "CREATE_TABLE", "CLIENT_COMMAND", "CREATE_PROCEDURE", "CLIENT_COMMAND", "SELECT", "SELECT");
        assertThat(records).extracting(r -> r.get("line").getAsInt()).containsExactly(1, 2, 3, 4, 5, 6);
        JsonObject failed = records.get(4);
        assertThat(failed.get("ok").getAsBoolean()).isFalse();
        assertThat(failed.get("error").getAsString()).startsWith("5:11: unexpected 'FROM'");
        assertThat(records.get(0).get("error").isJsonNull()).isTrue();
        assertThat(run.out().get(6)).isEqualTo("5 passed, 1 failed");
    }

    @Test
    void allParsedExitsZero() throws IOException {
        Path a = script("a.sql", "SELECT 1;\nINSERT INTO t VALUES (1);\n");
        Path b = script("b.sql", "CREATE SEQUENCE s;\n");
        Run run = run("parse", "--dialect", "mariadb", a.toString(), b.toString());
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).containsExactly(
                a + ":1: SELECT ok",
                a + ":2: INSERT ok",
                b + ":1: CREATE_SEQUENCE ok",
                "3 passed, 0 failed");
    }

    @Test
    void textFormatShowsErrorPositions() throws IOException {
        Path file = script("bad.sql", "SELECT 1;\nCREATE SEQUENCE s;\n");
        Run run = run("parse", "--dialect", "mysql", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().get(1)).startsWith(file + ":2:");
        assertThat(run.out().get(1)).contains("MariaDB syntax");
        assertThat(run.out().get(2)).isEqualTo("1 passed, 1 failed");
    }

    @Test
    void latin1FileIsReportedWithItsLine() throws IOException {
        Path file = dir.resolve("latin1.sql");
        Files.write(file, "SELECT 1;\nSELECT 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1));
        Run run = run("parse", "--dialect", "mysql", "--format", "jsonl", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        JsonObject error = JsonParser.parseString(run.out().get(run.out().size() - 2)).getAsJsonObject();
        assertThat(error.get("ok").getAsBoolean()).isFalse();
        assertThat(error.get("error").getAsString()).contains("not valid UTF-8").contains("line 2");
        assertThat(run.out().get(run.out().size() - 1)).endsWith("1 failed");
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        Path file = script("x.sql", "SELECT 1;");
        assertThat(run("parse", "--dialect", "postgres", file.toString()).exitCode()).isEqualTo(2);
        assertThat(run("parse", "--dialect", "db2", file.toString()).exitCode()).isEqualTo(2);
        assertThat(run("parse", "--dialect", "mysql").exitCode()).isEqualTo(2);
        assertThat(run("parse", file.toString()).exitCode()).isEqualTo(2);
        assertThat(run("parse", "--dialect", "mysql", "--format", "xml", file.toString()).exitCode()).isEqualTo(2);
        Run missing = run("parse", "--dialect", "mysql", dir.resolve("nope.sql").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file").contains("nope.sql");
    }
}
