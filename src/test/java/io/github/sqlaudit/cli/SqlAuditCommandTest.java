package io.github.sqlaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import io.github.sqlaudit.ProductVersion;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SqlAuditCommandTest {

    record Result(int exitCode, String out, String err) {}

    static Result run(String... args) {
        CommandLine commandLine = SqlAuditCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    @Test
    void theVersionIsTheOneTheBuildStamped() {
        assertThat(ProductVersion.get()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        Result result = run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().trim()).isEqualTo("sqlaudit " + ProductVersion.get());
    }

    @Test
    void withoutASubcommandItShowsTheUsage() {
        Result result = run();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: sqlaudit");
    }

    @Test
    void usageErrorsExitWith2AndSayWhatWasWrong() {
        Result result = run("--frobnicate");
        assertThat(result.exitCode()).isEqualTo(SqlAuditCommand.EXIT_USAGE);
        assertThat(result.err()).contains("Unknown option: '--frobnicate'");
    }
}
