package io.github.sqlaudit.execute;

import static io.github.sqlaudit.execute.ExecutorFixtures.queryLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

import io.github.sqlaudit.Sha256;
import io.github.sqlaudit.sql.Dialect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executor on an Oracle target — scripted, NOT a live Oracle (none exists here): {@link ScriptedOracle}
 * runs the plain SQL and the ledger on H2 in Oracle mode and answers DBMS_LOCK, PL/SQL and Oracle errors as
 * Oracle's documentation describes them. What is checked: the SQL the executor sends, and its decisions.
 */
class OracleScriptExecutorTest {

    @TempDir
    Path dir;
    ScriptedOracle oracle;
    final ScriptExecutor executor = new ScriptExecutor(new ExecutionLedger(), Clock.systemUTC());
    final ExecutionOptions options = ExecutionOptions.defaults("alice").withBatchSize(2);

    @BeforeEach
    void target() throws SQLException {
        oracle = new ScriptedOracle();
        try (Statement setup = oracle.h2.createStatement()) {
            setup.execute("CREATE TABLE accounts (id NUMBER(10) PRIMARY KEY, owner VARCHAR2(20) NOT NULL,"
                    + " balance NUMBER(10) NOT NULL)");
            setup.execute("INSERT INTO accounts VALUES (1, 'ann', 100)");
            setup.execute("INSERT INTO accounts VALUES (2, 'bob', 50)");
        }
        oracle.answer("ALTER SESSION .*", ScriptedOracle.Answer.ok());
    }

    @AfterEach
    void close() throws SQLException {
        oracle.close();
    }

    record Script(Path file, ApprovedScript approved) {
    }

    Script script(String text) throws IOException {
        Path file = dir.resolve("change.sql");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new Script(file, new ApprovedScript("change.sql", Sha256.of(Files.newInputStream(file))));
    }

    ExecutionResult run(Script script, ExecutionOptions opts) throws SQLException {
        return executor.execute(oracle.connection(), script.approved(), ExecutableStatements.of(script.file(),
                Dialect.ORACLE), opts, ExecutionListener.NONE, () -> false);
    }

    List<ExecutionLedger.Entry> ledger(Script script) throws SQLException {
        return new ExecutionLedger(ExecutionLedger.DEFAULT_TABLE, TargetEngine.ORACLE).entries(oracle.h2,
                script.approved().sha256());
    }

    static final String TRANSFER = """
            SET ECHO ON
            SET DEFINE OFF
            PROMPT Moving 10 from ann to bob (R&D budget)
            ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY-MM-DD';
            CREATE TABLE transfers (id NUMBER(10) PRIMARY KEY, note VARCHAR2(50));
            UPDATE accounts SET balance = balance - 10 WHERE id = 1;
            UPDATE accounts SET balance = balance + 10 WHERE id = 2;
            INSERT INTO transfers VALUES (1, 'ann to bob, R&D');
            BEGIN
              log_transfer(1);
            END;
            /
            EXEC refresh_totals
            MERGE INTO accounts a USING (SELECT 3 AS id FROM dual) s ON (a.id = s.id)
              WHEN NOT MATCHED THEN INSERT (id, owner, balance) VALUES (3, 'cid', 0);
            EXIT
            """;

