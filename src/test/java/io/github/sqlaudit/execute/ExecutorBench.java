package io.github.sqlaudit.execute;

import io.github.sqlaudit.Sha256;
import static io.github.sqlaudit.execute.ExecutorFixtures.connect;
import static io.github.sqlaudit.execute.ExecutorFixtures.execute;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.sqlaudit.cli.EmbeddedMariaDb;

/**
 * Bench command (not a test): N single-row UPDATE statements through the executor with its ledger,
 * against the same statements sent as raw JDBC batches (Statement.addBatch / executeBatch, one commit per
 * batch), on the same embedded MariaDB, same connection settings, same batch size, alternating rounds.
 * Prints statements per second for both and their ratio. See docs/benchmarks.md.
 *
 * <p>Arguments: {@code [statements=100000] [batchSize=100] [rounds=3]}.
 */
public final class ExecutorBench {

    private ExecutorBench() {
    }

    public static void main(String[] args) throws Exception {
        int statements = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<String> sql = new ArrayList<>(statements);
        for (int id = 1; id <= statements; id++) {
            sql.add("UPDATE bench_rows SET amount = amount + 1 WHERE id = " + id);
        }
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start("bench");
                Connection connection = connect(server.jdbcUrl())) {
            execute(connection, "CREATE TABLE bench_rows (id INT PRIMARY KEY, amount BIGINT NOT NULL)",
                    "INSERT INTO bench_rows SELECT seq, 0 FROM seq_1_to_" + statements);
            // Warm-up: one short round of each, so both run on a warm buffer pool and JIT.
            raw(server, sql.subList(0, Math.min(5000, statements)), batchSize);
            executor(server, sql.subList(0, Math.min(5000, statements)), batchSize, "warmup");
            List<Double> rawRates = new ArrayList<>();
            List<Double> executorRates = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                // Alternate which goes first, so a change in machine load does not favour one side.
                if (round % 2 == 1) {
                    rawRates.add(raw(server, sql, batchSize));
                    executorRates.add(executor(server, sql, batchSize, "round-" + round));
                } else {
                    executorRates.add(executor(server, sql, batchSize, "round-" + round));
                    rawRates.add(raw(server, sql, batchSize));
                }
                System.out.printf(Locale.ROOT, "round %d: raw JDBC %.0f stmt/s, executor %.0f stmt/s (%.1f %%)%n", round,
                        rawRates.get(round - 1), executorRates.get(round - 1),
                        100 * executorRates.get(round - 1) / rawRates.get(round - 1));
            }
            // Within a round both sides saw the same machine: the median of the per-round ratios is the figure.
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                ratios.add(100 * executorRates.get(i) / rawRates.get(i));
            }
            System.out.printf(Locale.ROOT, "%d statements, batch %d, %d rounds: raw JDBC median %.0f stmt/s,"
                    + " executor (ledger on) median %.0f stmt/s; median per-round ratio %.1f %%%n", statements,
                    batchSize, rounds, median(rawRates), median(executorRates), median(ratios));
        }
    }

    static double raw(EmbeddedMariaDb server, List<String> sql, int batchSize) throws SQLException {
        try (Connection connection = connect(server.jdbcUrl())) {
            connection.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                for (int i = 0; i < sql.size(); i++) {
                    statement.addBatch(sql.get(i));
                    if ((i + 1) % batchSize == 0 || i == sql.size() - 1) {
                        statement.executeBatch();
                        connection.commit();
                    }
                }
            }
            return sql.size() / ((System.nanoTime() - t0) / 1e9);
        }
    }

    static double executor(EmbeddedMariaDb server, List<String> sql, int batchSize, String name) throws SQLException {
        List<ExecutableStatement> statements = new ArrayList<>(sql.size());
        for (int i = 0; i < sql.size(); i++) {
            statements.add(ExecutableStatement.data(i, i + 1, sql.get(i)));
        }
        // A distinct script identity per round, so every round runs every statement.
        ApprovedScript script = new ApprovedScript(name, Sha256.of(name + sql.size()));
        try (Connection connection = connect(server.jdbcUrl())) {
            long t0 = System.nanoTime();
            ExecutionResult result = new ScriptExecutor(new ExecutionLedger(), Clock.systemUTC()).execute(connection,
                    script, statements::iterator, ExecutionOptions.defaults("bench").withBatchSize(batchSize),
                    ExecutionListener.NONE, () -> false);
            double rate = sql.size() / ((System.nanoTime() - t0) / 1e9);
            if (result.executed() != sql.size()) {
                throw new IllegalStateException("executor ran " + result.executed() + " of " + sql.size());
            }
            return rate;
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
