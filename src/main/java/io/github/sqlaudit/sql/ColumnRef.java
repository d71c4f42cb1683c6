package io.github.sqlaudit.sql;

import java.util.Objects;
import java.util.Optional;

/** A column as written in an expression, unquoted, with its qualifier ({@code t.col}, {@code db.t.col}) if any. */
public record ColumnRef(Optional<String> qualifier, String name) {

    public ColumnRef {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(name, "name");
    }

    public static ColumnRef of(String name) {
        return new ColumnRef(Optional.empty(), name);
    }

    public String qualifiedName() {
        return qualifier.map(q -> q + "." + name).orElse(name);
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
