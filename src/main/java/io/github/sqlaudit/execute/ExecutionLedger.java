package io.github.sqlaudit.execute;

import io.github.sqlaudit.Sha256;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.zip.CRC32;

/**
 * The history of what ran, kept in the target schema beside the data it describes (like Flyway's
 * history table), so progress commits or rolls back together with the work.
 *
 * <p>Two tables: {@code <table>_script} names each script once by its SHA-256; {@code <table>} has one
 * narrow row per statement, keyed by script id, statement index and status. The key is the exactly-once
 * guarantee: a DONE row for a statement can exist once only, so a batch that would run a statement a
 * second time fails on its ledger insert and rolls back with its work, whatever the reason (a resumed
 * run, a second node). A STARTED row marks DDL in flight (DDL commits on its own); FAILED rows record the
 * latest failure, in their own transaction.
 *
 * <p>The SQL differs per engine ({@link TargetEngine}): on MySQL/MariaDB CREATE TABLE IF NOT EXISTS, INSERT
 * IGNORE, multi-row VALUES and ON DUPLICATE KEY; on Oracle a look in USER_TABLES first (ORA-00955 from a
 * concurrent creation counts as created), NUMBER/VARCHAR2/TIMESTAMP/CLOB columns, an identity id, names
 * within 30 characters, a JDBC batch for a batch's DONE rows, and delete-then-insert for markers.
 */
public final class ExecutionLedger {

    public static final String DEFAULT_TABLE = "sqlaudit_ledger";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";
    static final String STARTED = "STARTED";

    private final String table;
    private final String scriptTable;
    private final TargetEngine pinned;

    public ExecutionLedger() {
        this(DEFAULT_TABLE);
    }

    /** A ledger whose engine is told by each connection (MySQL, MariaDB or Oracle). */
    public ExecutionLedger(String table) {
        this(table, null);
    }

    /**
     * A ledger on a known engine; for connections whose product name does not tell (H2 in a compatibility
     * mode in tests).
     */
    public ExecutionLedger(String table, TargetEngine engine) {
        if (!table.matches("[A-Za-z_][A-Za-z0-9_]{0,56}")) {
            throw new IllegalArgumentException("not a plain table name for the ledger: " + table);
        }
        this.table = table;
        this.scriptTable = table + "_script";
        this.pinned = engine;
    }

    public String table() {
        return table;
    }

    /** The engine the ledger (and the executor) works with on this connection. */
    public TargetEngine engine(Connection connection) throws SQLException {
        return pinned != null ? pinned : TargetEngine.of(connection);
    }

    /** The ledger's tables as the SQL names them: qualified with the schema they live in. */
    private record Names(String table, String scriptTable) {}

