package io.github.sqlaudit.sql;

import java.util.Objects;

/**
 * A column compared with a literal ({@code col = 'x'}, {@code col IN (1, 2)}, {@code col BETWEEN ...}, {@code col LIKE ...}).
 *
 * @param operator the comparison as written, upper case: {@code =}, {@code <>}, {@code IN}, {@code LIKE}, {@code BETWEEN} ...
 * @param literal  the literal's text as written (first one for IN and BETWEEN)
 */
public record LiteralComparison(ColumnRef column, String operator, LiteralType literalType, String literal) {

    public LiteralComparison {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(literalType, "literalType");
        Objects.requireNonNull(literal, "literal");
    }
}
