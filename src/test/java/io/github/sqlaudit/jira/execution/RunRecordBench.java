package io.github.sqlaudit.jira.execution;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.sqlaudit.Sha256;
import io.github.sqlaudit.cli.EmbeddedMariaDb;
import io.github.sqlaudit.execute.ApprovedScript;
import io.github.sqlaudit.execute.ExecutableStatement;
import io.github.sqlaudit.execute.ExecutionLedger;
import io.github.sqlaudit.execute.ExecutionListener;
import io.github.sqlaudit.execute.ExecutionOptions;
import io.github.sqlaudit.execute.ExecutionResult;
import io.github.sqlaudit.execute.ScriptExecutor;
import io.github.sqlaudit.jira.store.AoTestDatabase;
import io.github.sqlaudit.jira.store.ExecRun;
import io.github.sqlaudit.jira.store.ExecRunRepository;
import io.github.sqlaudit.jira.store.ExecRunState;

/**
 * Bench command (not a test): what keeping the run row up to date costs the executor. N single-row UPDATE
 * statements through {@link ScriptExecutor} on an embedded MariaDB, (a) with no listener and no stop check,
 * (b) with the post-function's {@link RunRecorder} writing progress to an {@code ExecRun} row and reading the
 * stop request (Active Objects on an in-memory H2 standing for Jira's database). Rounds alternate which goes
 * first; the figure is the median of the per-round ratios. See docs/benchmarks.md.
 *
 * <p>Arguments: {@code [statements=50000] [batchSize=100] [rounds=4]}.
 */
public final class RunRecordBench {

    private RunRecordBench() {
    }

    public static void main(String[] args) throws Exception {
        int statements = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        List<ExecutableStatement> sql = new ArrayList<>(statements);
        for (int id = 1; id <= statements; id++) {
            sql.add(ExecutableStatement.data(id - 1, id, "UPDATE bench_rows SET amount = amount + 1 WHERE id = " + id));
        }
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start("bench");
                AoTestDatabase jira = AoTestDatabase.h2("run-record-bench")) {
            jira.activeObjects.migrate(ExecRun.class);
            ExecRunRepository runs = new ExecRunRepository(jira.activeObjects, Clock.systemUTC());
            try (Connection c = connect(server); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bench_rows (id INT PRIMARY KEY, amount BIGINT NOT NULL)");
                s.execute("INSERT INTO bench_rows SELECT seq, 0 FROM seq_1_to_" + statements);
            }
            run(server, runs, sql.subList(0, Math.min(5000, statements)), batchSize, "warmup-plain", false);
            run(server, runs, sql.subList(0, Math.min(5000, statements)), batchSize, "warmup-recorded", true);
            List<Double> plain = new ArrayList<>();
            List<Double> recorded = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                if (round % 2 == 1) {
                    plain.add(run(server, runs, sql, batchSize, "plain-" + round, false));
                    recorded.add(run(server, runs, sql, batchSize, "recorded-" + round, true));
                } else {
                    recorded.add(run(server, runs, sql, batchSize, "recorded-" + round, true));
                    plain.add(run(server, runs, sql, batchSize, "plain-" + round, false));
                }
                ratios.add(100 * recorded.get(round - 1) / plain.get(round - 1));
                System.out.printf(Locale.ROOT, "round %d: executor alone %.0f stmt/s, with the run row %.0f stmt/s (%.1f %%)%n",
                        round, plain.get(round - 1), recorded.get(round - 1), ratios.get(round - 1));
            }
            System.out.printf(Locale.ROOT, "%d statements, batch %d, %d rounds: executor alone median %.0f stmt/s, with the"
                    + " run row median %.0f stmt/s; median per-round ratio %.1f %%%n", statements, batchSize, rounds,
                    median(plain), median(recorded), median(ratios));
        }
    }

    static double run(EmbeddedMariaDb server, ExecRunRepository runs, List<ExecutableStatement> sql, int batchSize,
            String name, boolean recorded) throws SQLException {
        ApprovedScript script = new ApprovedScript(name, Sha256.of(name + sql.size()));
        int runId = runs.create(new ExecRunRepository.NewRun(1L, "BENCH-1", name, 1L, script.sha256(), true, "bench",
                "bench", "bench", "{}"), ExecRunState.RUNNING).id();
        try (Connection connection = connect(server); RunRecorder recorder = new RunRecorder(runs, runId, 1L, Clock.systemUTC())) {
            long t0 = System.nanoTime();
            ExecutionResult result = new ScriptExecutor(new ExecutionLedger(), Clock.systemUTC()).execute(connection,
                    script, sql::iterator, ExecutionOptions.defaults("bench").withBatchSize(batchSize),
                    recorded ? recorder : ExecutionListener.NONE, recorded ? recorder : () -> false);
            if (recorded) {
                recorder.flush(result.executed(), result.total(), result.rowsAffected());
            }
            double rate = sql.size() / ((System.nanoTime() - t0) / 1e9);
            if (result.executed() != sql.size()) {
                throw new IllegalStateException("executor ran " + result.executed() + " of " + sql.size());
            }
            runs.finish(runId, ExecRunState.COMPLETED, "");
            return rate;
        }
    }

    static Connection connect(EmbeddedMariaDb server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
