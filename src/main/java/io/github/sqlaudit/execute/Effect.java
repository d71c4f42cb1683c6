package io.github.sqlaudit.execute;

/** How a statement behaves towards transactions, which decides how the executor runs and records it. */
public enum Effect {
    /** Row changes (INSERT, UPDATE, DELETE, REPLACE, LOAD DATA ...): batched, recorded in the same transaction. */
    DATA,
    /** Schema changes (DDL): commit implicitly, so they run alone and are recorded right after. */
    SCHEMA,
    /**
     * Session settings (SET, USE): change nothing stored, and a resumed run needs them again, so they run
     * every time and are not recorded.
     */
    SESSION,
    /**
     * An Oracle PL/SQL block (or SQL*Plus EXECUTE) that does not commit on its own: it runs alone, and its
     * DONE row is written in the same transaction as its work, like a batch of one. A block that commits,
     * rolls back, runs dynamic SQL or is autonomous is {@link #SCHEMA} instead.
     */
    BLOCK,
    /** Client commands (DELIMITER, SQL*Plus PROMPT, SET ECHO ...): never sent to the server. */
    CLIENT,
    /**
     * Explicit transaction control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT): the executor owns the transactions,
     * so a script holding these is refused before anything runs.
     */
    TRANSACTION_CONTROL
}
