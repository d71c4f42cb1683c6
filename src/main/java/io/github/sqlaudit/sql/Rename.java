package io.github.sqlaudit.sql;

import java.util.Objects;

/** One {@code from TO to} pair of RENAME TABLE (or ALTER TABLE ... RENAME). */
public record Rename(TableRef from, TableRef to) {

    public Rename {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
