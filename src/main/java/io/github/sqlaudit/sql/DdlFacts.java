package io.github.sqlaudit.sql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the DDL rules need to know about a schema change.
 *
 * @param object          the object the statement creates or alters (table, view, index, routine, trigger,
 *                        event, database, sequence ...); empty for DROP and RENAME, see {@link #dropped} and {@link #renames}
 * @param onTable         the table an index or trigger belongs to (CREATE INDEX, DROP INDEX, CREATE TRIGGER)
 * @param ifNotExists     IF NOT EXISTS given
 * @param ifExists        IF EXISTS given
 * @param temporary       CREATE TEMPORARY TABLE
 * @param orReplace       CREATE OR REPLACE
 * @param columns         column definitions (CREATE TABLE)
 * @param primaryKey      primary-key columns, from a table constraint or a column's own PRIMARY KEY (CREATE TABLE)
 * @param indexes         keys and indexes (CREATE TABLE, CREATE INDEX), the primary key included
 * @param foreignKeys     foreign keys (CREATE TABLE)
 * @param options         table options (CREATE/ALTER TABLE)
 * @param createdFrom     CREATE TABLE ... LIKE other, or the tables read by CREATE TABLE ... AS SELECT
 * @param asSelect        CREATE TABLE ... [AS] SELECT
 * @param alterOperations each operation of ALTER TABLE, in order
 * @param dropped         objects dropped by DROP ... statements
 * @param renames         RENAME TABLE pairs (and ALTER TABLE ... RENAME TO)
 */
public record DdlFacts(
        Optional<SchemaObject> object,
        Optional<TableRef> onTable,
        boolean ifNotExists,
        boolean ifExists,
        boolean temporary,
        boolean orReplace,
        List<ColumnDef> columns,
        List<String> primaryKey,
        List<IndexDef> indexes,
        List<ForeignKeyDef> foreignKeys,
        TableOptions options,
        List<TableRef> createdFrom,
        boolean asSelect,
        List<AlterOperation> alterOperations,
        List<SchemaObject> dropped,
        List<Rename> renames) {

    public DdlFacts {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(onTable, "onTable");
        Objects.requireNonNull(options, "options");
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        createdFrom = List.copyOf(createdFrom);
        alterOperations = List.copyOf(alterOperations);
        dropped = List.copyOf(dropped);
        renames = List.copyOf(renames);
    }

    public boolean hasPrimaryKey() {
        return !primaryKey.isEmpty();
    }
}
