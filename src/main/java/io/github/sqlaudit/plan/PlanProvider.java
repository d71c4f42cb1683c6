package io.github.sqlaudit.plan;

import java.util.Optional;

/**
 * Asks a target database how it would run a statement, without running it. One per review session:
 * it owns a review connection (read-only where the server allows, autocommit off, rolled back after
 * every statement, with a statement timeout) and closes it with {@link #close()}.
 */
public interface PlanProvider extends AutoCloseable {

    /**
     * The plan of one DML statement (SELECT, INSERT, REPLACE, UPDATE, DELETE), given as its exact source
     * text without the script's delimiter. Never throws for what the server says about the statement:
     * a rejection is an {@link Explanation.Rejected}.
     *
     * @throws ReviewConnectionException when the connection itself fails
     */
    Explanation explain(String statementSql);

    /**
     * Runs a count built by {@link CountQuery} on the review connection, bounded by the session's timeout;
     * empty when the target could not count in time (a count is a nicety, never a reason to fail an audit).
     */
    java.util.OptionalLong countRows(String countQuery);

    /** Size and indexes of a table, or empty when the target has no such table. */
    Optional<TableFacts> tableFacts(String schema, String table);

    /** The server's own description of itself, e.g. {@code 11.4.5-MariaDB}. */
    String serverVersion();

    @Override
    void close();
}
