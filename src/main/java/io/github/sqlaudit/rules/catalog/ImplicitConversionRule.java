package io.github.sqlaudit.rules.catalog;

import java.util.ArrayList;
import java.util.List;

import io.github.sqlaudit.rules.RuleSpec;
import io.github.sqlaudit.rules.RuleValue;
import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.rules.StatementContext;
import io.github.sqlaudit.rules.StatementRule;
import io.github.sqlaudit.rules.TableFacts;
import io.github.sqlaudit.sql.LiteralComparison;
import io.github.sqlaudit.sql.LiteralType;

/**
 * A column compared with a literal of the other type family: the server converts, and a string column compared
 * with a number is converted row by row, so its index is useless and '1abc' equals 1. Column types come from the
 * target, so the rule needs it.
 */
final class ImplicitConversionRule implements StatementRule {

    enum Direction {
        STRING_COLUMN_NUMBER_LITERAL,
        NUMBER_COLUMN_STRING_LITERAL
    }

    private final Direction direction;
    private final RuleSpec spec;

    ImplicitConversionRule(Direction direction) {
        this.direction = direction;
        this.spec = direction == Direction.STRING_COLUMN_NUMBER_LITERAL
                ? RuleSpec.code("DML-013")
                        .name("String column compared with a number")
                        .rationale("Comparing a string column with a number converts every row's value to a "
                                + "number: the index on the column is not used and '12abc' matches 12. Quote the "
                                + "literal.")
                        .dialects(RuleSpec.ALL_DIALECTS).needsTarget().build()
                : RuleSpec.code("DML-014")
                        .name("Numeric column compared with a string")
                        .rationale("Comparing a numeric column with a quoted literal makes the server convert the "
                                + "string, and a malformed one silently becomes 0. Write the literal as a number.")
                        .severity(Severity.INFO).dialects(RuleSpec.ALL_DIALECTS).needsTarget().build();
    }

    @Override
    public RuleSpec spec() {
        return spec;
    }

    @Override
    public List<String> check(StatementContext ctx, RuleValue value) {
        if (ctx.dml().isEmpty()) {
            return List.of();
        }
        List<String> details = new ArrayList<>();
        for (LiteralComparison comparison : ctx.dml().get().literalComparisons()) {
            for (TableFacts table : ColumnOwners.candidates(ctx, comparison.column())) {
                ColumnType type = ColumnType.parse(table.columnType(comparison.column().name()).orElseThrow());
                if (mismatch(type, comparison.literalType())) {
                    details.add(comparison.column().qualifiedName() + " (" + type.display() + ") "
                            + comparison.operator() + " " + comparison.literal() + ": compared with a "
                            + (comparison.literalType() == LiteralType.NUMBER ? "number" : "string"));
                    break;
                }
            }
        }
        return details;
    }

    private boolean mismatch(ColumnType column, LiteralType literal) {
        return switch (direction) {
            case STRING_COLUMN_NUMBER_LITERAL -> column.isString() && literal == LiteralType.NUMBER;
            case NUMBER_COLUMN_STRING_LITERAL -> column.isNumeric() && literal == LiteralType.STRING;
        };
    }
}
