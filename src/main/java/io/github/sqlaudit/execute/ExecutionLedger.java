package io.github.sqlaudit.execute;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The history of what ran, kept in the target schema beside the data it describes (like Flyway's
 * history table), so progress commits or rolls back together with the work.
 *
 * <p>One row per statement that completed, keyed by script SHA-256, statement index and status. The key
 * is the exactly-once guarantee: a DONE row for a statement can exist once only, so a batch that would
 * run a statement a second time fails on its ledger insert and rolls back with its work, whatever the
 * reason (a resumed run, a second node). Failures are recorded as FAILED rows in their own transaction.
 */
public final class ExecutionLedger {

    public static final String DEFAULT_TABLE = "sqlaudit_ledger";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";

    private final String table;

    public ExecutionLedger() {
        this(DEFAULT_TABLE);
    }

    public ExecutionLedger(String table) {
        if (!table.matches("[A-Za-z_][A-Za-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("not a plain table name for the ledger: " + table);
        }
        this.table = table;
    }

    public String table() {
        return table;
    }

    /** Creates the table when missing (DDL: commits on its own). */
    public void ensureTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + table + " ("
                    + " script_sha256 CHAR(64) NOT NULL,"
                    + " statement_index INT NOT NULL,"
                    + " status VARCHAR(8) NOT NULL,"
                    + " statement_sha256 CHAR(64) NOT NULL,"
                    + " start_line INT NOT NULL,"
                    + " rows_affected BIGINT NOT NULL,"
                    + " duration_ms BIGINT NOT NULL,"
                    + " executed_by VARCHAR(255) NOT NULL,"
                    + " executed_at TIMESTAMP(3) NOT NULL,"
                    + " error_message TEXT NULL,"
                    + " PRIMARY KEY (script_sha256, statement_index, status)"
                    + ") ENGINE=InnoDB");
        }
    }

    /** Indexes of the statements of this script that completed. */
    public BitSet done(Connection connection, String scriptSha256) throws SQLException {
        BitSet done = new BitSet();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT statement_index FROM " + table + " WHERE script_sha256 = ? AND status = '" + DONE + "'")) {
            query.setString(1, scriptSha256);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    done.set(rows.getInt(1));
                }
            }
        }
        return done;
    }

    /** A completed statement, to be written in the caller's transaction together with the statement's work. */
    public record Done(ExecutableStatement statement, long rowsAffected, long durationMillis) {}

    /**
     * Writes the DONE rows of one batch with a single multi-row INSERT (one round trip whatever the
     * driver's batching settings), inside the caller's open transaction.
     */
    public void recordDone(Connection connection, String scriptSha256, List<Done> done, String executedBy, Instant at)
            throws SQLException {
        if (done.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (script_sha256, statement_index,"
                + " status, statement_sha256, start_line, rows_affected, duration_ms, executed_by, executed_at) VALUES ");
        for (int i = 0; i < done.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?,?,'" + DONE + "',?,?,?,?,?,?)");
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int p = 1;
            Timestamp timestamp = Timestamp.from(at);
            for (Done row : done) {
                insert.setString(p++, scriptSha256);
                insert.setInt(p++, row.statement().index());
                insert.setString(p++, row.statement().checksum());
                insert.setInt(p++, row.statement().startLine());
                insert.setLong(p++, row.rowsAffected());
                insert.setLong(p++, row.durationMillis());
                insert.setString(p++, executedBy);
                insert.setTimestamp(p++, timestamp);
            }
            insert.executeUpdate();
        }
    }

    /** Records a failure in its own transaction (the failed work was rolled back); the latest failure wins. */
    public void recordFailure(Connection connection, String scriptSha256, ExecutableStatement statement, String error,
            String executedBy, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (script_sha256,"
                + " statement_index, status, statement_sha256, start_line, rows_affected, duration_ms, executed_by,"
                + " executed_at, error_message) VALUES (?,?,'" + FAILED + "',?,?,0,0,?,?,?)"
                + " ON DUPLICATE KEY UPDATE executed_by = VALUES(executed_by), executed_at = VALUES(executed_at),"
                + " error_message = VALUES(error_message)")) {
            insert.setString(1, scriptSha256);
            insert.setInt(2, statement.index());
            insert.setString(3, statement.checksum());
            insert.setInt(4, statement.startLine());
            insert.setString(5, executedBy);
            insert.setTimestamp(6, Timestamp.from(at));
            insert.setString(7, error);
            insert.executeUpdate();
        }
        connection.commit();
    }

    /** One ledger row, for reports and the panel. */
    public record Entry(int statementIndex, String status, int startLine, long rowsAffected, long durationMillis,
            String executedBy, Instant executedAt, String errorMessage) {}

    public List<Entry> entries(Connection connection, String scriptSha256) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT statement_index, status, start_line,"
                + " rows_affected, duration_ms, executed_by, executed_at, error_message FROM " + table
                + " WHERE script_sha256 = ? ORDER BY statement_index, status")) {
            query.setString(1, scriptSha256);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getInt(1), rows.getString(2), rows.getInt(3), rows.getLong(4),
                            rows.getLong(5), rows.getString(6), rows.getTimestamp(7).toInstant(), rows.getString(8)));
                }
            }
        }
        return entries;
    }
}
