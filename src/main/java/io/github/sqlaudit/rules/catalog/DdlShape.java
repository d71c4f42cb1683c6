package io.github.sqlaudit.rules.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.sqlaudit.sql.AlterAction;
import io.github.sqlaudit.sql.AlterOperation;
import io.github.sqlaudit.sql.ColumnDef;
import io.github.sqlaudit.sql.DdlFacts;
import io.github.sqlaudit.sql.ForeignKeyDef;
import io.github.sqlaudit.sql.IndexDef;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.TableRef;

/**
 * What a CREATE TABLE, ALTER TABLE or CREATE INDEX defines, gathered from the places the model keeps it: the
 * column, index and foreign-key rules then treat "CREATE TABLE t (...)" and "ALTER TABLE t ADD ..." alike.
 */
final class DdlShape {

    private static final Set<AlterAction> COLUMN_DEFINING =
            Set.of(AlterAction.ADD_COLUMN, AlterAction.MODIFY_COLUMN, AlterAction.CHANGE_COLUMN);

    private DdlShape() {
    }

    static boolean definesTable(Statement statement) {
        return statement.kind() == StatementKind.CREATE_TABLE || statement.kind() == StatementKind.ALTER_TABLE
                || statement.kind() == StatementKind.CREATE_INDEX;
    }

    /** Columns of CREATE TABLE, and those ALTER TABLE adds, modifies or changes. */
    static List<ColumnDef> columns(DdlFacts ddl) {
        List<ColumnDef> columns = new ArrayList<>(ddl.columns());
        for (AlterOperation operation : ddl.alterOperations()) {
            if (COLUMN_DEFINING.contains(operation.action())) {
                operation.column().ifPresent(columns::add);
            }
        }
        return columns;
    }

    /** Columns CREATE TABLE defines and ALTER TABLE adds (not the ones it modifies). */
    static List<ColumnDef> newColumns(DdlFacts ddl) {
        List<ColumnDef> columns = new ArrayList<>(ddl.columns());
        for (AlterOperation operation : ddl.alterOperations()) {
            if (operation.action() == AlterAction.ADD_COLUMN) {
                operation.column().ifPresent(columns::add);
            }
        }
        return columns;
    }

    /** Indexes of CREATE TABLE and CREATE INDEX, and those ALTER TABLE adds. */
    static List<IndexDef> indexes(DdlFacts ddl) {
        List<IndexDef> indexes = new ArrayList<>(ddl.indexes());
        for (AlterOperation operation : ddl.alterOperations()) {
            if (operation.action() == AlterAction.ADD_INDEX || operation.action() == AlterAction.ADD_PRIMARY_KEY) {
                operation.index().ifPresent(indexes::add);
            }
        }
        return indexes;
    }

    static List<ForeignKeyDef> foreignKeys(DdlFacts ddl) {
        List<ForeignKeyDef> keys = new ArrayList<>(ddl.foreignKeys());
        for (AlterOperation operation : ddl.alterOperations()) {
            if (operation.action() == AlterAction.ADD_FOREIGN_KEY) {
                operation.foreignKey().ifPresent(keys::add);
            }
        }
        return keys;
    }

    static List<AlterOperation> operations(DdlFacts ddl, AlterAction action) {
        return ddl.alterOperations().stream().filter(o -> o.action() == action).toList();
    }

    /** The table a table-shaping statement is about. */
    static String tableName(Statement statement, DdlFacts ddl) {
        return ddl.onTable().or(() -> ddl.object().map(o -> o.name()))
                .or(() -> statement.tablesWritten().stream().findFirst())
                .map(TableRef::qualifiedName).orElse("the table");
    }

    /** The table a table-shaping statement is about, as a reference for target look-ups. */
    static Optional<TableRef> table(Statement statement, DdlFacts ddl) {
        if (statement.kind() == StatementKind.CREATE_INDEX) {
            return ddl.onTable().or(() -> statement.tablesWritten().stream().findFirst());
        }
        return ddl.object().map(o -> o.name()).or(() -> statement.tablesWritten().stream().findFirst());
    }
}
