package io.github.sqlaudit.execute;

import static io.github.sqlaudit.execute.ExecutorFixtures.connect;
import static io.github.sqlaudit.execute.ExecutorFixtures.execute;
import static io.github.sqlaudit.execute.ExecutorFixtures.queryLong;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import io.github.sqlaudit.cli.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;

/**
 * The promise that matters most: a crash never loses or doubles work. A child JVM runs a long script,
 * is killed with SIGKILL in the middle, and a new run resumes; every row-changing statement must have
 * taken effect exactly once.
 */
class KillAndResumeTest {

    static final int ROWS = 6000;
    static final ExecutionOptions OPTIONS = ExecutionOptions.defaults("kill-test").withBatchSize(25);

    /** A column added by DDL, then one increment per counter row, then a summary row. */
    static ExecutorFixtures.Script script(int rows) {
        ExecutorFixtures.Script script = new ExecutorFixtures.Script()
                .schema("ALTER TABLE counters ADD COLUMN touched INT NOT NULL DEFAULT 0",
                        new DdlEffect.ColumnExists(null, "counters", "touched"));
        for (int id = 1; id <= rows; id++) {
            script.data("UPDATE counters SET hits = hits + 1, touched = touched + " + id + " WHERE id = " + id);
        }
        return script.data("INSERT INTO summary (note) VALUES ('done')");
    }

    @Test
    void everyStatementTakesEffectExactlyOnceAcrossAKill() throws Exception {
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start("killtest");
                Connection connection = connect(server.jdbcUrl())) {
            execute(connection, "CREATE TABLE counters (id INT PRIMARY KEY, hits INT NOT NULL)",
                    "CREATE TABLE summary (id INT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(20))",
                    "INSERT INTO counters (id, hits) SELECT seq, 0 FROM seq_1_to_" + ROWS);

            Process child = startChild(server.jdbcUrl());
            long doneWhenKilled = waitForProgress(connection, child, ROWS / 5);
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no rollback by the client
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(doneWhenKilled).as("killed in the middle").isBetween((long) ROWS / 5, (long) ROWS - 100);
            long hitsAfterKill = queryLong(connection, "SELECT SUM(hits) FROM counters");
            assertThat(hitsAfterKill).as("work stopped half-way").isLessThan(ROWS);

            ExecutorFixtures.Script script = script(ROWS);
            ExecutionResult resumed;
            try (Connection execution = connect(server.jdbcUrl())) {
                resumed = new ScriptExecutor(new ExecutionLedger(), Clock.systemUTC()).execute(execution,
                        script.approved("long.sql"), script.source(), OPTIONS, ExecutionListener.NONE, () -> false);
            }

            assertThat(resumed.status()).isEqualTo(ExecutionResult.Status.COMPLETED);
            assertThat(resumed.skipped()).as("what the killed run committed").isGreaterThan(0);
            assertThat(resumed.skipped() + resumed.executed()).isEqualTo(ROWS + 2);
            // Row checksums: each row incremented once, and by its own id.
            assertThat(queryLong(connection, "SELECT COUNT(*) FROM counters WHERE hits <> 1")).isZero();
            assertThat(queryLong(connection, "SELECT COUNT(*) FROM counters WHERE touched <> id")).isZero();
            assertThat(queryLong(connection, "SELECT SUM(hits) FROM counters")).isEqualTo(ROWS);
            assertThat(queryLong(connection, "SELECT COUNT(*) FROM summary")).isEqualTo(1);
            assertThat(queryLong(connection, "SELECT COUNT(*) FROM sqlaudit_ledger WHERE status = 'DONE'"))
                    .isEqualTo(ROWS + 2);
            assertThat(queryLong(connection, "SELECT COUNT(*) FROM information_schema.COLUMNS"
                    + " WHERE TABLE_NAME = 'counters' AND COLUMN_NAME = 'touched'")).isEqualTo(1);
        }
    }

    static Process startChild(String url) throws Exception {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Path log = Files.createTempFile("executor-child", ".log");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                ExecutorChildProcess.class.getName(), url, String.valueOf(ROWS))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Polls the ledger until the child has committed at least {@code atLeast} statements. */
    static long waitForProgress(Connection connection, Process child, long atLeast) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as("child still running").isTrue();
            long done = 0;
            if (queryLong(connection, "SELECT COUNT(*) FROM information_schema.TABLES"
                    + " WHERE TABLE_NAME = 'sqlaudit_ledger'") == 1) {
                done = queryLong(connection, "SELECT COUNT(*) FROM sqlaudit_ledger WHERE status = 'DONE'");
            }
            if (done >= atLeast) {
                return done;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child made no progress in 120 s");
    }
}
