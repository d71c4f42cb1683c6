package io.github.sqlaudit.jira.workflow;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.opensymphony.workflow.InvalidInputException;

import io.github.sqlaudit.jira.JiraTestHost;
import io.github.sqlaudit.jira.TestTargets;
import io.github.sqlaudit.plan.ReviewConnectionException;

/**
 * Bench command (not a test): the validator's own overhead, without a database, for one 50-statement
 * script. Timed: {@link SqlAuditValidator#validate} from the call to its return on the in-memory host of
 * the tests (Mockito-made Jira objects, reports stored in Active Objects tables over in-memory H2): read
 * the attachment through {@code streamAttachmentContent}, check its encoding, resolve the target in the
 * CMDB, parse, apply the default template's rules, store the header and 50 statement rows, build the
 * comment. The target refuses at once (the settings audit without plans), so no database time is in it.
 * See docs/benchmarks.md.
 *
 * <p>Arguments: {@code [warmups=30] [runs=200]}.
 */
public final class ValidatorOverheadBench {

    private ValidatorOverheadBench() {
    }

    static String script() {
        StringBuilder sql = new StringBuilder("-- 50 statements, as a release script mixes them\n");
        for (int i = 0; i < 10; i++) {
            sql.append("UPDATE orders SET status = 'cancelled', updated_at = NOW() WHERE id = ").append(4700 + i).append(";\n");
            sql.append("INSERT INTO payments (order_id, amount, paid_at) VALUES (").append(4700 + i).append(", 19.90, NOW());\n");
            sql.append("SELECT o.id, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = ")
                    .append(4700 + i).append(";\n");
            sql.append("DELETE FROM order_items WHERE id = ").append(900 + i).append(";\n");
            sql.append("SELECT country, COUNT(*) FROM customers WHERE country = 'DE' GROUP BY country;\n");
        }
        return sql.toString();
    }

    public static void main(String[] args) throws Exception {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        try (JiraTestHost host = new JiraTestHost("bench-validator")) {
            host.cmdb(TestTargets.shop(TestTargets.DOWN), TestTargets.secrets());
            host.reviewTargets((url, user, password) -> {
                throw new ReviewConnectionException("bench: no database");
            });
            host.attach("release.sql", script().getBytes(StandardCharsets.UTF_8));
            Map<String, String> settings = new LinkedHashMap<>(ValidatorSettings.defaults().toArgs());
            settings.put(ValidatorSettings.ON_UNREACHABLE, "AUDIT_WITHOUT_PLAN");
            SqlAuditValidator validator = host.validator();
            Map<String, Object> vars = host.transientVars();
            for (int i = 0; i < warmups; i++) {
                validate(validator, vars, settings);
            }
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                validate(validator, vars, settings);
                nanos[i] = System.nanoTime() - t0;
            }
            // For comparison: the core audit alone (parse and rules, nothing of Jira, nothing stored).
            io.github.sqlaudit.audit.AuditService core = new io.github.sqlaudit.audit.AuditService(
                    new io.github.sqlaudit.rules.RuleEngine(io.github.sqlaudit.rules.catalog.BuiltInRules.catalog()), host.clock);
            byte[] bytes = script().getBytes(StandardCharsets.UTF_8);
            java.util.List<io.github.sqlaudit.audit.ScriptInput> inputs = java.util.List.of(new io.github.sqlaudit.audit.ScriptInput(
                    "release.sql", io.github.sqlaudit.sql.Dialect.MARIADB, () -> new java.io.ByteArrayInputStream(bytes)));
            long[] coreNanos = new long[runs];
            for (int i = 0; i < warmups + runs; i++) {
                long t0 = System.nanoTime();
                core.audit(inputs, java.util.Optional.empty(), "default", io.github.sqlaudit.rules.ResolvedRules.defaults(),
                        io.github.sqlaudit.rules.Waivers.none());
                if (i >= warmups) {
                    coreNanos[i - warmups] = System.nanoTime() - t0;
                }
            }
            Arrays.sort(coreNanos);
            Arrays.sort(nanos);
            int statements = host.reports.latest(JiraTestHost.ISSUE_ID).orElseThrow().statementCount();
            System.out.printf(Locale.ROOT, "validator overhead, %d statements, %d runs after %d warm-ups:"
                            + " median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms%n", statements, runs, warmups,
                    ms(nanos[runs / 2]), ms(nanos[(int) (runs * 0.9)]), ms(nanos[0]), ms(nanos[runs - 1]));
            System.out.printf(Locale.ROOT, "core audit alone (AuditService, no database, nothing stored):"
                            + " median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms%n",
                    ms(coreNanos[runs / 2]), ms(coreNanos[(int) (runs * 0.9)]), ms(coreNanos[0]), ms(coreNanos[runs - 1]));
        }
    }

    private static void validate(SqlAuditValidator validator, Map<String, Object> vars, Map<String, String> settings) {
        try {
            validator.validate(vars, settings, null);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the bench script must pass: " + e.getGenericErrors(), e);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
