package io.github.sqlaudit.sql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A FOREIGN KEY constraint (or a column-level REFERENCES).
 *
 * @param name              the constraint name, empty when not given
 * @param columns           the referencing columns
 * @param referencedTable   the parent table
 * @param referencedColumns the parent's columns
 * @param onDelete          the ON DELETE action in upper case ({@code CASCADE}, {@code SET NULL} ...)
 * @param onUpdate          the ON UPDATE action in upper case
 */
public record ForeignKeyDef(
        Optional<String> name,
        List<String> columns,
        TableRef referencedTable,
        List<String> referencedColumns,
        Optional<String> onDelete,
        Optional<String> onUpdate) {

    public ForeignKeyDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referencedTable, "referencedTable");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
