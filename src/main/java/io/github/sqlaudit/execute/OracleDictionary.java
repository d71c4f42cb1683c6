package io.github.sqlaudit.execute;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Existence checks in Oracle's data dictionary: one ALL_ view, the owner (the session's CURRENT_SCHEMA when
 * the statement named none), and names matched as written or upper-cased.
 */
final class OracleDictionary {

    private OracleDictionary() {
    }

    /** {@code columnsAndValues}: column, value, column, value ...; a name column matches value or UPPER(value). */
    static boolean exists(Connection connection, String view, String ownerColumn, String schema,
            String... columnsAndValues) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT 1 FROM ").append(view).append(" WHERE ");
        boolean noSchema = schema == null || schema.isEmpty();
        sql.append(ownerColumn).append(noSchema ? " = SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA')"
                : " IN (?, UPPER(?))");
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            String column = columnsAndValues[i];
            sql.append(" AND ").append(column).append(column.equals("OBJECT_TYPE") ? " = ?" : " IN (?, UPPER(?))");
        }
        try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
            int p = 1;
            if (!noSchema) {
                query.setString(p++, schema);
                query.setString(p++, schema);
            }
            for (int i = 0; i < columnsAndValues.length; i += 2) {
                query.setString(p++, columnsAndValues[i + 1]);
                if (!columnsAndValues[i].equals("OBJECT_TYPE")) {
                    query.setString(p++, columnsAndValues[i + 1]);
                }
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
