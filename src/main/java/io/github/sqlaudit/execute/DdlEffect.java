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
 * {@code information_schema}; an empty schema means the connection's current one.
 */
public sealed interface DdlEffect {

    boolean isApplied(Connection connection) throws SQLException;

    /** What the check looks for, for messages. */
    String describe();

    record TableExists(String schema, String table) implements DdlEffect {
        public TableExists {
            Objects.requireNonNull(table, "table");
        }

        @Override
        public boolean isApplied(Connection connection) throws SQLException {
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
        public boolean isApplied(Connection connection) throws SQLException {
            return !new TableExists(schema, table).isApplied(connection);
        }

        @Override
        public String describe() {
            return "table " + table + " is gone";
        }
    }

    record ColumnExists(String schema, String table, String column) implements DdlEffect {
        @Override
        public boolean isApplied(Connection connection) throws SQLException {
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
        public boolean isApplied(Connection connection) throws SQLException {
            return !new ColumnExists(schema, table, column).isApplied(connection);
        }

        @Override
        public String describe() {
            return "column " + table + "." + column + " is gone";
        }
    }

    record IndexExists(String schema, String table, String index) implements DdlEffect {
        @Override
        public boolean isApplied(Connection connection) throws SQLException {
            return exists(connection, "SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = COALESCE(?, DATABASE())"
                    + " AND TABLE_NAME = ? AND INDEX_NAME = ?", schema, table, index);
        }

        @Override
        public String describe() {
            return "index " + index + " on " + table + " exists";
        }
    }

    record IndexAbsent(String schema, String table, String index) implements DdlEffect {
        @Override
        public boolean isApplied(Connection connection) throws SQLException {
            return !new IndexExists(schema, table, index).isApplied(connection);
        }

        @Override
        public String describe() {
            return "index " + index + " on " + table + " is gone";
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
