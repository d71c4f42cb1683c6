package io.github.sqlaudit.rules.catalog;

import static io.github.sqlaudit.rules.RuleSpec.ALL_DIALECTS;
import static io.github.sqlaudit.rules.RuleValue.flag;
import static io.github.sqlaudit.rules.RuleValue.names;
import static io.github.sqlaudit.rules.RuleValue.regex;
import static io.github.sqlaudit.rules.RuleValue.threshold;
import static io.github.sqlaudit.rules.catalog.Checks.flag;
import static io.github.sqlaudit.rules.catalog.Checks.isAny;
import static io.github.sqlaudit.rules.catalog.Checks.limit;
import static io.github.sqlaudit.rules.catalog.Checks.names;
import static io.github.sqlaudit.rules.catalog.Checks.pass;
import static io.github.sqlaudit.rules.catalog.Checks.when;
import static io.github.sqlaudit.sql.StatementKind.ALTER_TABLE;
import static io.github.sqlaudit.sql.StatementKind.CREATE_TABLE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.sqlaudit.rules.RuleSpec;
import io.github.sqlaudit.rules.RuleValue;
import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.rules.StatementContext;
import io.github.sqlaudit.rules.StatementRule;
import io.github.sqlaudit.sql.AlterAction;
import io.github.sqlaudit.sql.AlterOperation;
import io.github.sqlaudit.sql.ColumnDef;
import io.github.sqlaudit.sql.DdlFacts;
import io.github.sqlaudit.sql.IndexType;
import io.github.sqlaudit.sql.ObjectType;
import io.github.sqlaudit.sql.StatementKind;

/** DDL safety: schema changes that lose data, lock tables, or leave a schema that is hard to live with. */
final class DdlRules {

    private static final Set<ObjectType> CODE_OBJECTS = EnumSet.of(ObjectType.VIEW, ObjectType.PROCEDURE,
            ObjectType.FUNCTION, ObjectType.TRIGGER, ObjectType.EVENT, ObjectType.SEQUENCE);

    private DdlRules() {
    }

