package io.github.sqlaudit.sql;

import java.util.Objects;

/** A predicate that wraps a column in a function ({@code WHERE DATE(created_at) = ...}), which defeats an index. */
public record FunctionOnColumn(String function, ColumnRef column) {

    public FunctionOnColumn {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(column, "column");
    }
}
