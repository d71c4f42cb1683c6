package io.github.sqlaudit.execute;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import java.util.Optional;

/**
 * The database engine a script runs on: what differs between them for the executor (the ledger's DDL and
 * upserts, the per-script lock, the catalog). Told by the connection's product name.
 */
public enum TargetEngine {
    /** MySQL and MariaDB (Connector/J reports both as MySQL). */
    MYSQL,
    /** Oracle Database 12.1 and later (identity columns; names kept within 30 characters for pre-12.2). */
    ORACLE;

    /** The engine behind the connection; refuses anything else before anything runs. */
    public static TargetEngine of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        String lower = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (lower.contains("oracle")) {
            return ORACLE;
        }
        if (lower.contains("mysql") || lower.contains("mariadb")) {
            return MYSQL;
        }
        throw new ExecutionRefusedException("the executor runs on MySQL, MariaDB and Oracle targets; this target"
                + " is " + product);
    }

    /** A lock held on the target by this session for one script; released by the server if the session dies. */
    @FunctionalInterface
    interface ScriptLock {
        void release() throws SQLException;
    }

    /**
     * Takes the per-script lock without waiting.
     *
     * <p>MySQL/MariaDB: {@code GET_LOCK(name, 0)}. Oracle: {@code DBMS_LOCK.ALLOCATE_UNIQUE} then
     * {@code DBMS_LOCK.REQUEST(handle, X_MODE, timeout 0, release_on_commit FALSE)}: a session lock that
     * survives the executor's commits and is freed when the session ends. It needs {@code EXECUTE ON
     * SYS.DBMS_LOCK} (not granted to PUBLIC); ALLOCATE_UNIQUE commits, which is harmless here since nothing
     * of the script has run yet. A row lock in the ledger would not do: the executor commits per batch,
     * and every commit would release it.
     *
     * @return empty when another session holds it
     */
    Optional<ScriptLock> lock(Connection connection, String name) throws SQLException {
        return switch (this) {
            case MYSQL -> mysqlLock(connection, name);
            case ORACLE -> oracleLock(connection, name);
        };
    }

    private static Optional<ScriptLock> mysqlLock(Connection connection, String name) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            lock.setString(1, name);
            try (ResultSet result = lock.executeQuery()) {
                if (!result.next() || result.getInt(1) != 1) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(() -> {
            try (PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                release.setString(1, name);
                release.executeQuery().close();
            }
        });
    }

    static final String ORACLE_REQUEST = "DECLARE handle VARCHAR2(128); BEGIN DBMS_LOCK.ALLOCATE_UNIQUE(?, handle);"
            + " ? := DBMS_LOCK.REQUEST(handle, DBMS_LOCK.X_MODE, 0, FALSE); ? := handle; END;";
    static final String ORACLE_RELEASE = "BEGIN ? := DBMS_LOCK.RELEASE(?); END;";

    /** ORA-06550: PL/SQL compilation error (here: DBMS_LOCK not visible to the execute user). */
    static final int ORA_PLSQL_COMPILATION_ERROR = 6550;

    private static Optional<ScriptLock> oracleLock(Connection connection, String name) throws SQLException {
        String handle;
        try (CallableStatement request = connection.prepareCall(ORACLE_REQUEST)) {
            request.setString(1, name);
            request.registerOutParameter(2, Types.INTEGER);
            request.registerOutParameter(3, Types.VARCHAR);
            try {
                request.execute();
            } catch (SQLException e) {
                if (e.getErrorCode() == ORA_PLSQL_COMPILATION_ERROR && String.valueOf(e.getMessage()).contains("DBMS_LOCK")) {
                    throw new ExecutionRefusedException("the execute user cannot use DBMS_LOCK, which keeps a second"
                            + " run of the script out: a DBA grants it with GRANT EXECUTE ON SYS.DBMS_LOCK TO <user>."
                            + " Nothing of the script has run. (" + e.getMessage().strip() + ")");
                }
                throw e;
            }
            int outcome = request.getInt(2);
            handle = request.getString(3);
            // DBMS_LOCK.REQUEST: 0 success, 1 timeout, 2 deadlock, 3 parameter error, 4 already own lock, 5 illegal handle
            if (outcome == 1) {
                return Optional.empty();
            }
            if (outcome != 0 && outcome != 4) {
                throw new SQLException("DBMS_LOCK.REQUEST for " + name + " returned " + outcome
                        + " (2 deadlock, 3 parameter error, 5 illegal lock handle)");
            }
        }
        return Optional.of(() -> {
            try (CallableStatement release = connection.prepareCall(ORACLE_RELEASE)) {
                release.registerOutParameter(1, Types.INTEGER);
                release.setString(2, handle);
                release.execute();
            }
        });
    }
}