    static List<StatementRule> all() {
        return List.of(
                StatementRule.of(RuleSpec.code("DDL-001")
                        .name("DROP DATABASE")
                        .rationale("Dropping a database removes every table and routine in it at once and cannot "
                                + "be rolled back. Drop the objects one by one after a backup, with a DBA.")
                        .severity(Severity.ERROR).dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> dropped(ctx, EnumSet.of(ObjectType.DATABASE), "DROP DATABASE ")),
                StatementRule.of(RuleSpec.code("DDL-002")
                        .name("DROP TABLE")
                        .rationale("A dropped table and its data are gone; DDL commits implicitly, nothing rolls "
                                + "it back. Rename the table aside first and drop it in a later change, after a "
                                + "backup.")
                        .severity(Severity.ERROR).dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> isAny(ctx.statement(), StatementKind.DROP_TABLE)
                                ? dropped(ctx, EnumSet.of(ObjectType.TABLE), "DROP TABLE ")
                                : pass()),
                StatementRule.of(RuleSpec.code("DDL-003")
                        .name("DROP COLUMN")
                        .rationale("Dropping a column loses its data and breaks every query that still names it. "
                                + "Stop using the column in the application first, back it up, then drop it.")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> alterOps(ctx, AlterAction.DROP_COLUMN,
                                op -> "drops column " + op.name().orElse("?"))),
                StatementRule.of(RuleSpec.code("DDL-004")
                        .name("DROP INDEX")
                        .rationale("Dropping an index can turn fast queries into full scans at once. Check the "
                                + "index is unused (performance_schema / sys.schema_unused_indexes), or make it "
                                + "invisible first.")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> {
                            List<String> details = new ArrayList<>(alterOps(ctx, AlterAction.DROP_INDEX,
                                    op -> "drops index " + op.name().orElse("?")));
                            if (isAny(ctx.statement(), StatementKind.DROP_INDEX)) {
                                details.addAll(dropped(ctx, EnumSet.allOf(ObjectType.class), "DROP INDEX "));
                                if (details.isEmpty()) {
                                    details.add("DROP INDEX");
                                }
                            }
                            return details;
                        }),
                StatementRule.of(RuleSpec.code("DDL-005")
                        .name("TRUNCATE")
                        .rationale("TRUNCATE removes every row without a WHERE, fires no triggers and cannot be "
                                + "rolled back. Use DELETE with a WHERE for a partial change, or agree the full "
                                + "wipe with a DBA.")
                        .severity(Severity.ERROR).dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> when(isAny(ctx.statement(), StatementKind.TRUNCATE),
                                "TRUNCATE " + ctx.statement().tablesWritten().stream().findFirst()
                                        .map(Object::toString).orElse("") + " removes every row")),
                StatementRule.of(RuleSpec.code("DDL-006")
                        .name("RENAME TABLE")
                        .rationale("Renaming a table breaks every query, view and routine that uses the old name "
                                + "the moment it runs. Deploy code that copes with both names first.")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> ctx.ddl().map(DdlRules::tableRenames).orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-007")
                        .name("RENAME COLUMN")
                        .rationale("Renaming a column breaks every statement that names it. Add the new column, "
                                + "migrate readers and writers, then drop the old one.")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> ctx.ddl().map(d -> d.alterOperations().stream()
                                        .filter(DdlRules::renamesColumn)
                                        .map(op -> "renames column " + op.name().orElse("?") + " to "
                                                + op.newName().orElse("?"))
                                        .toList())
                                .orElse(pass())),
                new OnlineAlterRule(),
                StatementRule.of(RuleSpec.code("DDL-009")
                        .name("New NOT NULL column without DEFAULT")
                        .rationale("Adding a NOT NULL column without DEFAULT fails on a non-empty table in strict "
                                + "mode, or fills it with 0 or '' silently otherwise, and breaks inserts that do not "
                                + "name it. Give it a DEFAULT.")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> ctx.ddl().map(d -> DdlShape.operations(d, AlterAction.ADD_COLUMN).stream()
                                        .flatMap(op -> op.column().stream())
                                        .filter(c -> c.isNotNull() && c.defaultValue().isEmpty()
                                                && !c.autoIncrement() && !c.generated())
                                        .map(c -> "adds NOT NULL column " + c.name() + " without DEFAULT")
                                        .toList())
                                .orElse(pass())),
                new ColumnNarrowingRule(),
                StatementRule.of(RuleSpec.code("DDL-011")
                        .name("Column character set change")
                        .rationale("Changing a column's character set rewrites every value and the whole table, "
                                + "and characters the new set cannot hold are lost. Check the data fits and plan the "
                                + "rebuild with a DBA.")
                        .build(),
                        (ctx, v) -> ctx.ddl().map(DdlRules::charsetChanges).orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-012")
                        .name("CREATE TABLE without primary key")
                        .rationale("A table without a primary key has rows replication cannot address, an "
                                + "invisible clustered key in InnoDB, and duplicates nothing prevents. Declare a "
                                + "primary key.")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> createTable(ctx)
                                .filter(d -> !d.hasPrimaryKey() && !d.asSelect() && d.createdFrom().isEmpty())
                                .map(d -> List.of("table " + DdlShape.tableName(ctx.statement(), d)
                                        + " has no primary key"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-013")
                        .name("CREATE TABLE without table comment")
                        .rationale("The table comment is where the next reader learns what the table holds. Add "
                                + "COMMENT='...'.")
                        .severity(Severity.INFO).build(),
                        (ctx, v) -> createTable(ctx)
                                .filter(d -> d.options().comment().filter(c -> !c.isBlank()).isEmpty()
                                        && d.createdFrom().isEmpty())
                                .map(d -> List.of("table " + DdlShape.tableName(ctx.statement(), d)
                                        + " has no comment"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-014")
                        .name("Column without comment")
                        .rationale("Column comments document units, codes and meaning where every tool shows "
                                + "them. Add COMMENT '...' to each new column.")
                        .severity(Severity.INFO).build(),
                        (ctx, v) -> ctx.ddl().map(d -> DdlShape.newColumns(d).stream()
                                        .filter(c -> c.comment().filter(t -> !t.isBlank()).isEmpty())
                                        .map(c -> "column " + c.name() + " has no comment")
                                        .toList())
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-015")
                        .name("Storage engine outside the allowed list")
                        .rationale("Engines other than the house engine lack transactions, crash safety or "
                                + "backup support. Use one of the allowed engines.")
                        .value(names("InnoDB"), "allowed engines")
                        .build(),
                        (ctx, v) -> tableOptions(ctx)
                                .flatMap(d -> d.options().engine())
                                .filter(e -> !names(v).containsIgnoreCase(e))
                                .map(e -> List.of("engine " + e + " is not allowed (allowed: " + names(v).display()
                                        + ")"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-016")
                        .name("Character set outside the allowed list")
                        .rationale("Mixed character sets make joins convert values and lose indexes, and legacy "
                                + "sets cannot hold every character. Use an allowed character set.")
                        .value(names("utf8mb4"), "allowed character sets")
                        .build(),
                        (ctx, v) -> ctx.ddl().filter(d -> DdlShape.definesTable(ctx.statement()))
                                .map(d -> disallowed(d, v, ColumnDef::charset,
                                        d.options().charset(), "character set"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-017")
                        .name("Collation outside the allowed list")
                        .rationale("Columns compared or joined with different collations cannot use indexes and "
                                + "may fail with 'illegal mix of collations'. Use an allowed collation.")
                        .value(names("utf8mb4_0900_ai_ci", "utf8mb4_unicode_ci", "utf8mb4_general_ci",
                                "utf8mb4_bin", "utf8mb4_uca1400_ai_ci"), "allowed collations")
                        .build(),
                        (ctx, v) -> ctx.ddl().filter(d -> DdlShape.definesTable(ctx.statement()))
                                .map(d -> disallowed(d, v, ColumnDef::collation,
                                        d.options().collation(), "collation"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-018")
                        .name("More than N indexes per table")
                        .rationale("Every index slows every write and takes memory in the buffer pool. Drop "
                                + "the indexes no query needs before adding more.")
                        .value(threshold(10), "maximum secondary indexes per table")
                        .dialects(ALL_DIALECTS).build(),
                        DdlRules::indexCount),
                StatementRule.of(RuleSpec.code("DDL-019")
                        .name("More than N columns per index")
                        .rationale("Very wide indexes are large and rarely used in full. Index the columns the "
                                + "queries filter and sort on, most selective first.")
                        .value(threshold(5), "maximum columns in one index")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> ctx.ddl().map(d -> DdlShape.indexes(d).stream()
                                        .filter(i -> i.columns().size() > limit(v))
                                        .map(i -> "index " + i.name().orElse(i.type().name()) + " has "
                                                + i.columns().size() + " columns (limit " + limit(v) + ")")
                                        .toList())
                                .orElse(pass())),
                new IndexRedundancyRule(IndexRedundancyRule.Kind.DUPLICATE),
                new IndexRedundancyRule(IndexRedundancyRule.Kind.LEFT_PREFIX),
                StatementRule.of(RuleSpec.code("DDL-022")
                        .name("AUTO_INCREMENT column not an unsigned integer")
                        .rationale("An auto-increment column that is not an integer, or is signed, wastes half "
                                + "its range and runs out early. Use BIGINT UNSIGNED (or INT UNSIGNED).")
                        .build(),
                        (ctx, v) -> ctx.ddl().map(d -> DdlShape.columns(d).stream()
                                        .filter(ColumnDef::autoIncrement)
                                        .filter(c -> !ColumnType.of(c).isInteger() || !c.unsigned())
                                        .map(c -> "AUTO_INCREMENT column " + c.name() + " is "
                                                + ColumnType.of(c).display())
                                        .toList())
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-023")
                        .name("FLOAT or DOUBLE for money-like columns")
                        .rationale("Binary floating point cannot hold most decimal fractions exactly: sums of "
                                + "prices drift by cents. Use DECIMAL with the scale of the currency.")
                        .value(regex("(?i).*(price|amount|cost|balance|total|fee|salary|money|tax|payment"
                                + "|charge).*"), "column names that hold money")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> ctx.ddl().map(d -> DdlShape.columns(d).stream()
                                        .filter(c -> Set.of("FLOAT", "DOUBLE", "REAL", "BINARY_FLOAT",
                                                "BINARY_DOUBLE", "DOUBLE PRECISION").contains(ColumnType.of(c).base()))
                                        .filter(c -> Checks.regex(v).matchesWhole(c.name()))
                                        .map(c -> "column " + c.name() + " is " + c.dataType()
                                                + "; money needs DECIMAL")
                                        .toList())
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-024")
                        .name("More than N TEXT/BLOB columns")
                        .rationale("TEXT and BLOB columns are stored off-page, cannot have defaults in older "
                                + "versions and force on-disk temporary tables. Keep large values in a side table.")
                        .value(threshold(2), "maximum TEXT/BLOB columns per table")
                        .severity(Severity.INFO).dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> createTable(ctx)
                                .map(d -> d.columns().stream().filter(c -> ColumnType.of(c).isTextOrBlob()).toList())
                                .filter(large -> large.size() > limit(v))
                                .map(large -> List.of(large.size() + " TEXT/BLOB columns ("
                                        + large.stream().map(ColumnDef::name).collect(Collectors.joining(", "))
                                        + "; limit " + limit(v) + ")"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-025")
                        .name("VARCHAR longer than N")
                        .rationale("Very long VARCHAR columns inflate memory for sorts and temporary tables, "
                                + "which size rows by the declared length. Use the length the data needs, or TEXT.")
                        .value(threshold(2048), "maximum VARCHAR length")
                        .severity(Severity.INFO).dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> ctx.ddl().map(d -> DdlShape.columns(d).stream()
                                        .filter(c -> Set.of("VARCHAR", "VARCHAR2", "NVARCHAR2", "NVARCHAR")
                                                .contains(ColumnType.of(c).base()))
                                        .filter(c -> c.length().isPresent() && c.length().getAsInt() > limit(v))
                                        .map(c -> "column " + c.name() + " is " + ColumnType.of(c).display()
                                                + " (limit " + limit(v) + ")")
                                        .toList())
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-026")
                        .name("Foreign keys")
                        .rationale("Where foreign keys are not allowed (they block online schema changes and "
                                + "cross-shard moves), enforce the relation in the application. Set the value to "
                                + "true to allow them.")
                        .value(flag(false), "foreign keys allowed")
                        .disabledByDefault().dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> flag(v) ? pass() : ctx.ddl().map(d -> DdlShape.foreignKeys(d).stream()
                                        .map(fk -> "foreign key " + fk.name().orElse("") + " (" + String.join(", ",
                                                fk.columns()) + ") references " + fk.referencedTable())
                                        .toList())
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-027")
                        .name("Partitioning")
                        .rationale("Where partitioning is not allowed (it changes unique-key rules and many "
                                + "tools do not support it), use a single table and archive old rows instead. Set "
                                + "the value to true to allow it.")
                        .value(flag(false), "partitioning allowed")
                        .disabledByDefault().dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> flag(v) ? pass() : ctx.ddl()
                                .filter(d -> d.options().partitioned()
                                        || !DdlShape.operations(d, AlterAction.PARTITIONING).isEmpty())
                                .map(d -> List.of(DdlShape.tableName(ctx.statement(), d) + " is partitioned"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-028")
                        .name("Required columns missing")
                        .rationale("House rules ask every table for the listed columns (audit timestamps, for "
                                + "example). Add them to the CREATE TABLE.")
                        .value(names("created_at", "updated_at"), "columns every new table must have")
                        .severity(Severity.INFO).dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> createTable(ctx)
                                .filter(d -> !d.asSelect() && d.createdFrom().isEmpty())
                                .map(d -> names(v).values().stream()
                                        .filter(required -> d.columns().stream()
                                                .noneMatch(c -> c.name().equalsIgnoreCase(required)))
                                        .map(required -> "table " + DdlShape.tableName(ctx.statement(), d)
                                                + " has no column " + required)
                                        .toList())
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-029")
                        .name("DROP of a view, routine, trigger, event or sequence")
                        .rationale("Dropping a code object breaks its callers at once and its source is gone "
                                + "unless kept elsewhere. Keep the CREATE statement in the ticket to restore it.")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> dropped(ctx, CODE_OBJECTS, "DROP ")),
                StatementRule.of(RuleSpec.code("DDL-030")
                        .name("DROP without IF EXISTS")
                        .rationale("A DROP without IF EXISTS fails when the script is run again after a partial "
                                + "run. Add IF EXISTS so the script can be resumed.")
                        .severity(Severity.INFO).build(),
                        (ctx, v) -> ctx.ddl().filter(d -> !d.dropped().isEmpty() && !d.ifExists())
                                .map(d -> List.of(ctx.statement().kind().name().replace('_', ' ')
                                        + " without IF EXISTS"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-031")
                        .name("CREATE TABLE ... AS SELECT")
                        .rationale("CREATE TABLE ... AS SELECT copies no indexes or keys, locks the source rows "
                                + "while it runs and is unsafe for some replication setups. Create the table, then "
                                + "INSERT ... SELECT in batches.")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> createTable(ctx).filter(DdlFacts::asSelect)
                                .map(d -> List.of("table " + DdlShape.tableName(ctx.statement(), d)
                                        + " is created from a query"))
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-032")
                        .name("Index without an explicit name")
                        .rationale("Unnamed indexes get server-generated names that differ between "
                                + "environments, so later changes cannot name them reliably. Name every index.")
                        .severity(Severity.INFO).dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> ctx.ddl().map(d -> DdlShape.indexes(d).stream()
                                        .filter(i -> i.type() != IndexType.PRIMARY && i.name().isEmpty())
                                        .map(i -> i.type() + " on (" + String.join(", ", i.columns())
                                                + ") has no name")
                                        .toList())
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-033")
                        .name("ENUM or SET column")
                        .rationale("Adding or reordering ENUM/SET values needs an ALTER TABLE, often a rebuild. "
                                + "Use a lookup table or a short code column.")
                        .severity(Severity.INFO).build(),
                        (ctx, v) -> ctx.ddl().map(d -> DdlShape.columns(d).stream()
                                        .filter(c -> Set.of("ENUM", "SET").contains(ColumnType.of(c).base()))
                                        .map(c -> "column " + c.name() + " is " + c.dataType())
                                        .toList())
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-034")
                        .name("TIMESTAMP column")
                        .rationale("TIMESTAMP ends at 2038-01-19 and converts with the session time zone. Use "
                                + "DATETIME and store UTC.")
                        .severity(Severity.INFO).build(),
                        (ctx, v) -> ctx.ddl().map(d -> DdlShape.columns(d).stream()
                                        .filter(c -> ColumnType.of(c).base().equals("TIMESTAMP"))
                                        .map(c -> "column " + c.name() + " is TIMESTAMP")
                                        .toList())
                                .orElse(pass())),
                StatementRule.of(RuleSpec.code("DDL-035")
                        .name("Foreign key with ON DELETE CASCADE")
                        .rationale("ON DELETE CASCADE turns one DELETE into deletes in other tables that no "
                                + "reviewer sees in the statement. Delete child rows explicitly.")
                        .severity(Severity.INFO).dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> ctx.ddl().map(d -> DdlShape.foreignKeys(d).stream()
                                        .filter(fk -> fk.onDelete().filter("CASCADE"::equalsIgnoreCase).isPresent())
                                        .map(fk -> "foreign key (" + String.join(", ", fk.columns())
                                                + ") cascades deletes from " + fk.referencedTable())
                                        .toList())
                                .orElse(pass())));
    }

    private static Optional<DdlFacts> createTable(StatementContext ctx) {
        return isAny(ctx.statement(), CREATE_TABLE) ? ctx.ddl() : Optional.empty();
    }

    private static Optional<DdlFacts> tableOptions(StatementContext ctx) {
        return isAny(ctx.statement(), CREATE_TABLE, ALTER_TABLE) ? ctx.ddl() : Optional.empty();
    }

    private static List<String> dropped(StatementContext ctx, Set<ObjectType> types, String verb) {
        return ctx.ddl().map(d -> d.dropped().stream()
                        .filter(o -> types.contains(o.type()))
                        .map(o -> verb + (verb.equals("DROP ") ? o.type().name() + " " : "")
                                + o.name().qualifiedName())
                        .toList())
                .orElse(pass());
    }

    private static List<String> alterOps(StatementContext ctx, AlterAction action,
                                         Function<AlterOperation, String> describe) {
        if (!isAny(ctx.statement(), ALTER_TABLE)) {
            return pass();
        }
        return ctx.ddl().map(d -> DdlShape.operations(d, action).stream().map(describe).toList()).orElse(pass());
    }

    /** RENAME TABLE pairs, or ALTER TABLE ... RENAME TO when the model gives it only as an operation. */
    private static List<String> tableRenames(DdlFacts ddl) {
        if (!ddl.renames().isEmpty()) {
            return ddl.renames().stream().map(r -> "renames " + r.from() + " to " + r.to()).toList();
        }
        return DdlShape.operations(ddl, AlterAction.RENAME_TABLE).stream()
                .map(op -> "renames the table to " + op.name().orElse("?"))
                .toList();
    }

    private static boolean renamesColumn(AlterOperation op) {
        if (op.action() == AlterAction.RENAME_COLUMN) {
            return true;
        }
        return op.action() == AlterAction.CHANGE_COLUMN && op.name().isPresent() && op.newName().isPresent()
                && !op.name().get().equalsIgnoreCase(op.newName().get());
    }

    private static List<String> charsetChanges(DdlFacts ddl) {
        List<String> details = new ArrayList<>();
        for (AlterOperation op : ddl.alterOperations()) {
            if (op.action() == AlterAction.CONVERT_CHARSET) {
                details.add("converts every text column: " + op.text());
            } else if (op.action() == AlterAction.MODIFY_COLUMN || op.action() == AlterAction.CHANGE_COLUMN) {
                op.column().flatMap(ColumnDef::charset).ifPresent(charset -> details.add("column "
                        + op.column().get().name() + " is changed to character set " + charset));
            }
        }
        return details;
    }

    private static List<String> disallowed(DdlFacts ddl, RuleValue value,
                                           Function<ColumnDef, Optional<String>> columnSetting,
                                           Optional<String> tableSetting, String what) {
        List<String> details = new ArrayList<>();
        tableSetting.filter(s -> !names(value).containsIgnoreCase(s))
                .ifPresent(s -> details.add("table " + what + " " + s + " is not allowed (allowed: "
                        + names(value).display() + ")"));
        for (ColumnDef column : DdlShape.columns(ddl)) {
            columnSetting.apply(column).filter(s -> !names(value).containsIgnoreCase(s))
                    .ifPresent(s -> details.add("column " + column.name() + " " + what + " " + s
                            + " is not allowed (allowed: " + names(value).display() + ")"));
        }
        return details;
    }

    private static List<String> indexCount(StatementContext ctx, RuleValue value) {
        if (ctx.ddl().isEmpty() || !DdlShape.definesTable(ctx.statement())) {
            return pass();
        }
        DdlFacts ddl = ctx.ddl().get();
        long added = DdlShape.indexes(ddl).stream().filter(i -> i.type() != IndexType.PRIMARY).count();
        if (added == 0) {
            return pass();
        }
        long existing = isAny(ctx.statement(), CREATE_TABLE) ? 0
                : DdlShape.table(ctx.statement(), ddl).flatMap(ctx::table)
                        .map(t -> t.indexes().stream().filter(i -> i.type() != IndexType.PRIMARY).count())
                        .orElse(0L);
        long total = existing + added;
        return when(total > limit(value), DdlShape.tableName(ctx.statement(), ddl) + " would have " + total
                + " secondary indexes (limit " + limit(value) + ")");
    }
}
