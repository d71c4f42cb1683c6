package io.github.sqlaudit.plan;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.OptionalLong;

/** What every plan provider does the same way on its review connection. */
final class ReviewSessions {

    private ReviewSessions() {
    }

    /** JDBC timeouts are whole seconds; a partial second rounds up so the bound is never shorter than asked. */
    static int timeoutSeconds(Duration timeout) {
        return (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
    }

    static OptionalLong optionalLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** A guarded count on the review connection; empty when it fails or times out, and always rolled back. */
    static OptionalLong countRows(Connection connection, Duration timeout, String countQuery) {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(timeoutSeconds(timeout));
            try (ResultSet rows = statement.executeQuery(ReviewGuard.check(countQuery))) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(PlanProvider.class).info("no exact count ({}): {}", countQuery,
                    e.getMessage());
            return OptionalLong.empty();
        } finally {
            rollback(connection);
        }
    }

    static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw new ReviewConnectionException("cannot roll back the review connection: " + e.getMessage(), e);
        }
    }

    static void rollbackAndClose(Connection connection) {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw new ReviewConnectionException("cannot close the review connection: " + e.getMessage(), e);
        }
    }
}
