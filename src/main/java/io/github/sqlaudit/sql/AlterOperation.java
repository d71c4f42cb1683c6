package io.github.sqlaudit.sql;

import java.util.Objects;
import java.util.Optional;

/**
 * One operation of an ALTER TABLE.
 *
 * @param action     what it does
 * @param name       the object it names: the column, index or constraint name, the new table name for RENAME,
 *                   the engine for CHANGE_ENGINE, the value for ALGORITHM and LOCK
 * @param newName    the new name for CHANGE/RENAME COLUMN and RENAME INDEX
 * @param column     the new column definition for ADD/MODIFY/CHANGE COLUMN
 * @param index      the index for ADD_INDEX / ADD_PRIMARY_KEY
 * @param foreignKey the constraint for ADD_FOREIGN_KEY
 * @param text       the operation's source text, as written
 */
public record AlterOperation(
        AlterAction action,
        Optional<String> name,
        Optional<String> newName,
        Optional<ColumnDef> column,
        Optional<IndexDef> index,
        Optional<ForeignKeyDef> foreignKey,
        String text) {

    public AlterOperation {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(newName, "newName");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(foreignKey, "foreignKey");
        Objects.requireNonNull(text, "text");
    }
}
