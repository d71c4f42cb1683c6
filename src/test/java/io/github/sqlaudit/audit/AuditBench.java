package io.github.sqlaudit.audit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.sqlaudit.cli.DemoSchema;
import io.github.sqlaudit.cli.EmbeddedMariaDb;
import io.github.sqlaudit.plan.JdbcReviewTarget;
import io.github.sqlaudit.rules.ResolvedRules;
import io.github.sqlaudit.rules.RuleEngine;
import io.github.sqlaudit.rules.Waivers;
import io.github.sqlaudit.rules.catalog.BuiltInRules;
import io.github.sqlaudit.sql.Dialect;

/**
 * Bench command (not a test): audit latency of a 50-statement script against the embedded MariaDB with the
 * demo shop (p50, p99, and the database's share), of a 10,000-statement script with and without the
 * database. See docs/benchmarks.md.
 *
 * <p>Arguments: {@code [runs50=200] [runs10k=3]}.
 */
public final class AuditBench {

    private AuditBench() {
    }

    /** A realistic mix over the demo shop: keyed fixes, scans, joins, inserts, one of each kind in turn. */
    static String script(int statements) {
        List<String> mix = List.of(
                "UPDATE orders SET status = 'paid', updated_at = NOW() WHERE id = %d;",
                "DELETE FROM order_items WHERE id = %d;",
                "INSERT INTO payments (order_id, amount, method, paid_at) VALUES (%d, 10.00, 'card', NOW());",
                "UPDATE customers SET country = 'AT' WHERE email = 'customer%d@example.com';",
                "SELECT o.id, o.total FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.id = %d ORDER BY o.total;",
                "UPDATE orders SET total = total * 1.01 WHERE customer_id = %d AND status = 'open';",
                "DELETE FROM payments WHERE order_id = %d;",
                "UPDATE order_items SET quantity = quantity + 1 WHERE order_id = %d;");
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < statements; i++) {
            sql.append(String.format(Locale.ROOT, mix.get(i % mix.size()), 1 + (i * 37) % 20000)).append('\n');
        }
        return sql.toString();
    }

    public static void main(String[] args) throws Exception {
        int runs50 = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs10k = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        AuditService service = new AuditService(new RuleEngine(BuiltInRules.catalog()), Clock.systemUTC());
        byte[] small = script(50).getBytes(StandardCharsets.UTF_8);
        byte[] large = script(10_000).getBytes(StandardCharsets.UTF_8);

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start("shop")) {
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), "root", "")) {
                DemoSchema.load(connection);
            }
            try (JdbcReviewTarget target = new JdbcReviewTarget(db.jdbcUrl(), "root", "", Duration.ofSeconds(10))) {
                for (int i = 0; i < 30; i++) {
                    audit(service, small, target); // warm-up: JIT, pool, buffer pool
                }
                List<Long> totals = new ArrayList<>();
                List<Long> database = new ArrayList<>();
                for (int i = 0; i < runs50; i++) {
                    AuditReport report = audit(service, small, target);
                    totals.add(report.duration().toNanos());
                    database.add(report.databaseTime().toNanos());
                }
                System.out.printf(Locale.ROOT, "50 statements, %d runs: p50 %.1f ms, p99 %.1f ms; database p50 %.1f ms,"
                                + " ours p50 %.1f ms%n", runs50, ms(percentile(totals, 50)), ms(percentile(totals, 99)),
                        ms(percentile(database, 50)), ms(percentile(totals, 50)) - ms(percentile(database, 50)));

                List<Long> largeTotals = new ArrayList<>();
                List<Long> largeDatabase = new ArrayList<>();
                for (int i = 0; i < runs10k; i++) {
                    AuditReport report = audit(service, large, target);
                    largeTotals.add(report.duration().toNanos());
                    largeDatabase.add(report.databaseTime().toNanos());
                }
                System.out.printf(Locale.ROOT, "10,000 statements with the database, %d runs: median %.0f ms"
                                + " (database %.0f ms)%n", runs10k, ms(percentile(largeTotals, 50)),
                        ms(percentile(largeDatabase, 50)));
            }
        }
        for (int i = 0; i < 3; i++) {
            audit(service, large, null);
        }
        List<Long> offline = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            offline.add(audit(service, large, null).duration().toNanos());
        }
        System.out.printf(Locale.ROOT, "10,000 statements, parse + rules without a database, 5 runs: median %.0f ms,"
                + " max %.0f ms%n", ms(percentile(offline, 50)), ms(percentile(offline, 100)));
    }

    static AuditReport audit(AuditService service, byte[] script, JdbcReviewTarget target) {
        return service.audit(List.of(new ScriptInput("bench.sql", Dialect.MARIADB, () -> new ByteArrayInputStream(script))),
                Optional.ofNullable(target), "default", ResolvedRules.defaults(), Waivers.none());
    }

    static long percentile(List<Long> values, int percentile) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Long::compare);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
