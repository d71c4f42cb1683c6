package io.github.sqlaudit.rules.catalog;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.sqlaudit.rules.RuleSpec;
import io.github.sqlaudit.rules.RuleValue;
import io.github.sqlaudit.rules.StatementContext;
import io.github.sqlaudit.rules.StatementRule;
import io.github.sqlaudit.rules.TableFacts;
import io.github.sqlaudit.sql.AlterAction;
import io.github.sqlaudit.sql.AlterOperation;
import io.github.sqlaudit.sql.DdlFacts;
import io.github.sqlaudit.sql.StatementKind;

/**
 * DDL-008: an ALTER TABLE whose operations copy the table, on a table larger than the limit, without asking for an
 * online algorithm. The size comes from the target. Operations the manuals list as instant or in-place without a
 * rebuild (adding a column, an index, changing a default, renaming) do not count.
 */
final class OnlineAlterRule implements StatementRule {

    /** Operations that rebuild (copy) the table in MySQL 8 and MariaDB 11 unless the server can do them in place. */
    private static final Set<AlterAction> REBUILDS = EnumSet.of(AlterAction.DROP_COLUMN, AlterAction.MODIFY_COLUMN,
            AlterAction.CHANGE_COLUMN, AlterAction.ADD_PRIMARY_KEY, AlterAction.DROP_PRIMARY_KEY,
            AlterAction.CHANGE_ENGINE, AlterAction.CONVERT_CHARSET, AlterAction.FORCE, AlterAction.ORDER_BY,
            AlterAction.PARTITIONING);
    private static final Set<String> ONLINE_ALGORITHMS = Set.of("INSTANT", "INPLACE", "NOCOPY");
    private static final long MIB = 1024L * 1024L;

    private static final RuleSpec SPEC = RuleSpec.code("DDL-008")
            .name("Table rebuild on a large table without an online method")
            .rationale("This ALTER copies the whole table, blocking writes for as long as the copy takes on a "
                    + "large table. Ask for ALGORITHM=INPLACE or INSTANT with LOCK=NONE where the server supports "
                    + "it, or run the change with an online schema-change tool (gh-ost, pt-online-schema-change).")
            .value(RuleValue.threshold(1024), "table size in MiB from which a rebuild needs an online method")
            .needsTarget().build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<String> check(StatementContext ctx, RuleValue value) {
        if (ctx.statement().kind() != StatementKind.ALTER_TABLE || ctx.ddl().isEmpty()) {
            return List.of();
        }
        DdlFacts ddl = ctx.ddl().get();
        List<AlterOperation> rebuilding = ddl.alterOperations().stream()
                .filter(op -> REBUILDS.contains(op.action())).toList();
        if (rebuilding.isEmpty() || online(ddl)) {
            return List.of();
        }
        long limitMib = Checks.limit(value);
        Optional<TableFacts> table = DdlShape.table(ctx.statement(), ddl).flatMap(ctx::table);
        return table.filter(t -> t.sizeBytes() > limitMib * MIB)
                .map(t -> List.of("ALTER TABLE " + t.table().qualifiedName() + " (" + t.sizeBytes() / MIB
                        + " MiB, limit " + limitMib + " MiB) rebuilds the table ("
                        + rebuilding.stream().map(op -> op.action().name().replace('_', ' '))
                                .distinct().collect(Collectors.joining(", "))
                        + ") without ALGORITHM=INPLACE/INSTANT or LOCK=NONE"))
                .orElse(List.of());
    }

    private static boolean online(DdlFacts ddl) {
        for (AlterOperation op : ddl.alterOperations()) {
            String setting = op.name().orElse("").toUpperCase(Locale.ROOT);
            if (op.action() == AlterAction.ALGORITHM && ONLINE_ALGORITHMS.contains(setting)) {
                return true;
            }
            if (op.action() == AlterAction.LOCK && setting.equals("NONE")) {
                return true;
            }
        }
        return false;
    }
}
