package io.github.sqlaudit.execute;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * What a DDL statement leaves behind, checkable in the catalog. DDL commits on its own on MySQL, MariaDB
 * and Oracle, so a crash can fall between the DDL and its ledger row; on resume the executor asks whether
 * the effect is already there before it runs the statement again. Checked in MySQL/MariaDB's
 * {@code information_schema} or Oracle's data dictionary ({@code ALL_TABLES}, {@code ALL_TAB_COLUMNS},
 * {@code ALL_INDEXES}, {@code ALL_OBJECTS}: the ALL_ views, so that a schema-qualified name is found too);
 * an empty schema means the connection's current one ({@code DATABASE()}, or Oracle's
 * {@code CURRENT_SCHEMA}, which ALTER SESSION SET CURRENT_SCHEMA changes). Oracle names are matched as
 * written and upper-cased (the parser unquotes names; an unquoted name is stored upper-case).
 */
public sealed interface DdlEffect {

    /** Whether the effect is there, on the connection's engine. */
    default boolean isApplied(Connection connection) throws SQLException {
        return isApplied(connection, TargetEngine.of(connection));
    }

    boolean isApplied(Connection connection, TargetEngine engine) throws SQLException;

    /** What the check looks for, for messages. */
    String describe();

    record TableExists(String schema, String table) implements DdlEffect {
        public TableExists {
            Objects.requireNonNull(table, "table");
        }

        @Override
        public boolean isApplied(Connection connection, TargetEngine engine) throws SQLException {
            if (engine == TargetEngine.ORACLE) {
                return OracleDictionary.exists(connection, "ALL_TABLES", "OWNER", schema, "TABLE_NAME", table);
            }
            return exists(connection, "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = COALESCE(?, DATABASE())"
                    + " AND TABLE_NAME = ?", schema, table);
        }

        @Override
        public String describe() {
            return "table " + table + " exists";
        }
    }

    record TableAbsent(String schema, String table) implements DdlEffect {
        @Override
        public boolean isApplied(Connection connection, TargetEngine engine) throws SQLException {
            return !new TableExists(schema, table).isApplied(connection, engine);
        }

        @Override
        public String describe() {
            return "table " + table + " is gone";
        }
    }

    record ColumnExists(String schema, String table, String column) implements DdlEffect {
        @Override
        public boolean isApplied(Connection connection, TargetEngine engine) throws SQLException {
            if (engine == TargetEngine.ORACLE) {
                return OracleDictionary.exists(connection, "ALL_TAB_COLUMNS", "OWNER", schema, "TABLE_NAME", table,
                        "COLUMN_NAME", column);
            }
            return exists(connection, "SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = COALESCE(?, DATABASE())"
                    + " AND TABLE_NAME = ? AND COLUMN_NAME = ?", schema, table, column);
        }

        @Override
        public String describe() {
            return "column " + table + "." + column + " exists";
        }
    }

    record ColumnAbsent(String schema, String table, String column) implements DdlEffect {
        @Override
        public boolean isApplied(Connection connection, TargetEngine engine) throws SQLException {
            return !new ColumnExists(schema, table, column).isApplied(connection, engine);
        }

        @Override
        public String describe() {
            return "column " + table + "." + column + " is gone";
        }
    }

    /** An index; on Oracle index names are unique per schema, so the table may be null (DROP INDEX name). */
    record IndexExists(String schema, String table, String index) implements DdlEffect {
        @Override
        public boolean isApplied(Connection connection, TargetEngine engine) throws SQLException {
            if (engine == TargetEngine.ORACLE) {
                return table == null
                        ? OracleDictionary.exists(connection, "ALL_INDEXES", "OWNER", schema, "INDEX_NAME", index)
                        : OracleDictionary.exists(connection, "ALL_INDEXES", "TABLE_OWNER", schema, "TABLE_NAME", table,
                                "INDEX_NAME", index);
            }
            return exists(connection, "SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = COALESCE(?, DATABASE())"
                    + " AND TABLE_NAME = ? AND INDEX_NAME = ?", schema, table, index);
        }

        @Override
        public String describe() {
            return "index " + index + (table == null ? "" : " on " + table) + " exists";
        }
    }

    record IndexAbsent(String schema, String table, String index) implements DdlEffect {
        @Override
        public boolean isApplied(Connection connection, TargetEngine engine) throws SQLException {
            return !new IndexExists(schema, table, index).isApplied(connection, engine);
        }

        @Override
        public String describe() {
            return "index " + index + (table == null ? "" : " on " + table) + " is gone";
        }
    }

    /**
     * An Oracle schema object of a type ALL_OBJECTS lists (SEQUENCE, VIEW, PROCEDURE, FUNCTION, PACKAGE,
     * PACKAGE BODY, TRIGGER, TYPE, TYPE BODY, SYNONYM, MATERIALIZED VIEW). Oracle only.
     */
    record ObjectExists(String schema, String name, String objectType) implements DdlEffect {
        public ObjectExists {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(objectType, "objectType");
        }

        @Override
        public boolean isApplied(Connection connection, TargetEngine engine) throws SQLException {
            if (engine != TargetEngine.ORACLE) {
                throw new IllegalStateException("ALL_OBJECTS is Oracle's: " + describe());
            }
            return OracleDictionary.exists(connection, "ALL_OBJECTS", "OWNER", schema, "OBJECT_NAME", name,
                    "OBJECT_TYPE", objectType);
        }

        @Override
        public String describe() {
            return objectType.toLowerCase(java.util.Locale.ROOT) + " " + name + " exists";
        }
    }

    record ObjectAbsent(String schema, String name, String objectType) implements DdlEffect {
        @Override
        public boolean isApplied(Connection connection, TargetEngine engine) throws SQLException {
            return !new ObjectExists(schema, name, objectType).isApplied(connection, engine);
        }

        @Override
        public String describe() {
            return objectType.toLowerCase(java.util.Locale.ROOT) + " " + name + " is gone";
        }
    }

    /**
     * CREATE OR REPLACE: running it again leaves the same object, so on resume it simply runs again (never
     * "applied").
     */
    record RunsAgainSafely(String statement) implements DdlEffect {
        @Override
        public boolean isApplied(Connection connection, TargetEngine engine) {
            return false;
        }

        @Override
        public String describe() {
            return statement + " can run again safely";
        }
    }

    private static boolean exists(Connection connection, String sql, String schema, String... names) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, schema == null || schema.isEmpty() ? null : schema);
            for (int i = 0; i < names.length; i++) {
                query.setString(i + 2, names[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