    @Test
    void runsAnOracleScriptOnceSendingOnlySqlWithoutTerminatorsAndKeepingTheBlocksEnd() throws Exception {
        oracle.answer("BEGIN\\s+log_transfer\\(1\\);\\s+END;", ScriptedOracle.Answer.ok())
                .answer("BEGIN refresh_totals; END;", ScriptedOracle.Answer.ok());
        Script script = script(TRANSFER);

        ExecutionResult result = run(script, options);

        assertThat(result.status()).isEqualTo(ExecutionResult.Status.COMPLETED);
        assertThat(result.total()).isEqualTo(7); // DDL, 3 row changes, 2 blocks, MERGE; not SET/PROMPT/ALTER SESSION/EXIT
        assertThat(result.executed()).isEqualTo(7);
        assertThat(queryLong(oracle.h2, "SELECT balance FROM accounts WHERE id = 1")).isEqualTo(90);
        assertThat(queryLong(oracle.h2, "SELECT balance FROM accounts WHERE id = 2")).isEqualTo(60);
        assertThat(queryLong(oracle.h2, "SELECT COUNT(*) FROM accounts WHERE id = 3")).isEqualTo(1);
        assertThat(oracle.sent).contains(
                "ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY-MM-DD'",
                "UPDATE accounts SET balance = balance - 10 WHERE id = 1",
                "INSERT INTO transfers VALUES (1, 'ann to bob, R&D')",
                "BEGIN\n  log_transfer(1);\nEND;",
                "BEGIN refresh_totals; END;");
        assertThat(oracle.sent).noneMatch(sql -> sql.startsWith("SET ") || sql.startsWith("PROMPT")
                || sql.startsWith("EXIT") || sql.endsWith("/") || sql.startsWith("UPDATE") && sql.endsWith(";"));
        assertThat(oracle.escapeProcessingOff).isTrue();
        // One DBMS_LOCK request for the script, released at the end.
        assertThat(oracle.lockRequests).containsExactly("sqlaudit:" + script.approved().sha256().substring(0, 48));
        assertThat(oracle.lockReleases).containsExactly("handle:" + oracle.lockRequests.get(0));
        assertThat(ledger(script)).extracting(ExecutionLedger.Entry::status).containsOnly("DONE").hasSize(7);
        assertThat(ledger(script)).extracting(ExecutionLedger.Entry::startLine)
                .containsExactly(5, 6, 7, 8, 9, 13, 14);

        // Again: nothing runs twice; ALTER SESSION runs again (a new session needs it).
        ExecutionResult again = run(script, options);
        assertThat(again.status()).isEqualTo(ExecutionResult.Status.COMPLETED);
        assertThat(again.executed()).isZero();
        assertThat(again.skipped()).isEqualTo(7);
        assertThat(oracle.count("UPDATE accounts")).isEqualTo(2);
        assertThat(oracle.count("BEGIN refresh_totals")).isEqualTo(1);
        assertThat(oracle.count("ALTER SESSION")).isEqualTo(2);
        assertThat(queryLong(oracle.h2, "SELECT balance FROM accounts WHERE id = 1")).isEqualTo(90);
    }

    @Test
    void theLedgerStaysInTheSessionUsersSchemaWhenTheScriptChangesTheCurrentSchema() throws Exception {
        try (Statement setup = oracle.h2.createStatement()) {
            setup.execute("CREATE SCHEMA APP");
            setup.execute("CREATE TABLE APP.accounts (id NUMBER(10) PRIMARY KEY, balance NUMBER(10))");
            setup.execute("INSERT INTO APP.accounts VALUES (1, 5)");
        }
        // What ALTER SESSION SET CURRENT_SCHEMA does on Oracle, done on H2: unqualified names now mean APP's.
        oracle.answer("ALTER SESSION SET CURRENT_SCHEMA = app", ScriptedOracle.Answer.asH2("SET SCHEMA APP"));
        Script script = script("""
                ALTER SESSION SET CURRENT_SCHEMA = app;
                UPDATE accounts SET balance = 6 WHERE id = 1;
                """);

        ExecutionResult result = run(script, options);

        assertThat(result.status()).isEqualTo(ExecutionResult.Status.COMPLETED);
        assertThat(queryLong(oracle.h2, "SELECT balance FROM APP.accounts WHERE id = 1")).isEqualTo(6);
        assertThat(queryLong(oracle.h2, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'APP'"
                + " AND TABLE_NAME LIKE 'SQLAUDIT%'")).isZero();
        try (Statement back = oracle.h2.createStatement()) {
            back.execute("SET SCHEMA PUBLIC");
        }
        assertThat(ledger(script)).extracting(e -> e.statementIndex() + ":" + e.status()).containsExactly("1:DONE");
    }

