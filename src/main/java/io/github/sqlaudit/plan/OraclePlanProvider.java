package io.github.sqlaudit.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Plans from Oracle Database through {@code EXPLAIN PLAN SET STATEMENT_ID = ... INTO PLAN_TABLE FOR ...}.
 *
 * <p>EXPLAIN PLAN writes its rows into PLAN_TABLE (a global temporary table in current releases), so the
 * session cannot be READ ONLY; instead autocommit is off, our rows are read, deleted and the transaction
 * rolled back after every statement, and the JDBC query timeout bounds each call. The statement itself is
 * never executed. Not tested against a live Oracle server (none can be run where this is developed): the
 * reader is tested on PLAN_TABLE rows recorded from Oracle's documentation, the SQL sent on a recording
 * JDBC connection.
 */
public final class OraclePlanProvider implements PlanProvider {

    private static final String PLAN_COLUMNS = "SELECT ID, PARENT_ID, OPERATION, OPTIONS, OBJECT_OWNER, OBJECT_NAME,"
            + " COST, CARDINALITY, BYTES, ACCESS_PREDICATES, FILTER_PREDICATES FROM PLAN_TABLE"
            + " WHERE STATEMENT_ID = ? ORDER BY ID";

    private final Connection connection;
    private final Duration timeout;
    private final String serverVersion;
    private final OraclePlanReader reader = new OraclePlanReader();

    public OraclePlanProvider(Connection connection, Duration timeout) {
        this.connection = connection;
        this.timeout = timeout;
        try {
            connection.setAutoCommit(false);
            this.serverVersion = connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new ReviewConnectionException("cannot prepare the review session: " + e.getMessage(), e);
        }
    }

    @Override
    public String serverVersion() {
        return serverVersion;
    }

    @Override
    public Explanation explain(String statementSql) {
        // Our own id, upper-case letters, digits and dashes only, so it can stand as a literal (EXPLAIN PLAN
        // takes no bind variable there).
        String statementId = "SQLAUDIT-" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
        String sql = stripTerminator(statementSql);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(ReviewSessions.timeoutSeconds(timeout));
                statement.execute(ReviewGuard.check(
                        "EXPLAIN PLAN SET STATEMENT_ID = '" + statementId + "' INTO PLAN_TABLE FOR " + sql));
            }
            List<PlanTableRow> rows = planRows(statementId);
            try (Statement statement = connection.createStatement()) {
                statement.execute(ReviewGuard.check("DELETE FROM PLAN_TABLE WHERE STATEMENT_ID = '" + statementId + "'"));
            }
            return new Explanation.Explained(reader.read(rows));
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                throw new ReviewConnectionException("review connection failed: " + e.getMessage(), e);
            }
            return new Explanation.Rejected(e.getSQLState(), e.getErrorCode(), e.getMessage());
        } finally {
            ReviewSessions.rollback(connection);
        }
    }

    private List<PlanTableRow> planRows(String statementId) throws SQLException {
        List<PlanTableRow> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(ReviewGuard.check(PLAN_COLUMNS))) {
            query.setQueryTimeout(ReviewSessions.timeoutSeconds(timeout));
            query.setString(1, statementId);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new PlanTableRow(result.getInt(1), ReviewSessions.optionalLong(result, 2), result.getString(3),
                            result.getString(4), result.getString(5), result.getString(6), ReviewSessions.optionalLong(result, 7),
                            ReviewSessions.optionalLong(result, 8), ReviewSessions.optionalLong(result, 9), result.getString(10),
                            result.getString(11)));
                }
            }
        }
        return rows;
    }

    @Override
    public java.util.OptionalLong countRows(String countQuery) {
        return ReviewSessions.countRows(connection, timeout, countQuery);
    }

    @Override
    public Optional<TableFacts> tableFacts(String schema, String table) {
        String sql = "SELECT t.OWNER, t.NUM_ROWS, t.AVG_ROW_LEN, i.INDEX_NAME, i.UNIQUENESS, c.COLUMN_NAME,"
                + " (SELECT COUNT(*) FROM ALL_CONSTRAINTS k WHERE k.OWNER = t.OWNER AND k.TABLE_NAME = t.TABLE_NAME"
                + " AND k.CONSTRAINT_TYPE = 'P' AND k.INDEX_NAME = i.INDEX_NAME)"
                + " FROM ALL_TABLES t LEFT JOIN ALL_INDEXES i ON i.TABLE_OWNER = t.OWNER AND i.TABLE_NAME = t.TABLE_NAME"
                + " LEFT JOIN ALL_IND_COLUMNS c ON c.INDEX_OWNER = i.OWNER AND c.INDEX_NAME = i.INDEX_NAME"
                + " WHERE t.OWNER = NVL(?, SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA')) AND t.TABLE_NAME = ?"
                + " ORDER BY i.INDEX_NAME, c.COLUMN_POSITION";
        try (PreparedStatement query = connection.prepareStatement(ReviewGuard.check(sql))) {
            query.setQueryTimeout(ReviewSessions.timeoutSeconds(timeout));
            // Oracle folds unquoted names to upper case; scripts mostly write them unquoted.
            query.setString(1, schema == null || schema.isEmpty() ? null : schema.toUpperCase(Locale.ROOT));
            query.setString(2, table.toUpperCase(Locale.ROOT));
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String owner = rows.getString(1);
                OptionalLong numRows = ReviewSessions.optionalLong(rows, 2);
                OptionalLong avgRowLength = ReviewSessions.optionalLong(rows, 3);
                Map<String, List<String>> columns = new LinkedHashMap<>();
                Map<String, boolean[]> flags = new LinkedHashMap<>();
                do {
                    String index = rows.getString(4);
                    if (index != null) {
                        columns.computeIfAbsent(index, k -> new ArrayList<>()).add(rows.getString(6));
                        flags.put(index, new boolean[] {"UNIQUE".equals(rows.getString(5)), rows.getInt(7) > 0});
                    }
                } while (rows.next());
                List<TableFacts.Index> indexes = new ArrayList<>();
                columns.forEach((name, cols) -> indexes.add(
                        new TableFacts.Index(name, flags.get(name)[0], flags.get(name)[1], cols)));
                OptionalLong dataBytes = numRows.isPresent() && avgRowLength.isPresent()
                        ? OptionalLong.of(numRows.getAsLong() * avgRowLength.getAsLong()) : OptionalLong.empty();
                // Column types are not read for Oracle yet (ALL_TAB_COLUMNS): rules needing them say "unknown".
                return Optional.of(new TableFacts(owner, table.toUpperCase(Locale.ROOT), numRows, dataBytes,
                        OptionalLong.empty(), "", indexes, Map.of()));
            }
        } catch (SQLException e) {
            throw new ReviewConnectionException("cannot read the catalog for " + table + ": " + e.getMessage(), e);
        } finally {
            ReviewSessions.rollback(connection);
        }
    }

    /** SQL*Plus terminators are removed by the splitter; a stray ";" would make EXPLAIN PLAN fail. */
    static String stripTerminator(String sql) {
        String text = sql.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    @Override
    public void close() {
        ReviewSessions.rollbackAndClose(connection);
    }
}
