package io.github.sqlaudit.sql;

import java.util.Objects;
import java.util.Optional;

/**
 * A table (or another schema object) as a statement names it, unquoted: {@code schema.name} or just {@code name}.
 * Names keep the case they were written in; comparisons that must ignore case use {@link #matches}.
 */
public record TableRef(Optional<String> schema, String name) {

    public TableRef {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    public static TableRef of(String name) {
        return new TableRef(Optional.empty(), name);
    }

    public static TableRef of(String schema, String name) {
        return new TableRef(Optional.ofNullable(schema), name);
    }

    /** {@code schema.name} or {@code name}. */
    public String qualifiedName() {
        return schema.map(s -> s + "." + name).orElse(name);
    }

    /** Same object ignoring case, an unqualified side matching any schema. */
    public boolean matches(TableRef other) {
        boolean sameSchema = schema.isEmpty() || other.schema.isEmpty()
                || schema.get().equalsIgnoreCase(other.schema.get());
        return sameSchema && name.equalsIgnoreCase(other.name);
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
