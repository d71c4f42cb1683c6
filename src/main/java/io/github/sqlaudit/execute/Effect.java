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
    /** Client commands (DELIMITER ...): never sent to the server. */
    CLIENT,
    /**
     * Explicit transaction control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT): the executor owns the transactions,
     * so a script holding these is refused before anything runs.
     */
    TRANSACTION_CONTROL
}
