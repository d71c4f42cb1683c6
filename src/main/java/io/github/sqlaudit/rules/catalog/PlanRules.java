package io.github.sqlaudit.rules.catalog;

import static io.github.sqlaudit.rules.RuleSpec.ALL_DIALECTS;
import static io.github.sqlaudit.rules.RuleValue.threshold;
import static io.github.sqlaudit.rules.catalog.Checks.limit;

import java.util.List;

import io.github.sqlaudit.rules.PlanFacts;
import io.github.sqlaudit.rules.RuleSpec;
import io.github.sqlaudit.rules.RuleValue;
import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.rules.StatementContext;
import io.github.sqlaudit.rules.StatementRule;
import io.github.sqlaudit.rules.TableFacts;

/** Execution plan: what EXPLAIN on the target says the statement will cost. All of them need the target. */
public final class PlanRules {

    private PlanRules() {
    }

    static List<StatementRule> all() {
        return List.of(
                plan(RuleSpec.code("PLN-001")
                        .name("Estimated rows over N")
                        .rationale("The optimizer expects to examine more rows than the limit: the statement will "
                                + "be slow and load the server. Add a selective predicate or an index.")
                        .value(threshold(100_000), "maximum estimated rows examined"),
                        (ctx, p, v) -> p.estimatedRows() > limit(v)
                                ? List.of("the plan examines about " + p.estimatedRows() + " rows (limit "
                                        + limit(v) + ")")
                                : List.of()),
                plan(RuleSpec.code("PLN-002")
                        .name("Full table scan on a table over N rows")
                        .rationale("Reading every row of a large table takes long and evicts useful pages from "
                                + "the buffer pool. Add an index the predicate can use.")
                        .value(threshold(10_000), "table rows from which a full scan is reported"),
                        (ctx, p, v) -> p.accesses().stream().filter(a -> a.fullScan())
                                .filter(a -> tableRows(ctx, a) > limit(v))
                                .map(a -> "full scan of " + a.table().qualifiedName() + " (" + tableRows(ctx, a)
                                        + " rows, limit " + limit(v) + ")")
                                .toList()),
                plan(RuleSpec.code("PLN-003")
                        .name("Filesort")
                        .rationale("The plan sorts rows outside an index, in memory or on disk. An index on the "
                                + "ORDER BY columns, after the equality columns, avoids the sort.")
                        .severity(Severity.INFO),
                        (ctx, p, v) -> p.filesort() ? List.of("the plan sorts with a filesort") : List.of()),
                plan(RuleSpec.code("PLN-004")
                        .name("Temporary table")
                        .rationale("The plan materialises an intermediate result in a temporary table, on disk "
                                + "when it is large. Index the GROUP BY or DISTINCT columns, or simplify the query.")
                        .severity(Severity.INFO),
                        (ctx, p, v) -> p.temporary() ? List.of("the plan uses a temporary table") : List.of()),
                plan(RuleSpec.code("PLN-005")
                        .name("No usable index")
                        .rationale("No index fits the predicates on this table, so the optimizer had none to "
                                + "consider. Add an index on the columns of the WHERE or join condition.")
                        .value(threshold(1_000), "rows below which a table needs no index"),
                        (ctx, p, v) -> p.accesses().stream()
                                .filter(a -> a.keyUsed().isEmpty() && a.possibleKeys().isEmpty())
                                .filter(a -> tableRows(ctx, a) > limit(v))
                                .map(a -> "no usable index on " + a.table().qualifiedName())
                                .toList()),
                plan(RuleSpec.code("PLN-006")
                        .name("Cost over N")
                        .rationale("The optimizer's cost estimate is above the limit set for change scripts. "
                                + "Review the plan with a DBA before running it.")
                        .value(threshold(100_000), "maximum optimizer cost"),
                        (ctx, p, v) -> p.cost().isPresent() && p.cost().getAsDouble() > limit(v)
                                ? List.of("the plan costs " + Math.round(p.cost().getAsDouble()) + " (limit "
                                        + limit(v) + ")")
                                : List.of()),
                plan(RuleSpec.code(EXACT_COUNT)
                        .name("Estimate far from the counted rows")
                        .rationale("Enabling this rule makes the audit count, with SELECT COUNT(*) over the same table"
                                + " and WHERE, the rows each single-table UPDATE or DELETE would change, and show the"
                                + " count beside the estimate. An estimate off by more than half means stale"
                                + " statistics: run ANALYZE TABLE on the target and weigh the counted number.")
                        .value(threshold(100_000), "count only when the estimate is at most this many rows")
                        .severity(Severity.INFO)
                        .disabledByDefault(),
                        (ctx, p, v) -> p.countedRows().isPresent()
                                && farApart(p.estimatedRows(), p.countedRows().getAsLong())
                                ? List.of("estimate " + p.estimatedRows() + " rows, counted "
                                        + p.countedRows().getAsLong())
                                : List.of()));
    }

    /** The rule whose setting switches exact counts on for a template; its value is the ceiling. */
    public static final String EXACT_COUNT = "PLN-007";

    /** Off by a factor of two or more, and by more than a handful of rows. */
    static boolean farApart(long estimate, long counted) {
        long low = Math.max(1, Math.min(estimate, counted));
        long high = Math.max(estimate, counted);
        return high >= 2 * low && high - low > 10;
    }

    /** A plan check: given the statement, its plan and the configured value. */
    @FunctionalInterface
    private interface PlanCheck {
        List<String> apply(StatementContext ctx, PlanFacts plan, RuleValue value);
    }

    private static StatementRule plan(RuleSpec.Builder spec, PlanCheck check) {
        return StatementRule.of(spec.dialects(ALL_DIALECTS).needsTarget().build(),
                (ctx, v) -> ctx.target().plan(ctx.statement()).map(p -> check.apply(ctx, p, v)).orElse(List.of()));
    }

    /** The table's row count from the target's table facts, else the plan's own estimate for the access. */
    private static long tableRows(StatementContext ctx, io.github.sqlaudit.rules.TableAccess access) {
        return ctx.table(access.table()).map(TableFacts::rows).orElse(access.rows());
    }

}
