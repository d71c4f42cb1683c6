package io.github.sqlaudit.rules.catalog;

import static io.github.sqlaudit.rules.RuleSpec.ALL_DIALECTS;
import static io.github.sqlaudit.rules.RuleValue.threshold;
import static io.github.sqlaudit.rules.catalog.Checks.fire;
import static io.github.sqlaudit.rules.catalog.Checks.isAny;
import static io.github.sqlaudit.rules.catalog.Checks.limit;
import static io.github.sqlaudit.rules.catalog.Checks.pass;
import static io.github.sqlaudit.rules.catalog.Checks.subject;
import static io.github.sqlaudit.rules.catalog.Checks.when;
import static io.github.sqlaudit.sql.StatementKind.CALL;
import static io.github.sqlaudit.sql.StatementKind.DELETE;
import static io.github.sqlaudit.sql.StatementKind.INSERT;
import static io.github.sqlaudit.sql.StatementKind.LOAD_DATA;
import static io.github.sqlaudit.sql.StatementKind.REPLACE;
import static io.github.sqlaudit.sql.StatementKind.SELECT;
import static io.github.sqlaudit.sql.StatementKind.UPDATE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.sqlaudit.rules.PlanFacts;
import io.github.sqlaudit.rules.RuleSpec;
import io.github.sqlaudit.rules.RuleValue;
import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.rules.StatementContext;
import io.github.sqlaudit.rules.StatementRule;
import io.github.sqlaudit.rules.TableFacts;
import io.github.sqlaudit.sql.ColumnRef;
import io.github.sqlaudit.sql.DmlFacts;
import io.github.sqlaudit.sql.FunctionOnColumn;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.TableRef;

/** DML safety: statements that change or read more than the author meant, or do it slowly. */
final class DmlRules {

    private static final Pattern CALLED =
            Pattern.compile("(?i)^\\s*CALL\\s+([`\\w.$]+)");

    private DmlRules() {
    }

