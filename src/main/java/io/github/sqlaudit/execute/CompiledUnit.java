package io.github.sqlaudit.execute;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A PL/SQL unit (or view) an Oracle statement compiles. Oracle creates such a unit even when it does not
 * compile, stores it INVALID and only warns the client (ORA-24344, reported by the JDBC driver as a
 * warning); the executor therefore reads the unit's errors from the data dictionary after it runs and
 * counts a unit with errors as FAILED.
 *
 * @param schema its owner as written, or null for the session's current schema
 * @param name   its name as written (the parser unquotes names: matched as written and upper-cased)
 * @param type   the dictionary's type name: PROCEDURE, FUNCTION, PACKAGE, PACKAGE BODY, TRIGGER, TYPE,
 *               TYPE BODY, VIEW
 */
public record CompiledUnit(String schema, String name, String type) {

    /** ORA-24344: success with compilation error. */
    public static final int ORA_SUCCESS_WITH_COMPILATION_ERROR = 24344;

    public CompiledUnit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    static final String ERRORS_QUERY = "SELECT LINE, POSITION, TEXT FROM ALL_ERRORS"
            + " WHERE OWNER IN (?, UPPER(?)) AND NAME IN (?, UPPER(?)) AND TYPE = ? AND ATTRIBUTE = 'ERROR'"
            + " ORDER BY SEQUENCE";
    static final String ERRORS_QUERY_CURRENT_SCHEMA = "SELECT LINE, POSITION, TEXT FROM ALL_ERRORS"
            + " WHERE OWNER = SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA') AND NAME IN (?, UPPER(?)) AND TYPE = ?"
            + " AND ATTRIBUTE = 'ERROR' ORDER BY SEQUENCE";

    /**
     * The unit's compilation errors ("line 3, column 5: PLS-00201: ..."), warnings (PLW-) left out; empty
     * when it compiled.
     */
    List<String> errors(Connection connection) throws SQLException {
        List<String> errors = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(schema == null ? ERRORS_QUERY_CURRENT_SCHEMA
                : ERRORS_QUERY)) {
            int p = 1;
            if (schema != null) {
                query.setString(p++, schema);
                query.setString(p++, schema);
            }
            query.setString(p++, name);
            query.setString(p++, name);
            query.setString(p, type);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    errors.add("line " + rows.getInt(1) + ", column " + rows.getInt(2) + ": "
                            + rows.getString(3).strip());
                }
            }
        }
        return errors;
    }

    /** The failure to record: Oracle's code for a unit created with errors, and each error with its place. */
    SQLException failure(List<String> errors) {
        StringBuilder message = new StringBuilder("ORA-24344: success with compilation error: ")
                .append(type).append(' ').append(schema == null ? "" : schema + ".").append(name)
                .append(" was created with errors and is INVALID");
        for (String error : errors) {
            message.append("\n  ").append(error);
        }
        return new SQLException(message.toString(), "99999", ORA_SUCCESS_WITH_COMPILATION_ERROR);
    }

    String describe() {
        return type + " " + (schema == null ? "" : schema + ".") + name;
    }
}
