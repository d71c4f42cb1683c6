package io.github.sqlaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sqlaudit audit} without a database (the embedded target is run by CliJarIT from the built jar). */
class AuditCommandTest {

    @TempDir
    Path dir;

    Path file(String name, String sql) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, sql, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aBlockingScriptExitsWith1AndSaysWhy() throws Exception {
        SqlAuditCommandTest.Result result = SqlAuditCommandTest.run("audit", "--dialect", "mysql",
                file("cleanup.sql", "DELETE FROM payments;").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("DML-001").contains("BLOCK").contains("target none");
    }

    @Test
    void aCleanScriptExitsWith0() throws Exception {
        SqlAuditCommandTest.Result result = SqlAuditCommandTest.run("audit", "--dialect", "mysql",
                file("fix.sql", "UPDATE orders SET status = 'paid' WHERE id = 7;").toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("=> PASS").contains("not evaluated:");
    }

    @Test
    void jsonAndHtmlGoToTheOutputFile() throws Exception {
        Path sql = file("fix.sql", "UPDATE orders SET status = 'paid' WHERE id = 7;");
        Path json = dir.resolve("report.json");
        Path html = dir.resolve("report.html");
        assertThat(SqlAuditCommandTest.run("audit", "--format", "json", "--output", json.toString(), sql.toString())
                .exitCode()).isZero();
        assertThat(Files.readString(json)).contains("\"schemaVersion\": 1").contains("\"verdict\": \"PASS\"");
        assertThat(SqlAuditCommandTest.run("audit", "--format", "html", "--output", html.toString(), sql.toString())
                .exitCode()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("aui-lozenge-success");
    }

    @Test
    void usageAndConnectionErrorsExitWith2() throws Exception {
        Path sql = file("fix.sql", "SELECT 1;");
        assertThat(SqlAuditCommandTest.run("audit", "--format", "pdf", sql.toString()).err())
                .contains("unsupported --format 'pdf'");
        assertThat(SqlAuditCommandTest.run("audit", "--format", "pdf", sql.toString()).exitCode()).isEqualTo(2);
        assertThat(SqlAuditCommandTest.run("audit", dir.resolve("missing.sql").toString()).exitCode()).isEqualTo(2);
        SqlAuditCommandTest.Result unreachable = SqlAuditCommandTest.run("audit", "--target",
                "jdbc:mysql://127.0.0.1:1/shop?connectTimeout=500", "--timeout", "1", sql.toString());
        assertThat(unreachable.exitCode()).isEqualTo(2);
        assertThat(unreachable.err()).contains("cannot connect to jdbc:mysql://127.0.0.1:1/shop");
        SqlAuditCommandTest.Result badTemplate = SqlAuditCommandTest.run("audit", "--template",
                file("t.json", "{\"schemaVersion\": 99}").toString(), sql.toString());
        assertThat(badTemplate.exitCode()).isEqualTo(2);
        assertThat(badTemplate.err()).contains("t.json");
    }
}
