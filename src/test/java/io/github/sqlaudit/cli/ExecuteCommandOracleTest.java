package io.github.sqlaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.sqlaudit.Sha256;
import io.github.sqlaudit.sql.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sqlaudit execute} with Oracle targets: the dialect from the URL, and an Oracle JDBC URL accepted. */
class ExecuteCommandOracleTest {

    @TempDir
    Path dir;

    @Test
    void theScriptsDialectComesFromTheTargetUrl() {
        assertThat(ExecuteCommand.scriptDialect("jdbc:oracle:thin:@//db.example:1521/ORCLPDB1", null))
                .isEqualTo(Dialect.ORACLE);
        assertThat(ExecuteCommand.scriptDialect("jdbc:mysql://db.example/shop", null)).isEqualTo(Dialect.MYSQL);
        assertThat(ExecuteCommand.scriptDialect("jdbc:mariadb://db.example/shop", null)).isEqualTo(Dialect.MARIADB);
        assertThat(ExecuteCommand.scriptDialect("embedded", null)).isEqualTo(Dialect.MARIADB);
        assertThat(ExecuteCommand.scriptDialect("jdbc:mysql://db.example/shop", "mariadb")).isEqualTo(Dialect.MARIADB);
        assertThatThrownBy(() -> ExecuteCommand.scriptDialect("jdbc:mysql://db.example/shop", "oracle"))
                .hasMessageContaining("--dialect oracle does not fit the target jdbc:mysql://db.example/shop");
        assertThatThrownBy(() -> ExecuteCommand.scriptDialect("jdbc:oracle:thin:@//h:1521/s", "mysql"))
                .hasMessageContaining("an Oracle target runs Oracle scripts");
    }

    @Test
    void aScriptThatCannotRunIsRefusedBeforeAnyConnectionWithFileAndLine() throws IOException {
        Path file = dir.resolve("release.sql");
        Files.writeString(file, "UPDATE accounts SET balance = 0 WHERE id = 1;\n@cleanup.sql\n");
        StringWriter err = new StringWriter();
        CommandLine commandLine = SqlAuditCommand.newCommandLine();
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));

        int exit = commandLine.execute("execute", "--target", "jdbc:oracle:thin:@//192.0.2.1:1521/NOWHERE",
                "--sha256", Sha256.of(Files.newInputStream(file)), file.toString());

        assertThat(exit).isEqualTo(SqlAuditCommand.EXIT_FINDINGS);
        assertThat(err.toString()).contains(file + ": not executed: " + file
                + ": line 2: running another file (@cleanup.sql) is not allowed").doesNotContain("target:");
    }

    @Test
    void anOracleTargetIsConnectedToWithTheOracleDriver() throws IOException {
        Path file = dir.resolve("change.sql");
        Files.writeString(file, "UPDATE accounts SET balance = 0 WHERE id = 1;\n");
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort(); // closed again: nothing listens there
        }
        StringWriter err = new StringWriter();
        CommandLine commandLine = SqlAuditCommand.newCommandLine();
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(new StringWriter(), true));

        int exit = commandLine.execute("execute", "--target", "jdbc:oracle:thin:@//127.0.0.1:" + freePort + "/NONE",
                "--user", "app", "--sha256", Sha256.of(Files.newInputStream(file)), file.toString());

        // Not "unsupported target": ojdbc was asked, and the connection error is reported as one (exit 2).
        assertThat(exit).isEqualTo(SqlAuditCommand.EXIT_USAGE);
        assertThat(err.toString()).startsWith("target: ").contains("ORA-").doesNotContain("unsupported target");
    }
}
