package io.github.sqlaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.sqlaudit.cmdb.Cmdb;
import io.github.sqlaudit.cmdb.CmdbJson;
import io.github.sqlaudit.cmdb.CmdbKeys;
import io.github.sqlaudit.cmdb.CmdbSamples;

import picocli.CommandLine;

class CmdbCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = SqlAuditCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void aCompleteFilePassesWithExitZero(@TempDir Path dir) throws Exception {
        Cmdb cmdb = CmdbSamples.generated(2);
        String json = CmdbJson.write(cmdb).replace("\"username\": \"deployer\"", "\"username\": \"deployer\", \"password\": \"x\"")
                .replace("\"username\": \"reviewer\"", "\"username\": \"reviewer\", \"password\": \"y\"");
        Path file = Files.writeString(dir.resolve("cmdb.json"), json);

        assertThat(run("cmdb", "validate", file.toString())).isZero();
        assertThat(out.toString()).contains(file + ": 2 data service(s), " + cmdb.size() + " record(s), 0 errors, 0 finding(s).");
    }

    @Test
    void findingsGiveExitOneAndSayWhatIsMissing(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("estate.json"), CmdbJson.write(CmdbSamples.estate()));

        assertThat(run("cmdb", "validate", file.toString())).isEqualTo(1);
        assertThat(out.toString())
                .contains("INCOMPLETE data service 'orders-test': cannot execute: data service 'orders-test' has no execute connection")
                .contains("INCOMPLETE data service 'orders-prod': cannot execute: credential 'orders-deployer' of connection "
                        + "'orders-prod-rw' has no password stored");
    }

    @Test
    void recordErrorsNameFileAndLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\n \"hosts\": [\n  {\"name\": \"h\", \"sshPort\": 0}\n ]\n}\n");

        assertThat(run("cmdb", "validate", file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("ERROR " + file + ":3: hosts[0] 'h': host 'h' SSH port 0 is not between 1 and 65535")
                .contains("1 record error(s); Jira would import nothing from this file.");
    }

    @Test
    void aMissingFileIsAUsageError(@TempDir Path dir) {
        assertThat(run("cmdb", "validate", dir.resolve("none.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("none.json: cannot read the file");
    }

    @Test
    void keygenPrintsAnEntryTheKeyLoaderAccepts() {
        assertThat(run("cmdb", "keygen", "--id", "2026-11")).isZero();

        assertThat(CmdbKeys.parse(out.toString(), "output").keyIds()).containsExactly("2026-11");
    }
}
