package io.github.sqlaudit.sql;

import java.util.Objects;
import java.util.Optional;

/**
 * One join of a query.
 *
 * @param type         how it joins
 * @param table        the table joined in, empty for a derived table or a table function
 * @param hasCondition an {@code ON} or {@code USING} condition is present (NATURAL joins count as having one)
 */
public record JoinFact(JoinType type, Optional<TableRef> table, boolean hasCondition) {

    public JoinFact {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(table, "table");
    }
}