    @Test
    void aProcedureCreatedWithCompilationErrorsFailsWithTheErrorsFromAllErrors() throws Exception {
        // ojdbc reports ORA-24344 (success with compilation error) as a warning, code 17110; the unit exists, INVALID.
        oracle.answer("CREATE PROCEDURE pay_interest.*", ScriptedOracle.Answer.warns(
                new SQLWarning("Warning: execution completed with warning", "99999", 17110)));
        oracle.compilationError("PUBLIC", "PAY_INTEREST", "PROCEDURE", 3, 5,
                "PLS-00201: identifier 'INTEREST_RATE' must be declared");
        oracle.compilationError("PUBLIC", "PAY_INTEREST", "PROCEDURE", 3, 5, "PL/SQL: Statement ignored");
        Script script = script("""
                UPDATE accounts SET balance = balance + 1 WHERE id = 1;
                CREATE PROCEDURE pay_interest AS
                BEGIN
                  UPDATE accounts SET balance = balance * (1 + interest_rate);
                END;
                /
                UPDATE accounts SET balance = balance + 1 WHERE id = 2;
                """);

        ExecutionResult result = run(script, options);

        assertThat(result.status()).isEqualTo(ExecutionResult.Status.FAILED);
        ExecutionResult.Failure failure = result.firstFailure().orElseThrow();
        assertThat(failure.startLine()).isEqualTo(2);
        assertThat(failure.errorCode()).isEqualTo(24344);
        assertThat(failure.message()).startsWith("ORA-24344: success with compilation error")
                .contains("PROCEDURE pay_interest", "INVALID",
                        "line 3, column 5: PLS-00201: identifier 'INTEREST_RATE' must be declared",
                        "line 3, column 5: PL/SQL: Statement ignored");
        assertThat(oracle.sent).anyMatch(sql -> sql.startsWith("SELECT LINE, POSITION, TEXT FROM ALL_ERRORS"));
        assertThat(oracle.count("UPDATE accounts SET balance = balance + 1 WHERE id = 2")).isZero();
        assertThat(ledger(script)).extracting(e -> e.statementIndex() + ":" + e.status())
                .containsExactly("0:DONE", "1:FAILED");
        assertThat(ledger(script).get(1).errorMessage()).contains("PLS-00201");
    }

    @Test
    void anOracleErrorIsRecordedWithItsOraCodeAndStopsTheRun() throws Exception {
        oracle.answer("UPDATE payroll .*", ScriptedOracle.Answer.fails(
                "ORA-00942: table or view does not exist", "42000", 942));
        Script script = script("""
                UPDATE accounts SET balance = 1 WHERE id = 1;
                UPDATE payroll SET amount = 0;
                UPDATE accounts SET balance = 2 WHERE id = 2;
                """);

        ExecutionResult result = run(script, options);

        assertThat(result.status()).isEqualTo(ExecutionResult.Status.FAILED);
        assertThat(result.firstFailure().orElseThrow()).satisfies(f -> {
            assertThat(f.startLine()).isEqualTo(2);
            assertThat(f.errorCode()).isEqualTo(942);
            assertThat(f.message()).isEqualTo("ORA-00942: table or view does not exist");
        });
        // The batch of two failed: re-run one per transaction, the first committed with its ledger row.
        assertThat(queryLong(oracle.h2, "SELECT balance FROM accounts WHERE id = 1")).isEqualTo(1);
        assertThat(queryLong(oracle.h2, "SELECT balance FROM accounts WHERE id = 2")).isEqualTo(50);
        assertThat(ledger(script)).extracting(e -> e.statementIndex() + ":" + e.status())
                .containsExactly("0:DONE", "1:FAILED");
        assertThat(ledger(script).get(1).errorMessage()).isEqualTo("ORA-00942: table or view does not exist");
    }

    @Test
    void aDriverMessageWithoutTheOraCodeGetsIt() throws Exception {
        oracle.answer("DELETE FROM accounts", ScriptedOracle.Answer.fails(
                "integrity constraint (SHOP.FK_ORDERS_ACCOUNT) violated - child record found", "23000", 2292));
        ExecutionResult result = run(script("DELETE FROM accounts;\n"), options);
        assertThat(result.firstFailure().orElseThrow().message())
                .isEqualTo("ORA-02292: integrity constraint (SHOP.FK_ORDERS_ACCOUNT) violated - child record found");
    }

