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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans from MySQL 8.0/8.4 and MariaDB 10.6+/11 through {@code EXPLAIN FORMAT=JSON} (never EXPLAIN
 * ANALYZE or ANALYZE, which execute the statement).
 *
 * <p>The review connection is made as harmless as the server allows: the session is READ ONLY (so even a
 * stored function the optimizer evaluates while planning cannot write to transactional tables),
 * autocommit is off and every statement is rolled back, and a statement timeout bounds the optimizer's
 * work ({@code max_statement_time} on MariaDB, {@code max_execution_time} on MySQL, plus the JDBC query
 * timeout). The connection must not allow multi-statements (Connector/J's default), so a reviewed text
 * cannot smuggle a second statement behind the EXPLAIN.
 */
public final class MySqlPlanProvider implements PlanProvider {

    private static final Logger LOG = LoggerFactory.getLogger(MySqlPlanProvider.class);
    /** MySQL's "Unknown system variable": explain_json_format_version exists only from 8.3 on. */
    private static final int ER_UNKNOWN_SYSTEM_VARIABLE = 1193;
    /** "Cannot execute statement in a READ ONLY transaction": MariaDB says it even for EXPLAIN UPDATE. */
    private static final int ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION = 1792;

    private final Connection connection;
    private final Duration timeout;
    private final String serverVersion;
    private final boolean mariadb;
    private final ExplainJsonParser parser = new ExplainJsonParser();

    /**
     * Takes over a fresh review connection (closing it on {@link #close()}) and prepares its session.
     *
     * @throws ReviewConnectionException when the session cannot be made safe
     */
    public MySqlPlanProvider(Connection connection, Duration timeout) {
        this.connection = connection;
        this.timeout = timeout;
        try {
            connection.setAutoCommit(false);
            this.serverVersion = queryString("SELECT VERSION()");
            this.mariadb = serverVersion.toLowerCase(Locale.ROOT).contains("mariadb");
            execute("SET SESSION TRANSACTION READ ONLY");
            if (mariadb) {
                execute("SET SESSION max_statement_time = " + timeout.toMillis() / 1000.0);
            } else {
                execute("SET SESSION max_execution_time = " + timeout.toMillis());
                useJsonFormatVersion1();
            }
            connection.rollback();
        } catch (SQLException e) {
            closeQuietly();
            throw new ReviewConnectionException("cannot prepare the review session: " + e.getMessage(), e);
        }
        LOG.debug("review session ready on {} (timeout {})", serverVersion, timeout);
    }

    /** MySQL 8.3+ may default to JSON format version 2, which has another shape; 8.0 lacks the variable. */
    private void useJsonFormatVersion1() throws SQLException {
        try {
            execute("SET SESSION explain_json_format_version = 1");
        } catch (SQLException e) {
            if (e.getErrorCode() != ER_UNKNOWN_SYSTEM_VARIABLE) {
                throw e;
            }
        }
    }

    @Override
    public String serverVersion() {
        return serverVersion;
    }

    public boolean isMariaDb() {
        return mariadb;
    }

    /**
     * MariaDB refuses to EXPLAIN an UPDATE, DELETE or INSERT inside a READ ONLY transaction (error 1792).
     * Such a statement is explained once more in a single read-write transaction ({@code SET TRANSACTION
     * READ WRITE} covers the next transaction only; the session stays read-only), which is rolled back
     * like every other. The EXPLAIN itself changes nothing; the rollback covers anything the optimizer
     * might evaluate while planning.
     */
    @Override
    public Explanation explain(String statementSql) {
        String sql = ReviewGuard.check("EXPLAIN FORMAT=JSON " + stripTerminator(statementSql));
        try {
            try {
                return explainNow(sql);
            } catch (SQLException e) {
                if (e.getErrorCode() != ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION) {
                    throw e;
                }
                ReviewSessions.rollback(connection);
                execute("SET TRANSACTION READ WRITE");
                return explainNow(sql);
            }
        } catch (SQLException e) {
            if (isConnectionFailure(e)) {
                throw new ReviewConnectionException("review connection failed: " + e.getMessage(), e);
            }
            return new Explanation.Rejected(e.getSQLState(), e.getErrorCode(), e.getMessage());
        } finally {
            ReviewSessions.rollback(connection);
        }
    }

    private Explanation explainNow(String explainSql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(ReviewSessions.timeoutSeconds(timeout));
            try (ResultSet rows = statement.executeQuery(explainSql)) {
                if (!rows.next()) {
                    return new Explanation.NotExplainable("the server returned no plan");
                }
                return new Explanation.Explained(parser.parse(rows.getString(1)));
            }
        }
    }

    @Override
    public java.util.OptionalLong countRows(String countQuery) {
        return ReviewSessions.countRows(connection, timeout, countQuery);
    }

    @Override
    public Optional<TableFacts> tableFacts(String schema, String table) {
        // One query per table: the table's row, its index columns and its columns, told apart by the first field.
        String where = " WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ?";
        String sql = "SELECT 'T', TABLE_ROWS, DATA_LENGTH, INDEX_LENGTH, ENGINE, NULL, NULL, 0"
                + " FROM information_schema.TABLES" + where
                + " UNION ALL SELECT 'I', NON_UNIQUE, SEQ_IN_INDEX, NULL, INDEX_NAME, COLUMN_NAME, NULL, 1"
                + " FROM information_schema.STATISTICS" + where
                + " UNION ALL SELECT 'C', ORDINAL_POSITION, NULL, NULL, NULL, COLUMN_NAME, COLUMN_TYPE, 2"
                + " FROM information_schema.COLUMNS" + where
                + " ORDER BY 8, 5, 3, 2";
        String schemaOrNull = schema == null || schema.isEmpty() ? null : schema;
        try (PreparedStatement statement = connection.prepareStatement(ReviewGuard.check(sql))) {
            statement.setQueryTimeout(ReviewSessions.timeoutSeconds(timeout));
            for (int i = 0; i < 3; i++) {
                statement.setString(2 * i + 1, schemaOrNull);
                statement.setString(2 * i + 2, table);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return readFacts(rows, schemaOrNull == null ? currentSchema() : schema, table);
            }
        } catch (SQLException e) {
            throw new ReviewConnectionException("cannot read the catalog for " + table + ": " + e.getMessage(), e);
        } finally {
            ReviewSessions.rollback(connection);
        }
    }

    private static Optional<TableFacts> readFacts(ResultSet rows, String schema, String table) throws SQLException {
        if (!rows.next() || !"T".equals(rows.getString(1))) {
            return Optional.empty();
        }
        OptionalLong estimatedRows = ReviewSessions.optionalLong(rows, 2);
        OptionalLong dataBytes = ReviewSessions.optionalLong(rows, 3);
        OptionalLong indexBytes = ReviewSessions.optionalLong(rows, 4);
        String engine = rows.getString(5);
        Map<String, List<String>> indexColumns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        Map<String, String> columnTypes = new LinkedHashMap<>();
        while (rows.next()) {
            if ("I".equals(rows.getString(1))) {
                String index = rows.getString(5);
                indexColumns.computeIfAbsent(index, k -> new ArrayList<>()).add(rows.getString(6));
                unique.put(index, rows.getInt(2) == 0);
            } else {
                columnTypes.put(rows.getString(6), rows.getString(7));
            }
        }
        List<TableFacts.Index> indexes = new ArrayList<>();
        // MySQL and MariaDB name the primary key's index PRIMARY, and no other index may take that name.
        indexColumns.forEach((name, cols) -> indexes.add(
                new TableFacts.Index(name, unique.get(name), name.equals("PRIMARY"), cols)));
        return Optional.of(new TableFacts(schema, table, estimatedRows, dataBytes, indexBytes, engine, indexes,
                columnTypes));
    }

    private String currentSchema() throws SQLException {
        String schema = connection.getCatalog();
        return schema == null ? "" : schema;
    }

    /** The splitter hands statements without their delimiter; a stray terminator would break the EXPLAIN. */
    static String stripTerminator(String sql) {
        String text = sql.strip();
        while (text.endsWith(";") || text.endsWith("\\G") || text.endsWith("\\g")) {
            text = text.substring(0, text.length() - (text.endsWith(";") ? 1 : 2)).strip();
        }
        return text;
    }

    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("08");
    }

    private String queryString(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(ReviewGuard.check(sql))) {
            rows.next();
            return rows.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(ReviewGuard.check(sql));
        }
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing a failed review connection", e);
        }
    }

    @Override
    public void close() {
        ReviewSessions.rollbackAndClose(connection);
    }
}
