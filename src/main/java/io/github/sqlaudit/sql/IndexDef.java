package io.github.sqlaudit.sql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A key or index: PRIMARY KEY, UNIQUE, INDEX/KEY, FULLTEXT or SPATIAL, from CREATE TABLE, ALTER TABLE or CREATE INDEX.
 *
 * @param name    the index name, empty when the statement leaves naming to the server (always empty for PRIMARY)
 * @param type    the kind of index
 * @param columns the key parts: column names, unquoted; a functional key part appears as its expression text
 */
public record IndexDef(Optional<String> name, IndexType type, List<String> columns) {

    public IndexDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        columns = List.copyOf(columns);
    }

    public boolean unique() {
        return type == IndexType.PRIMARY || type == IndexType.UNIQUE;
    }
}
