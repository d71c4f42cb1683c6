package io.github.sqlaudit.execute;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an approved script on the execute connection, exactly once, resumably.
 *
 * <ul>
 *   <li>The script is read twice, streaming: a first pass refuses what cannot run safely before anything
 *       runs (explicit transaction control, WHOLE_SCRIPT with DDL) and counts the statements; the second
 *       pass executes.</li>
 *   <li>Row changes run in batches; each batch's ledger rows are written in the same transaction, so a
 *       crash loses or keeps the batch and its record together. The ledger's key refuses a second DONE
 *       row for a statement, so no statement takes effect twice.</li>
 *   <li>DDL commits implicitly: it runs alone, with a STARTED row committed before it and the DONE row
 *       right after. A STARTED row without DONE on resume means a crash fell in between: the statement's
 *       {@link DdlEffect} is checked in the catalog before anything is re-run.</li>
 *   <li>SET and USE run again on every run (a resumed session needs them) and are not recorded.</li>
 *   <li>A target-side lock ({@code GET_LOCK} on MySQL/MariaDB, {@code DBMS_LOCK} on Oracle; released by the
 *       server if this process dies) keeps a second run of the same script out, on any node or machine.</li>
 *   <li>Oracle: an anonymous PL/SQL block that does not commit runs alone with its ledger row in the same
 *       transaction; a PL/SQL unit created with compilation errors counts as FAILED, with the errors from
 *       ALL_ERRORS; SQL*Plus commands are decided before anything runs ({@link OracleScriptStatements}).</li>
 * </ul>
 * MySQL, MariaDB and Oracle targets, told by the connection ({@link ExecutionLedger#engine}).
 */
public final class ScriptExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(ScriptExecutor.class);
    /** ojdbc's "execution completed with warning" (ORA-17110), which it raises for ORA-24344. */
    static final int ORACLE_DRIVER_WARNING = 17110;

    private final ExecutionLedger ledger;
    private final Clock clock;

    public ScriptExecutor(ExecutionLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Executes the script.
     *
     * @param statements    re-readable source of the script's statements (read twice, streaming)
     * @param stopRequested checked after every batch; true ends the run (resumable) with STOPPED
     * @throws ExecutionRefusedException when the script cannot run as asked (nothing of it has run)
     * @throws SQLException              when the connection fails; the ledger tells what committed
     */
    public ExecutionResult execute(Connection connection, ApprovedScript script,
            Supplier<Iterator<ExecutableStatement>> statements, ExecutionOptions options,
            ExecutionListener listener, BooleanSupplier stopRequested) throws SQLException {
        int total = checkBeforeRunning(statements.get(), options);
        TargetEngine engine = ledger.engine(connection);
        connection.setAutoCommit(false);
        ledger.ensureTable(connection);
        String lockName = "sqlaudit:" + script.sha256().substring(0, 48);
        Optional<TargetEngine.ScriptLock> lock = engine.lock(connection, lockName);
        if (lock.isEmpty()) {
            throw new ExecutionRefusedException(script.name() + " is already being executed (lock " + lockName
                    + " is held by another session on the target)");
        }
        try {
            Run run = new Run(connection, engine, script, options, total, listener, clock.instant());
            return run.execute(statements.get(), stopRequested);
        } finally {
            connection.rollback();
            lock.get().release();
        }
    }

    /**
     * The first pass alone, without a connection: refuses what cannot run as asked (transaction control,
     * WHOLE_SCRIPT with DDL, SQL*Plus commands that cannot run, substitution variables ...) and counts the
     * statements the ledger will record. {@link #execute} does it again itself.
     *
     * @throws ExecutionRefusedException when the script cannot run as asked
     */
    public static int check(Supplier<Iterator<ExecutableStatement>> statements, ExecutionOptions options) {
        return checkBeforeRunning(statements.get(), options);
    }

    private static int checkBeforeRunning(Iterator<ExecutableStatement> statements, ExecutionOptions options) {
        int total = 0;
        while (statements.hasNext()) {
            ExecutableStatement statement = statements.next();
            if (statement.onError() == ExecutableStatement.OnError.CONTINUE && options.stopOnError()) {
                throw new ExecutionRefusedException("line " + statement.startLine() + ": the script says WHENEVER"
                        + " SQLERROR CONTINUE (go on past failures), but this execution is set to stop at the first"
                        + " failing statement. Remove the directive and have the script reviewed again, or run it"
                        + " with continue-on-error.");
            }
            switch (statement.effect()) {
                case TRANSACTION_CONTROL -> throw new ExecutionRefusedException("line " + statement.startLine()
                        + ": explicit transaction control (" + abbreviate(statement.text()) + ") is not allowed in an"
                        + " executed script: the executor commits per batch and records progress in the same"
                        + " transaction. Remove it and have the script reviewed again.");
                case SCHEMA -> {
                    if (options.transactionMode() == TransactionMode.WHOLE_SCRIPT) {
                        throw new ExecutionRefusedException("line " + statement.startLine() + ": "
                                + abbreviate(statement.text()) + " commits implicitly (DDL, or a PL/SQL block that"
                                + " commits or runs dynamic SQL), so the script cannot run as one transaction;"
                                + " choose PER_BATCH or PER_STATEMENT.");
                    }
                    total++;
                }
                case DATA, BLOCK -> total++;
                default -> { } // client commands and session settings are not counted: the ledger does not list them
            }
        }
        return total;
    }

    /** One execution: the state that changes while the script runs. */
    private final class Run {
        final Connection connection;
        final TargetEngine engine;
        final ApprovedScript script;
        final ExecutionOptions options;
        final int total;
        final ExecutionListener listener;
        final Instant started;
        final List<ExecutableStatement> batch = new ArrayList<>();
        final List<ExecutionResult.Failure> failures = new ArrayList<>();
        int scriptId;
        BitSet done;
        BitSet startedDdl;
        int executed;
        int skipped;
        long rows;
        boolean stop;

        Run(Connection connection, TargetEngine engine, ApprovedScript script, ExecutionOptions options, int total,
                ExecutionListener listener, Instant started) {
            this.connection = connection;
            this.engine = engine;
            this.script = script;
            this.options = options;
            this.total = total;
            this.listener = listener;
            this.started = started;
        }

        ExecutionResult execute(Iterator<ExecutableStatement> statements, BooleanSupplier stopRequested)
                throws SQLException {
            scriptId = ledger.scriptId(connection, script);
            done = ledger.withStatus(connection, scriptId, ExecutionLedger.DONE);
            startedDdl = ledger.withStatus(connection, scriptId, ExecutionLedger.STARTED);
            while (statements.hasNext() && !stop) {
                ExecutableStatement statement = statements.next();
                switch (statement.effect()) {
                    case CLIENT -> {
                        if (engine == TargetEngine.ORACLE) { // SQL*Plus shows them; the log says they were skipped
                            LOG.info("{}: SQL*Plus command, not SQL: skipped: {}", statement.describe(),
                                    abbreviate(statement.text()));
                        }
                    }
                    case SESSION -> {
                        flush();
                        runSessionStatement(statement);
                    }
                    case DATA -> {
                        if (done.get(statement.index())) {
                            skipped++;
                        } else {
                            batch.add(statement);
                            if (batch.size() >= options.batchSize()) {
                                flush();
                            }
                        }
                    }
                    case SCHEMA -> {
                        flush();
                        if (done.get(statement.index())) {
                            skipped++;
                        } else if (!stop) {
                            runSchemaStatement(statement);
                        }
                    }
                    case BLOCK -> runBlock(statement);
                    case TRANSACTION_CONTROL -> throw new IllegalStateException("refused before running");
                }
                boolean betweenTransactions = batch.isEmpty() && options.transactionMode() != TransactionMode.WHOLE_SCRIPT;
                if (!stop && betweenTransactions && statements.hasNext() && stopRequested.getAsBoolean()) {
                    return result(ExecutionResult.Status.STOPPED);
                }
            }
            flush();
            if (options.transactionMode() == TransactionMode.WHOLE_SCRIPT && failures.isEmpty()) {
                connection.commit();
            }
            if (!failures.isEmpty()) {
                return result(stop ? ExecutionResult.Status.FAILED : ExecutionResult.Status.COMPLETED_WITH_FAILURES);
            }
            return result(ExecutionResult.Status.COMPLETED);
        }

        ExecutionResult result(ExecutionResult.Status status) {
            return new ExecutionResult(status, total, executed, skipped, rows, failures,
                    Duration.between(started, clock.instant()));
        }

        /** Runs the pending batch and records it in the same transaction. */
        void flush() throws SQLException {
            if (batch.isEmpty() || stop) {
                batch.clear();
                return;
            }
            List<ExecutionLedger.Done> completed = new ArrayList<>(batch.size());
            try (Statement statement = createStatement()) {
                // One JDBC batch, as a hand-written loader would send it; the per-statement duration in the
                // ledger is the batch's time shared evenly.
                for (ExecutableStatement item : batch) {
                    statement.addBatch(item.text());
                }
                long t0 = System.nanoTime();
                long[] counts = statement.executeLargeBatch();
                long share = (System.nanoTime() - t0) / 1_000_000 / batch.size();
                for (int i = 0; i < batch.size(); i++) {
                    completed.add(new ExecutionLedger.Done(batch.get(i), Math.max(0, counts[i]), share));
                }
                ledger.recordDone(connection, scriptId, completed, options.executedBy(), clock.instant());
                if (options.transactionMode() != TransactionMode.WHOLE_SCRIPT) {
                    connection.commit();
                }
            } catch (SQLException e) {
                connection.rollback();
                if (options.transactionMode() == TransactionMode.WHOLE_SCRIPT) {
                    // Everything so far is rolled back: nothing of this run remains. Record the failure, stop.
                    ExecutableStatement failing = batch.get(failedIndex(e, batch.size()));
                    executed = 0;
                    rows = 0;
                    fail(failing, e);
                    stop = true;
                    batch.clear();
                    return;
                }
                // Find the failing statement: run the batch again one statement per transaction.
                List<ExecutableStatement> retry = List.copyOf(batch);
                batch.clear();
                for (ExecutableStatement item : retry) {
                    if (stop) {
                        break;
                    }
                    runAlone(item);
                }
                return;
            }
            for (ExecutionLedger.Done row : completed) {
                executed++;
                rows += row.rowsAffected();
            }
            batch.clear();
            afterCommit();
        }

        /** An anonymous PL/SQL block that does not commit: its own transaction, with its DONE row. */
        void runBlock(ExecutableStatement item) throws SQLException {
            flush();
            if (stop) {
                return;
            }
            if (done.get(item.index())) {
                skipped++;
                return;
            }
            if (options.transactionMode() == TransactionMode.WHOLE_SCRIPT) {
                try {
                    executeAndRecord(item);
                } catch (SQLException e) {
                    connection.rollback(); // everything of this run so far, as with a failing batch
                    executed = 0;
                    rows = 0;
                    fail(item, e);
                    stop = true;
                }
                return;
            }
            runAlone(item);
            afterCommit();
        }

        void runAlone(ExecutableStatement item) throws SQLException {
            try {
                executeAndRecord(item);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                failed(item, e);
            }
        }

        /** Runs one statement and writes its DONE row, in the open transaction; the caller commits. */
        void executeAndRecord(ExecutableStatement item) throws SQLException {
            try (Statement statement = createStatement()) {
                long t0 = System.nanoTime();
                statement.execute(item.text());
                if (engine == TargetEngine.ORACLE) {
                    requireCompiled(item, statement);
                }
                // A PL/SQL block's update count says nothing about the rows its statements changed.
                long count = item.effect() == Effect.BLOCK ? 0 : Math.max(0, statement.getLargeUpdateCount());
                ledger.recordDone(connection, scriptId,
                        List.of(new ExecutionLedger.Done(item, count, (System.nanoTime() - t0) / 1_000_000)),
                        options.executedBy(), clock.instant());
                executed++;
                rows += count;
            }
        }

        /**
         * Oracle creates a PL/SQL unit (or view) that does not compile, INVALID, and only warns (ORA-24344, a
         * SQLWarning from the driver): the unit's errors in ALL_ERRORS make it a failure.
         */
        void requireCompiled(ExecutableStatement item, Statement statement) throws SQLException {
            SQLWarning compileWarning = null;
            for (SQLWarning w = statement.getWarnings(); w != null; w = w.getNextWarning()) {
                if (w.getErrorCode() == CompiledUnit.ORA_SUCCESS_WITH_COMPILATION_ERROR
                        || w.getErrorCode() == ORACLE_DRIVER_WARNING) {
                    compileWarning = w;
                }
            }
            if (item.compiledUnit().isPresent()) {
                CompiledUnit unit = item.compiledUnit().get();
                List<String> errors = unit.errors(connection);
                if (!errors.isEmpty()) {
                    throw unit.failure(errors);
                }
            }
            if (compileWarning != null) {
                throw new SQLException("ORA-24344: success with compilation error: " + compileWarning.getMessage()
                        + (item.compiledUnit().isPresent() ? " (no error listed in ALL_ERRORS for "
                                + item.compiledUnit().get().describe() + ")" : ""),
                        compileWarning.getSQLState(), CompiledUnit.ORA_SUCCESS_WITH_COMPILATION_ERROR);
            }
        }

        Statement createStatement() throws SQLException {
            Statement statement = connection.createStatement();
            if (engine == TargetEngine.ORACLE) {
                // The text goes to Oracle as reviewed: no JDBC escape processing of '{...}' in PL/SQL or strings.
                statement.setEscapeProcessing(false);
            }
            return statement;
        }

        void failed(ExecutableStatement item, SQLException e) throws SQLException {
            fail(item, e);
            if (stopsOnError(item)) {
                stop = true;
            }
        }

        boolean stopsOnError(ExecutableStatement item) {
            return switch (item.onError()) {
                case STOP -> true;
                case CONTINUE -> false;
                case AS_CONFIGURED -> options.stopOnError();
            };
        }

        void runSchemaStatement(ExecutableStatement item) throws SQLException {
            if (startedDdl.get(item.index())) {
                // A crash fell between this DDL and its ledger row: did it take effect?
                DdlEffect effect = item.ddlEffect().orElseThrow(() -> new ExecutionRefusedException(item.describe()
                        + " is DDL that an earlier run started but did not record, and its effect cannot be checked"
                        + " automatically. Check the target by hand, then mark it done or undo it before resuming."));
                if (effect.isApplied(connection, engine)) {
                    LOG.info("{} had taken effect before the interruption ({}): recording it", item.describe(),
                            effect.describe());
                    ledger.recordDone(connection, scriptId, List.of(new ExecutionLedger.Done(item, 0, 0)),
                            options.executedBy(), clock.instant());
                    ledger.clearStarted(connection, scriptId, item);
                    connection.commit();
                    skipped++;
                    return;
                }
            }
            ledger.markStarted(connection, scriptId, item, options.executedBy(), clock.instant());
            try {
                executeAndRecord(item);
                ledger.clearStarted(connection, scriptId, item);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                // DDL that failed did not take effect on MySQL/MariaDB (atomic DDL or refused up front) nor on
                // Oracle, except a PL/SQL unit with compilation errors: it stays, INVALID, and the fixed script
                // (reviewed again, so a new ledger entry) replaces it.
                ledger.clearStarted(connection, scriptId, item);
                connection.commit();
                failed(item, e);
            }
            afterCommit();
        }

        void runSessionStatement(ExecutableStatement item) throws SQLException {
            try (Statement statement = createStatement()) {
                statement.execute(item.text());
            } catch (SQLException e) {
                fail(item, e);
                stop = true; // the rest of the script depends on the session it sets up, whatever the options
            }
        }

        void fail(ExecutableStatement item, SQLException e) throws SQLException {
            String message = message(e);
            LOG.warn("{} failed: {}", item.describe(), message);
            failures.add(new ExecutionResult.Failure(item.index(), item.startLine(), e.getSQLState(), e.getErrorCode(),
                    message));
            ledger.recordFailure(connection, scriptId, item, message, options.executedBy(), clock.instant());
        }

        /** The database's words; on Oracle always with the ORA- code the DBA looks up. */
        String message(SQLException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().strip();
            if (engine == TargetEngine.ORACLE && e.getErrorCode() > 0 && !message.contains("ORA-")) {
                return String.format(java.util.Locale.ROOT, "ORA-%05d: %s", e.getErrorCode(), message);
            }
            return message;
        }

        void afterCommit() {
            listener.progress(executed + skipped, total, rows, Duration.between(started, clock.instant()));
            throttle();
        }

        void throttle() {
            long pause = options.pauseBetweenBatches().toMillis();
            if (options.maxRowsPerSecond() > 0) {
                long elapsed = Duration.between(started, clock.instant()).toMillis();
                long due = rows * 1000 / options.maxRowsPerSecond();
                pause = Math.max(pause, due - elapsed);
            }
            if (pause > 0) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop = true;
                }
            }
        }
    }

    /** The statement a JDBC batch failed on: the driver reports the counts of those before it. */
    private static int failedIndex(SQLException e, int batchSize) {
        if (e instanceof java.sql.BatchUpdateException batch && batch.getLargeUpdateCounts() != null) {
            long[] counts = batch.getLargeUpdateCounts();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == Statement.EXECUTE_FAILED) {
                    return i; // Connector/J goes on after a failure by default and marks it
                }
            }
            return Math.min(counts.length, batchSize - 1);
        }
        return batchSize - 1;
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