    static List<StatementRule> all() {
        return List.of(
                StatementRule.of(RuleSpec.code("DML-001")
                        .name("UPDATE or DELETE without WHERE")
                        .rationale("Without a WHERE clause the statement changes every row of the table. Add the "
                                + "WHERE that selects the intended rows; for a deliberate full-table change use "
                                + "TRUNCATE or state it in the ticket and ask a DBA for a waiver.")
                        .severity(Severity.ERROR).dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> dml(ctx, UPDATE, DELETE)
                                .filter(d -> !d.hasWhere())
                                .map(d -> fire(subject(ctx.statement()) + " has no WHERE clause and changes every row"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DML-002")
                        .name("UPDATE or DELETE with an always-true WHERE")
                        .rationale("A WHERE such as 1=1 or 'x OR 1' selects every row, exactly like no WHERE at "
                                + "all. Remove the always-true term and keep the condition that selects the rows.")
                        .severity(Severity.ERROR).dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> dml(ctx, UPDATE, DELETE)
                                .filter(d -> d.hasWhere() && d.whereAlwaysTrue())
                                .map(d -> fire(subject(ctx.statement()) + " has a WHERE clause that is always true"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DML-003")
                        .name("UPDATE or DELETE with LIMIT but no ORDER BY")
                        .rationale("LIMIT without ORDER BY picks whichever rows the server reads first, which "
                                + "differs between primary and replica and between runs. Add an ORDER BY on a "
                                + "unique key, or select the rows by key instead.")
                        .build(),
                        (ctx, v) -> dml(ctx, UPDATE, DELETE)
                                .filter(d -> d.hasLimit() && !d.hasOrderBy())
                                .map(d -> fire(subject(ctx.statement()) + " has LIMIT without ORDER BY: which rows "
                                        + "change is not determined"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DML-004")
                        .name("INSERT without a column list")
                        .rationale("An INSERT that relies on the table's column order breaks or writes into the "
                                + "wrong columns as soon as a column is added or reordered. Name the columns.")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> dml(ctx, INSERT, REPLACE)
                                .filter(d -> !d.insertColumnListPresent())
                                .map(d -> fire(subject(ctx.statement()) + " does not name its columns"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DML-005")
                        .name("INSERT ... SELECT *")
                        .rationale("Copying with SELECT * ties the insert to both tables' column order; a column "
                                + "added to either one silently shifts the data. Select the columns by name.")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> dml(ctx, INSERT, REPLACE)
                                .filter(DmlFacts::insertSelectStar)
                                .map(d -> fire(subject(ctx.statement()) + " copies rows with SELECT *"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DML-006")
                        .name("Multi-row INSERT over N rows")
                        .rationale("A very long VALUES list is one large transaction: it holds locks, grows the "
                                + "undo log and delays replicas. Split it into batches of at most N rows.")
                        .value(threshold(1000), "maximum rows in one INSERT")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> dml(ctx, INSERT, REPLACE)
                                .filter(d -> d.insertRowCount() > limit(v))
                                .map(d -> fire(subject(ctx.statement()) + " inserts " + d.insertRowCount()
                                        + " rows in one statement (limit " + limit(v) + ")"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DML-007")
                        .name("Estimated affected rows over N")
                        .rationale("The plan expects this statement to change a large number of rows in one "
                                + "transaction, with long locks and replica lag. Change the rows in batches by key "
                                + "range, or schedule the change with a DBA.")
                        .value(threshold(100_000), "maximum estimated rows changed")
                        .dialects(ALL_DIALECTS).needsTarget().build(),
                        (ctx, v) -> {
                            if (!isAny(ctx.statement(), UPDATE, DELETE, INSERT, REPLACE)) {
                                return pass();
                            }
                            Optional<PlanFacts> plan = ctx.target().plan(ctx.statement());
                            return plan.filter(p -> p.estimatedRows() > limit(v))
                                    .map(p -> fire(subject(ctx.statement()) + " is estimated to change "
                                            + p.estimatedRows() + " rows (limit " + limit(v) + ")"))
                                    .orElse(pass());
                        }),
                StatementRule.of(RuleSpec.code("DML-008")
                        .name("DML on a table without a primary key")
                        .rationale("Without a primary key every row change is replicated as a full table scan on "
                                + "row-based replicas and rows cannot be addressed reliably. Add a primary key to "
                                + "the table before changing its data.")
                        .needsTarget().build(),
                        (ctx, v) -> {
                            if (!isAny(ctx.statement(), UPDATE, DELETE, INSERT, REPLACE)) {
                                return pass();
                            }
                            return ctx.writtenTableFacts().stream().filter(t -> !t.hasPrimaryKey())
                                    .map(t -> ctx.statement().kind() + " on " + t.table().qualifiedName()
                                            + ", which has no primary key")
                                    .toList();
                        }),
                StatementRule.of(RuleSpec.code("DML-009")
                        .name("SELECT *")
                        .rationale("SELECT * reads every column, including large ones nobody uses, and changes "
                                + "meaning when columns are added. List the columns you need.")
                        .severity(Severity.INFO).dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> dml(ctx, SELECT)
                                .filter(DmlFacts::selectStar)
                                .map(d -> fire(subject(ctx.statement()) + " uses SELECT *"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DML-010")
                        .name("SELECT without WHERE or LIMIT on a large table")
                        .rationale("Reading a large table without WHERE or LIMIT returns every row, loads the "
                                + "server and the network, and rarely is what a change script needs. Add a WHERE or "
                                + "a LIMIT.")
                        .value(threshold(100_000), "table rows from which a table counts as large")
                        .dialects(ALL_DIALECTS).needsTarget().build(),
                        (ctx, v) -> dml(ctx, SELECT)
                                .filter(d -> !d.hasWhere() && !d.hasLimit())
                                .map(d -> ctx.statement().tablesRead().stream()
                                        .map(ctx::table).flatMap(Optional::stream)
                                        .filter(t -> t.rows() > limit(v))
                                        .map(t -> "SELECT reads all " + t.rows() + " rows of "
                                                + t.table().qualifiedName() + " (no WHERE, no LIMIT)")
                                        .toList())
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DML-011")
                        .name("Function applied to an indexed column in a predicate")
                        .rationale("Wrapping an indexed column in a function (DATE(created_at) = ...) stops the "
                                + "optimizer from using the index. Rewrite the predicate on the bare column, e.g. a "
                                + "range created_at >= ... AND created_at < ....")
                        .dialects(ALL_DIALECTS).needsTarget().build(),
                        DmlRules::functionsOnIndexedColumns),
                StatementRule.of(RuleSpec.code("DML-012")
                        .name("LIKE with a leading wildcard")
                        .rationale("A LIKE pattern that starts with % or _ cannot use an index and scans every "
                                + "row. Anchor the pattern at the start, or use a full-text index.")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> dml(ctx)
                                .map(d -> d.leadingWildcardLikes().stream()
                                        .map(c -> "LIKE on " + c.qualifiedName() + " starts with a wildcard")
                                        .toList())
                                .orElse(pass())),
                new ImplicitConversionRule(ImplicitConversionRule.Direction.STRING_COLUMN_NUMBER_LITERAL),
                new ImplicitConversionRule(ImplicitConversionRule.Direction.NUMBER_COLUMN_STRING_LITERAL),
                StatementRule.of(RuleSpec.code("DML-015")
                        .name("ORDER BY RAND()")
                        .rationale("ORDER BY RAND() computes a random value for every row and sorts them all. "
                                + "Pick random keys in the application, or sample by key range.")
                        .build(),
                        (ctx, v) -> dml(ctx)
                                .filter(DmlFacts::orderByRand)
                                .map(d -> fire(subject(ctx.statement()) + " sorts by RAND()"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DML-016")
                        .name("IN list over N items")
                        .rationale("A very long IN list makes the statement large and slow to optimize, and "
                                + "usually stands for data that belongs in a table. Load the keys into a temporary "
                                + "table and join, or split the statement.")
                        .value(threshold(1000), "maximum items in one IN list")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> dml(ctx)
                                .map(d -> d.inListSizes().stream().filter(n -> n > limit(v))
                                        .map(n -> "IN list with " + n + " items (limit " + limit(v) + ")")
                                        .toList())
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DML-017")
                        .name("Join without a join condition")
                        .rationale("A join without ON or USING (and a comma join without WHERE) pairs every row "
                                + "with every row: a Cartesian product. Add the join condition.")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> dml(ctx)
                                .map(d -> d.joins().stream().filter(j -> !j.hasCondition())
                                        .map(j -> j.type() + " join of "
                                                + j.table().map(TableRef::qualifiedName).orElse("a derived table")
                                                + " has no join condition")
                                        .toList())
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DML-018")
                        .name("More than N tables joined")
                        .rationale("Every additional table multiplies the join orders the optimizer must weigh "
                                + "and the ways the plan can go wrong. Split the statement or stage intermediate "
                                + "results.")
                        .value(threshold(5), "maximum tables in one FROM clause")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> dml(ctx)
                                .filter(d -> d.tablesJoined() > limit(v))
                                .map(d -> fire(d.tablesJoined() + " tables joined in one FROM clause (limit "
                                        + limit(v) + ")"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DML-019")
                        .name("UPDATE of a primary-key column")
                        .rationale("Changing a primary key rewrites the row in the clustered index, every "
                                + "secondary index and every referencing row. Insert a new row and retire the old "
                                + "one, or ask a DBA.")
                        .dialects(ALL_DIALECTS).needsTarget().build(),
                        DmlRules::primaryKeyUpdates),
                StatementRule.of(RuleSpec.code("DML-020")
                        .name("DML mixing tables from several schemas")
                        .rationale("A statement that spans schemas breaks when the schemas move to different "
                                + "servers and is filtered unpredictably by replication rules. Keep each statement "
                                + "within one schema.")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> {
                            if (ctx.dml().isEmpty()) {
                                return pass();
                            }
                            Set<String> schemas = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
                            ctx.statement().tablesWritten().forEach(t -> t.schema().ifPresent(schemas::add));
                            ctx.statement().tablesRead().forEach(t -> t.schema().ifPresent(schemas::add));
                            return when(schemas.size() > 1, subject(ctx.statement()) + " uses tables of schemas "
                                    + String.join(", ", schemas));
                        }),
                StatementRule.of(RuleSpec.code("DML-021")
                        .name("More than N subqueries")
                        .rationale("Deeply nested subqueries are hard to review and easy for the optimizer to "
                                + "plan badly. Rewrite them as joins or common table expressions.")
                        .value(threshold(5), "maximum subqueries in one statement")
                        .severity(Severity.INFO).dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> dml(ctx)
                                .filter(d -> d.subqueryCount() > limit(v))
                                .map(d -> fire(d.subqueryCount() + " subqueries (limit " + limit(v) + ")"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DML-022")
                        .name("LOAD DATA in a change script")
                        .rationale("LOAD DATA reads a file the reviewer has not seen (LOCAL INFILE reads it from "
                                + "the client machine). Attach the data as reviewed INSERT statements, or ask a DBA "
                                + "to load it.")
                        .build(),
                        (ctx, v) -> when(isAny(ctx.statement(), LOAD_DATA),
                                subject(ctx.statement()) + " loads rows from a file outside the review")),
                StatementRule.of(RuleSpec.code("DML-023")
                        .name("REPLACE")
                        .rationale("REPLACE deletes the conflicting row and inserts a new one: delete triggers "
                                + "fire, ON DELETE CASCADE removes child rows and unnamed columns lose their values. "
                                + "Use INSERT ... ON DUPLICATE KEY UPDATE.")
                        .build(),
                        (ctx, v) -> when(isAny(ctx.statement(), REPLACE),
                                subject(ctx.statement()) + " deletes and re-inserts conflicting rows")),
                StatementRule.of(RuleSpec.code("DML-024")
                        .name("Locking read in a change script")
                        .rationale("SELECT ... FOR UPDATE or FOR SHARE in a script holds row locks until the "
                                + "transaction ends and blocks the application meanwhile. Change the rows directly "
                                + "with UPDATE or DELETE.")
                        .severity(Severity.INFO).dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> dml(ctx, SELECT)
                                .filter(DmlFacts::lockingRead)
                                .map(d -> fire(subject(ctx.statement()) + " takes row locks (FOR UPDATE/SHARE)"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DML-025")
                        .name("CALL of a stored routine")
                        .rationale("A CALL runs code the reviewer cannot see in the script. Attach the routine's "
                                + "statements, or name in the ticket what the routine changes.")
                        .severity(Severity.INFO).dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> when(isAny(ctx.statement(), CALL),
                                "CALL " + routineName(ctx.statement()) + " runs code outside the review")));
    }

    /** The routine a CALL names; the statement model does not carry it, so it is read from the text. */
    private static String routineName(Statement statement) {
        Matcher matcher = CALLED.matcher(statement.text());
        return matcher.find() ? matcher.group(1) : "of a routine";
    }

    /** The DML facts of a statement of one of the kinds (any kind when none given). */
    private static Optional<DmlFacts> dml(StatementContext ctx, StatementKind... kinds) {
        if (kinds.length > 0 && !isAny(ctx.statement(), kinds)) {
            return Optional.empty();
        }
        return ctx.dml();
    }

    private static List<String> functionsOnIndexedColumns(StatementContext ctx,
                                                          RuleValue value) {
        if (ctx.dml().isEmpty()) {
            return pass();
        }
        List<String> details = new ArrayList<>();
        for (FunctionOnColumn function : ctx.dml().get().functionsOnColumns()) {
            for (TableFacts table : ColumnOwners.candidates(ctx, function.column())) {
                if (table.isIndexed(function.column().name())) {
                    details.add(function.function() + "(" + function.column().qualifiedName() + ") hides the "
                            + "index on " + table.table().qualifiedName() + "." + function.column().name());
                    break;
                }
            }
        }
        return details;
    }

    private static List<String> primaryKeyUpdates(StatementContext ctx, RuleValue value) {
        Statement statement = ctx.statement();
        if (!isAny(statement, UPDATE) || ctx.dml().isEmpty()) {
            return pass();
        }
        List<String> details = new ArrayList<>();
        for (ColumnRef column : ctx.dml().get().assignedColumns()) {
            for (TableFacts table : ColumnOwners.candidates(ctx, column)) {
                if (table.isPrimaryKeyColumn(column.name())) {
                    details.add("UPDATE sets " + column.qualifiedName() + ", part of the primary key of "
                            + table.table().qualifiedName());
                    break;
                }
            }
        }
        return details;
    }
}
