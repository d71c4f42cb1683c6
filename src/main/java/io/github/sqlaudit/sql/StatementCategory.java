package io.github.sqlaudit.sql;

/** The broad family of a statement, as script-level rules see it (for example "DDL and DML mixed"). */
public enum StatementCategory {
    /** Queries and data changes: SELECT, INSERT, UPDATE, DELETE, REPLACE, LOAD DATA, CALL, DO, HANDLER. */
    DML,
    /** Schema changes: CREATE/ALTER/DROP/RENAME/TRUNCATE of tables, indexes, views, routines, databases ... */
    DDL,
    /** Access control: users, roles, GRANT, REVOKE. */
    DCL,
    /** Transaction control: BEGIN, COMMIT, ROLLBACK, SAVEPOINT, LOCK TABLES ... */
    TCL,
    /** Session state: SET, USE, PREPARE/EXECUTE. */
    SESSION,
    /** Inspection and administration: SHOW, EXPLAIN, ANALYZE/CHECK/OPTIMIZE, FLUSH, KILL ... */
    ADMIN,
    /** Commands of the command-line client itself ({@code SOURCE}, {@code \.}, {@code DELIMITER}). */
    CLIENT,
    OTHER
}