    @Test
    void onResumeDdlThatRanBeforeTheCrashIsFoundInTheDictionaryAndNotRunAgain() throws Exception {
        Script script = script("""
                CREATE TABLE transfers (id NUMBER(10) PRIMARY KEY);
                CREATE INDEX ix_accounts_owner ON accounts (owner);
                UPDATE accounts SET balance = 0 WHERE id = 1;
                """);
        // An earlier run: the table was created (DDL commits) and the process died before its DONE row.
        ExecutionLedger ledger = new ExecutionLedger(ExecutionLedger.DEFAULT_TABLE, TargetEngine.ORACLE);
        ledger.ensureTable(oracle.h2);
        oracle.h2.setAutoCommit(false);
        int scriptId = ledger.scriptId(oracle.h2, script.approved());
        List<ExecutableStatement> statements = new java.util.ArrayList<>();
        ExecutableStatements.of(script.file(), Dialect.ORACLE).get().forEachRemaining(statements::add);
        ledger.markStarted(oracle.h2, scriptId, statements.get(0), "alice", java.time.Instant.now());
        try (Statement ddl = oracle.h2.createStatement()) {
            ddl.execute("CREATE TABLE transfers (id NUMBER(10) PRIMARY KEY)");
        }
        oracle.h2.setAutoCommit(true);

        ExecutionResult result = run(script, options);

        assertThat(result.status()).isEqualTo(ExecutionResult.Status.COMPLETED);
        assertThat(oracle.count("CREATE TABLE transfers")).isZero(); // found in ALL_TABLES: recorded, not re-run
        assertThat(oracle.sent).anyMatch(sql -> sql.startsWith("SELECT 1 FROM ALL_TABLES WHERE OWNER ="
                + " SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA') AND TABLE_NAME IN (?, UPPER(?))"));
        assertThat(oracle.count("CREATE INDEX ix_accounts_owner")).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.executed()).isEqualTo(2);
        assertThat(ledger(script)).extracting(e -> e.statementIndex() + ":" + e.status())
                .containsExactly("0:DONE", "1:DONE", "2:DONE");
    }

    @Test
    void onResumeDdlThatDidNotRunBeforeTheCrashRunsNow() throws Exception {
        Script script = script("CREATE TABLE transfers (id NUMBER(10) PRIMARY KEY);\n");
        ExecutionLedger ledger = new ExecutionLedger(ExecutionLedger.DEFAULT_TABLE, TargetEngine.ORACLE);
        ledger.ensureTable(oracle.h2);
        oracle.h2.setAutoCommit(false);
        int scriptId = ledger.scriptId(oracle.h2, script.approved());
        ExecutableStatement create = ExecutableStatements.of(script.file(), Dialect.ORACLE).get().next();
        ledger.markStarted(oracle.h2, scriptId, create, "alice", java.time.Instant.now());
        oracle.h2.setAutoCommit(true);

        ExecutionResult result = run(script, options);

        assertThat(result.executed()).isEqualTo(1);
        assertThat(oracle.count("CREATE TABLE transfers")).isEqualTo(1);
        assertThat(queryLong(oracle.h2, "SELECT COUNT(*) FROM USER_TABLES WHERE TABLE_NAME = 'TRANSFERS'")).isOne();
    }

    @Test
    void aFailedBlockRunsAgainOnResumeAndWhatCompletedBeforeItDoesNot() throws Exception {
        oracle.answer("BEGIN\\s+settle\\(\\);\\s+END;", ScriptedOracle.Answer.fails(
                "ORA-20001: settlement window closed\nORA-06512: at \"SHOP.SETTLE\", line 4", "72000", 20001));
        Script script = script("""
                UPDATE accounts SET balance = balance - 1 WHERE id = 1;
                BEGIN
                  settle();
                END;
                /
                UPDATE accounts SET balance = balance + 1 WHERE id = 2;
                """);

        ExecutionResult failed = run(script, options);
        assertThat(failed.status()).isEqualTo(ExecutionResult.Status.FAILED);
        assertThat(failed.firstFailure().orElseThrow().message()).startsWith("ORA-20001: settlement window closed");

        oracle.answer("BEGIN\\s+settle\\(\\);\\s+END;", ScriptedOracle.Answer.ok()); // the window opened
        ExecutionResult resumed = run(script, options);

        assertThat(resumed.status()).isEqualTo(ExecutionResult.Status.COMPLETED);
        assertThat(resumed.skipped()).isEqualTo(1);
        assertThat(resumed.executed()).isEqualTo(2);
        assertThat(oracle.count("UPDATE accounts SET balance = balance - 1")).isEqualTo(1);
        assertThat(oracle.count("BEGIN\n  settle();")).isEqualTo(2);
        assertThat(queryLong(oracle.h2, "SELECT balance FROM accounts WHERE id = 1")).isEqualTo(99);
        assertThat(queryLong(oracle.h2, "SELECT balance FROM accounts WHERE id = 2")).isEqualTo(51);
        assertThat(ledger(script)).extracting(e -> e.statementIndex() + ":" + e.status())
                .containsExactly("0:DONE", "1:DONE", "1:FAILED", "2:DONE");
    }

    @Test
    void aBlockThatCommitsRunsLikeDdlWithItsStartedRowCommittedFirst() throws Exception {
        oracle.answer("BEGIN\\s+UPDATE accounts SET balance = 0;\\s+COMMIT;\\s+END;", ScriptedOracle.Answer.ok());
        Script script = script("""
                BEGIN
                  UPDATE accounts SET balance = 0;
                  COMMIT;
                END;
                /
                """);

        run(script, options);

        int block = oracle.sent.indexOf("BEGIN\n  UPDATE accounts SET balance = 0;\n  COMMIT;\nEND;");
        assertThat(block).isPositive();
        List<String> before = oracle.sent.subList(0, block);
        assertThat(before.get(before.size() - 1)).isEqualTo("<commit>");
        assertThat(before).anyMatch(sql -> sql.startsWith("INSERT INTO \"PUBLIC\".sqlaudit_ledger (")
                && sql.contains("error_message"));
    }

    @Test
    void aBlockThatCommitsCannotRunInsideOneWholeScriptTransaction() throws Exception {
        Script script = script("UPDATE accounts SET balance = 0 WHERE id = 1;\nBEGIN\n  purge_old();\n  COMMIT;\nEND;\n/\n");
        assertThatThrownBy(() -> run(script, options.withTransactionMode(TransactionMode.WHOLE_SCRIPT)))
                .isInstanceOf(ExecutionRefusedException.class)
                .hasMessageContaining("line 2: BEGIN purge_old(); COMMIT; END; commits implicitly (DDL, or a PL/SQL"
                        + " block that commits or runs dynamic SQL)");
        assertThat(oracle.sent).isEmpty();
    }

    @Test
    void aScriptThatWouldRunAnotherFileIsRefusedBeforeAnythingIsSent() throws Exception {
        Script script = script("UPDATE accounts SET balance = 0 WHERE id = 1;\n@cleanup.sql\n");
        assertThatThrownBy(() -> run(script, options)).isInstanceOf(ExecutionRefusedException.class)
                .hasMessageContaining("change.sql: line 2: running another file (@cleanup.sql)");
        assertThat(oracle.sent).isEmpty();
        assertThat(oracle.lockRequests).isEmpty();
    }

    @Test
    void wheneverSqlerrorContinueIsRefusedWhenTheExecutionStopsOnErrors() throws Exception {
        Script script = script("WHENEVER SQLERROR CONTINUE\nUPDATE accounts SET balance = 0;\n");
        assertThatThrownBy(() -> run(script, options)).isInstanceOf(ExecutionRefusedException.class)
                .hasMessageContaining("line 1: the script says WHENEVER SQLERROR CONTINUE");
        assertThat(oracle.sent).isEmpty();

        ExecutionResult goesOn = run(script, options.withStopOnError(false));
        assertThat(goesOn.status()).isEqualTo(ExecutionResult.Status.COMPLETED);
    }

    @Test
    void wheneverSqlerrorExitStopsEvenWhenTheExecutionWouldGoOn() throws Exception {
        oracle.answer("UPDATE payroll .*", ScriptedOracle.Answer.fails("ORA-00942: table or view does not exist",
                "42000", 942));
        Script script = script("""
                UPDATE payroll SET amount = 0;
                WHENEVER SQLERROR EXIT FAILURE
                UPDATE payroll SET amount = 1;
                UPDATE accounts SET balance = 0 WHERE id = 1;
                """);

        ExecutionResult result = run(script, options.withStopOnError(false).withBatchSize(1));

        assertThat(result.status()).isEqualTo(ExecutionResult.Status.FAILED);
        assertThat(result.failures()).extracting(ExecutionResult.Failure::startLine).containsExactly(1, 3);
        assertThat(oracle.count("UPDATE accounts")).isZero();
    }

    @Test
    void aSecondRunWhileTheLockIsHeldIsRefused() throws Exception {
        oracle.lockOutcome = 1; // DBMS_LOCK.REQUEST: timeout, another session holds it
        Script script = script("UPDATE accounts SET balance = 0 WHERE id = 1;\n");
        assertThatThrownBy(() -> run(script, options)).isInstanceOf(ExecutionRefusedException.class)
                .hasMessageContaining("is already being executed");
        assertThat(oracle.count("UPDATE accounts")).isZero();
    }

    @Test
    void withoutTheGrantOnDbmsLockTheRunIsRefusedWithTheGrantToAskFor() throws Exception {
        // What Oracle answers when the package is not visible to the user (PL/SQL cannot resolve the name).
        oracle.lockError = new SQLException("ORA-06550: line 1, column 47:\nPLS-00201: identifier 'DBMS_LOCK' must be"
                + " declared\nORA-06550: line 1, column 47:\nPL/SQL: Statement ignored", "65000", 6550);
        Script script = script("UPDATE accounts SET balance = 0 WHERE id = 1;\n");
        assertThatThrownBy(() -> run(script, options)).isInstanceOf(ExecutionRefusedException.class)
                .hasMessageContaining("GRANT EXECUTE ON SYS.DBMS_LOCK TO <user>")
                .hasMessageContaining("Nothing of the script has run")
                .hasMessageContaining("PLS-00201: identifier 'DBMS_LOCK' must be declared");
        assertThat(oracle.count("UPDATE accounts")).isZero();
    }

    @Test
    void aLedgerTableCreatedByAnotherNodeInTheMeantimeCountsAsCreated() throws Exception {
        // USER_TABLES did not list it yet, then CREATE TABLE meets the other node's table: ORA-00955.
        ExecutionLedger ledger = new ExecutionLedger(ExecutionLedger.DEFAULT_TABLE, TargetEngine.ORACLE);
        ledger.ensureTable(oracle.h2);
        try (Statement dictionary = oracle.h2.createStatement()) {
            dictionary.execute("CREATE OR REPLACE VIEW USER_TABLES AS SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE 1 = 0");
        }
        oracle.answer("CREATE TABLE \"PUBLIC\"\\.sqlaudit_ledger.*", ScriptedOracle.Answer.fails(
                "ORA-00955: name is already used by an existing object", "42000", 955));

        ExecutionResult result = run(script("UPDATE accounts SET balance = 0 WHERE id = 1;\n"), options);

        assertThat(result.status()).isEqualTo(ExecutionResult.Status.COMPLETED);
        assertThat(oracle.count("CREATE TABLE \"PUBLIC\".sqlaudit_ledger")).isEqualTo(2);
    }

    @Test
    void aFailingBlockInWholeScriptModeRollsBackEverythingOfTheRun() throws Exception {
        oracle.answer("BEGIN\\s+settle\\(\\);\\s+END;", ScriptedOracle.Answer.fails(
                "ORA-06550: line 2, column 3:\nPLS-00201: identifier 'SETTLE' must be declared", "65000", 6550));
        Script script = script("""
                UPDATE accounts SET balance = 0 WHERE id = 1;
                BEGIN
                  settle();
                END;
                /
                """);

        ExecutionResult result = run(script, options.withTransactionMode(TransactionMode.WHOLE_SCRIPT));

        assertThat(result.status()).isEqualTo(ExecutionResult.Status.FAILED);
        assertThat(result.executed()).isZero();
        assertThat(queryLong(oracle.h2, "SELECT balance FROM accounts WHERE id = 1")).isEqualTo(100);
        assertThat(ledger(script)).extracting(ExecutionLedger.Entry::status).containsExactly("FAILED");
    }
}