    private final Map<Connection, Names> names = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The tables, qualified with the schema found at the connection's first use (before any statement of
     * the script has run): the ledger stays where it is when the script changes the session's default schema
     * (USE on MySQL/MariaDB, ALTER SESSION SET CURRENT_SCHEMA on Oracle). On Oracle the schema is the
     * session user's own (the one USER_TABLES lists), whatever a logon trigger made the current schema.
     */
    private Names names(Connection connection) throws SQLException {
        Names known = names.get(connection);
        if (known != null) {
            return known;
        }
        TargetEngine engine = engine(connection);
        String owner;
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                engine == TargetEngine.ORACLE ? "SELECT SYS_CONTEXT('USERENV', 'SESSION_USER') FROM DUAL"
                        : "SELECT DATABASE()")) {
            owner = row.next() ? row.getString(1) : null;
        }
        String quote = engine == TargetEngine.ORACLE ? "\"" : "`";
        String prefix = owner == null ? "" : quote + owner.replace(quote, quote + quote) + quote + ".";
        Names resolved = new Names(prefix + table, prefix + scriptTable);
        names.put(connection, resolved);
        return resolved;
    }

    /** Creates the tables when missing (DDL: commits on its own). */
    public void ensureTable(Connection connection) throws SQLException {
        switch (engine(connection)) {
            case MYSQL -> ensureMySqlTables(connection);
            case ORACLE -> ensureOracleTables(connection);
        }
    }

    private void ensureMySqlTables(Connection connection) throws SQLException {
        Names n = names(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + n.scriptTable() + " ("
                    + " id INT NOT NULL AUTO_INCREMENT,"
                    + " script_sha256 CHAR(64) CHARACTER SET ascii NOT NULL,"
                    + " script_name VARCHAR(255) NOT NULL,"
                    + " PRIMARY KEY (id),"
                    + " UNIQUE KEY uk_" + scriptTable + "_sha (script_sha256)"
                    + ") ENGINE=InnoDB");
            // Narrow rows (one per statement): the script by id, the statement's checksum as CRC32.
            statement.execute("CREATE TABLE IF NOT EXISTS " + n.table() + " ("
                    + " script_id INT NOT NULL,"
                    + " statement_index INT NOT NULL,"
                    + " status VARCHAR(8) CHARACTER SET ascii NOT NULL,"
                    + " statement_crc32 INT UNSIGNED NOT NULL,"
                    + " start_line INT NOT NULL,"
                    + " rows_affected BIGINT NOT NULL,"
                    + " duration_ms INT NOT NULL,"
                    + " executed_by VARCHAR(255) NOT NULL,"
                    + " executed_at TIMESTAMP(3) NOT NULL,"
                    + " error_message TEXT NULL,"
                    + " PRIMARY KEY (script_id, statement_index, status)"
                    + ") ENGINE=InnoDB");
        }
    }

    /** Longest ledger table name on Oracle: with "_script_pk" the longest name stays within 30 characters. */
    static final int ORACLE_MAX_TABLE = 30 - "_script_pk".length();

    /**
     * Oracle has no CREATE TABLE IF NOT EXISTS before 23ai: USER_TABLES is asked first, and ORA-00955 (name
     * already used) from a second node creating it at the same moment counts as created. Names stay within
     * 30 characters (the limit before 12.2); the id is an identity column (12.1 and later).
     */
    private void ensureOracleTables(Connection connection) throws SQLException {
        if (table.length() > ORACLE_MAX_TABLE) {
            throw new IllegalArgumentException("ledger table name " + table + " is too long for Oracle: at most "
                    + ORACLE_MAX_TABLE + " characters, so that " + scriptTable + "_pk fits in 30");
        }
        Names n = names(connection);
        createOracleTableIfMissing(connection, scriptTable, "CREATE TABLE " + n.scriptTable() + " ("
                + " id NUMBER(10) GENERATED BY DEFAULT AS IDENTITY,"
                + " script_sha256 CHAR(64) NOT NULL,"
                + " script_name VARCHAR2(255 CHAR) NOT NULL,"
                + " CONSTRAINT " + scriptTable + "_pk PRIMARY KEY (id),"
                + " CONSTRAINT " + scriptTable + "_uk UNIQUE (script_sha256))");
        createOracleTableIfMissing(connection, table, "CREATE TABLE " + n.table() + " ("
                + " script_id NUMBER(10) NOT NULL,"
                + " statement_index NUMBER(10) NOT NULL,"
                + " status VARCHAR2(8) NOT NULL,"
                + " statement_crc32 NUMBER(10) NOT NULL,"
                + " start_line NUMBER(10) NOT NULL,"
                + " rows_affected NUMBER(19) NOT NULL,"
                + " duration_ms NUMBER(10) NOT NULL,"
                + " executed_by VARCHAR2(255 CHAR) NOT NULL,"
                + " executed_at TIMESTAMP(3) NOT NULL,"
                + " error_message CLOB NULL," // compilation errors of a PL/SQL unit can run past 4000 bytes
                + " CONSTRAINT " + table + "_pk PRIMARY KEY (script_id, statement_index, status))");
    }

    static final int ORA_NAME_ALREADY_USED = 955;

    private static void createOracleTableIfMissing(Connection connection, String name, String ddl)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM USER_TABLES WHERE TABLE_NAME = UPPER(?)")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        } catch (SQLException e) {
            if (e.getErrorCode() != ORA_NAME_ALREADY_USED) {
                throw e;
            }
        }
    }

    /** The script's id in the ledger, registering it on its first run (commits). */
    public int scriptId(Connection connection, ApprovedScript script) throws SQLException {
        Names n = names(connection);
        if (engine(connection) == TargetEngine.MYSQL) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT IGNORE INTO " + n.scriptTable() + " (script_sha256, script_name) VALUES (?, ?)")) {
                insert.setString(1, script.sha256());
                insert.setString(2, script.name());
                insert.executeUpdate();
            }
        } else if (findScriptId(connection, script.sha256()).isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + n.scriptTable() + " (script_sha256, script_name) VALUES (?, ?)")) {
                insert.setString(1, script.sha256());
                insert.setString(2, script.name());
                insert.executeUpdate();
            } catch (SQLIntegrityConstraintViolationException e) {
                // ORA-00001: registered by another session in between; its row is the one to use
            }
        }
        connection.commit();
        return findScriptId(connection, script.sha256())
                .orElseThrow(() -> new SQLException("the ledger lost script " + script.sha256()));
    }

    private java.util.Optional<Integer> findScriptId(Connection connection, String sha256) throws SQLException {
        Names n = names(connection);
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM " + n.scriptTable() + " WHERE script_sha256 = ?")) {
            query.setString(1, sha256);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? java.util.Optional.of(rows.getInt(1)) : java.util.Optional.empty();
            }
        }
    }

    /** Indexes of the statements of this script with the given status (DONE, STARTED). */
    BitSet withStatus(Connection connection, int scriptId, String status) throws SQLException {
        Names n = names(connection);
        BitSet indexes = new BitSet();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT statement_index FROM " + n.table() + " WHERE script_id = ? AND status = ?")) {
            query.setInt(1, scriptId);
            query.setString(2, status);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    indexes.set(rows.getInt(1));
                }
            }
        }
        return indexes;
    }

    /** A completed statement, to be written in the caller's transaction together with the statement's work. */
    public record Done(ExecutableStatement statement, long rowsAffected, long durationMillis) {}

    /**
     * Writes the DONE rows of one batch with a single multi-row INSERT (one round trip whatever the
     * driver's batching settings), inside the caller's open transaction.
     */
    public void recordDone(Connection connection, int scriptId, List<Done> done, String executedBy, Instant at)
            throws SQLException {
        if (done.isEmpty()) {
            return;
        }
        if (engine(connection) == TargetEngine.ORACLE) {
            recordDoneAsBatch(connection, scriptId, done, executedBy, at);
            return;
        }
        Names n = names(connection);
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(n.table()).append(" (script_id, statement_index,"
                + " status, statement_crc32, start_line, rows_affected, duration_ms, executed_by, executed_at) VALUES ");
        for (int i = 0; i < done.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,'" + DONE + "',?,?,?,?,?,?)");
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int p = 1;
            Timestamp timestamp = Timestamp.from(at);
            for (Done row : done) {
                insert.setInt(p++, scriptId);
                insert.setInt(p++, row.statement().index());
                insert.setLong(p++, checksum(row.statement()));
                insert.setInt(p++, row.statement().startLine());
                insert.setLong(p++, row.rowsAffected());
                insert.setLong(p++, Math.min(Integer.MAX_VALUE, row.durationMillis()));
                insert.setString(p++, executedBy);
                insert.setTimestamp(p++, timestamp);
            }
            insert.executeUpdate();
        }
    }

    /** Oracle before 23ai has no multi-row VALUES: one JDBC batch of the INSERT, one round trip with ojdbc. */
    private void recordDoneAsBatch(Connection connection, int scriptId, List<Done> done, String executedBy,
            Instant at) throws SQLException {
        Names n = names(connection);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + n.table() + " (script_id,"
                + " statement_index, status, statement_crc32, start_line, rows_affected, duration_ms, executed_by,"
                + " executed_at) VALUES (?,?,'" + DONE + "',?,?,?,?,?,?)")) {
            Timestamp timestamp = Timestamp.from(at);
            for (Done row : done) {
                insert.setInt(1, scriptId);
                insert.setInt(2, row.statement().index());
                insert.setLong(3, checksum(row.statement()));
                insert.setInt(4, row.statement().startLine());
                insert.setLong(5, row.rowsAffected());
                insert.setLong(6, Math.min(Integer.MAX_VALUE, row.durationMillis()));
                insert.setString(7, executedBy);
                insert.setTimestamp(8, timestamp);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Records a failure in its own transaction (the failed work was rolled back); the latest failure wins. */
    public void recordFailure(Connection connection, int scriptId, ExecutableStatement statement, String error,
            String executedBy, Instant at) throws SQLException {
        upsertMarker(connection, scriptId, statement, FAILED, error, executedBy, at);
        connection.commit();
    }

    /** Marks DDL as in flight and commits, before the DDL runs. */
    void markStarted(Connection connection, int scriptId, ExecutableStatement statement, String executedBy, Instant at)
            throws SQLException {
        upsertMarker(connection, scriptId, statement, STARTED, null, executedBy, at);
        connection.commit();
    }

    /** Removes the in-flight mark, in the caller's transaction. */
    void clearStarted(Connection connection, int scriptId, ExecutableStatement statement) throws SQLException {
        Names n = names(connection);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + n.table()
                + " WHERE script_id = ? AND statement_index = ? AND status = '" + STARTED + "'")) {
            delete.setInt(1, scriptId);
            delete.setInt(2, statement.index());
            delete.executeUpdate();
        }
    }

    private void upsertMarker(Connection connection, int scriptId, ExecutableStatement statement, String status,
            String error, String executedBy, Instant at) throws SQLException {
        Names n = names(connection);
        boolean oracle = engine(connection) == TargetEngine.ORACLE;
        if (oracle) {
            // No ON DUPLICATE KEY on Oracle: replace the marker within the caller's transaction.
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + n.table()
                    + " WHERE script_id = ? AND statement_index = ? AND status = ?")) {
                delete.setInt(1, scriptId);
                delete.setInt(2, statement.index());
                delete.setString(3, status);
                delete.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + n.table() + " (script_id,"
                + " statement_index, status, statement_crc32, start_line, rows_affected, duration_ms, executed_by,"
                + " executed_at, error_message) VALUES (?,?,?,?,?,0,0,?,?,?)"
                + (oracle ? "" : " ON DUPLICATE KEY UPDATE executed_by = VALUES(executed_by),"
                        + " executed_at = VALUES(executed_at), error_message = VALUES(error_message)"))) {
            insert.setInt(1, scriptId);
            insert.setInt(2, statement.index());
            insert.setString(3, status);
            insert.setLong(4, checksum(statement));
            insert.setInt(5, statement.startLine());
            insert.setString(6, executedBy);
            insert.setTimestamp(7, Timestamp.from(at));
            insert.setString(8, error);
            insert.executeUpdate();
        }
    }

    /** One ledger row, for reports and the panel. */
    public record Entry(int statementIndex, String status, int startLine, long rowsAffected, long durationMillis,
            String executedBy, Instant executedAt, String errorMessage) {}

    /** The rows of one script, by its SHA-256; empty when it never ran here. */
    public List<Entry> entries(Connection connection, String scriptSha256) throws SQLException {
        Names n = names(connection);
        List<Entry> entries = new ArrayList<>();
        java.util.Optional<Integer> scriptId = findScriptId(connection, scriptSha256);
        if (scriptId.isEmpty()) {
            return entries;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT statement_index, status, start_line,"
                + " rows_affected, duration_ms, executed_by, executed_at, error_message FROM " + n.table()
                + " WHERE script_id = ? ORDER BY statement_index, status")) {
            query.setInt(1, scriptId.get());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getInt(1), rows.getString(2), rows.getInt(3), rows.getLong(4),
                            rows.getLong(5), rows.getString(6), rows.getTimestamp(7).toInstant(), rows.getString(8)));
                }
            }
        }
        return entries;
    }

    /** CRC32 of the statement's text (as Flyway does): enough to spot a statement that is not the recorded one. */
    static long checksum(ExecutableStatement statement) {
        CRC32 crc = new CRC32();
        crc.update(statement.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
