package io.github.sqlaudit.rules.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.sqlaudit.rules.RuleSpec;
import io.github.sqlaudit.rules.RuleValue;
import io.github.sqlaudit.rules.StatementContext;
import io.github.sqlaudit.rules.StatementRule;
import io.github.sqlaudit.rules.TableFacts;
import io.github.sqlaudit.sql.AlterAction;
import io.github.sqlaudit.sql.AlterOperation;
import io.github.sqlaudit.sql.ColumnDef;
import io.github.sqlaudit.sql.StatementKind;

/**
 * DDL-010: MODIFY or CHANGE COLUMN to a type that holds less than the current one. The current type comes from
 * the target; without it the change cannot be judged and the rule is reported as not evaluated.
 */
final class ColumnNarrowingRule implements StatementRule {

    private static final RuleSpec SPEC = RuleSpec.code("DDL-010")
            .name("Column type change that narrows the column")
            .rationale("Changing a column to a shorter or smaller type truncates or rejects existing values, and "
                    + "a change of type family converts them. Check the longest value first, or widen instead.")
            .dialects(RuleSpec.ALL_DIALECTS).needsTarget().build();

    @Override
    public RuleSpec spec() {
        return SPEC;
    }

    @Override
    public List<String> check(StatementContext ctx, RuleValue value) {
        if (ctx.statement().kind() != StatementKind.ALTER_TABLE || ctx.ddl().isEmpty()) {
            return List.of();
        }
        Optional<TableFacts> table = DdlShape.table(ctx.statement(), ctx.ddl().get()).flatMap(ctx::table);
        if (table.isEmpty()) {
            return List.of();
        }
        List<String> details = new ArrayList<>();
        for (AlterOperation op : ctx.ddl().get().alterOperations()) {
            if (op.action() != AlterAction.MODIFY_COLUMN && op.action() != AlterAction.CHANGE_COLUMN) {
                continue;
            }
            Optional<ColumnDef> column = op.column();
            // CHANGE names the old column first; MODIFY names only the column itself.
            String oldName = op.name().orElse(column.map(ColumnDef::name).orElse(""));
            Optional<String> current = table.get().columnType(oldName);
            if (column.isEmpty() || current.isEmpty()) {
                continue;
            }
            ColumnType.parse(current.get()).narrowingTo(ColumnType.of(column.get()))
                    .ifPresent(why -> details.add("column " + oldName + ": " + why));
        }
        return details;
    }
}
