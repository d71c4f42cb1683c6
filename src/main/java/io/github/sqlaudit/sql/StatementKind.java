package io.github.sqlaudit.sql;

/**
 * What a statement does. New kinds are only ever added (rules and stored reports refer to these names).
 */
public enum StatementKind {
    // DML
    SELECT(StatementCategory.DML),
    INSERT(StatementCategory.DML),
    UPDATE(StatementCategory.DML),
    DELETE(StatementCategory.DML),
    REPLACE(StatementCategory.DML),
    LOAD_DATA(StatementCategory.DML),
    CALL(StatementCategory.DML),
    DO(StatementCategory.DML),
    HANDLER(StatementCategory.DML),
    // DDL
    CREATE_TABLE(StatementCategory.DDL),
    ALTER_TABLE(StatementCategory.DDL),
    DROP_TABLE(StatementCategory.DDL),
    TRUNCATE(StatementCategory.DDL),
    RENAME_TABLE(StatementCategory.DDL),
    CREATE_INDEX(StatementCategory.DDL),
    DROP_INDEX(StatementCategory.DDL),
    CREATE_VIEW(StatementCategory.DDL),
    ALTER_VIEW(StatementCategory.DDL),
    DROP_VIEW(StatementCategory.DDL),
    CREATE_PROCEDURE(StatementCategory.DDL),
    ALTER_PROCEDURE(StatementCategory.DDL),
    DROP_PROCEDURE(StatementCategory.DDL),
    CREATE_FUNCTION(StatementCategory.DDL),
    ALTER_FUNCTION(StatementCategory.DDL),
    DROP_FUNCTION(StatementCategory.DDL),
    CREATE_TRIGGER(StatementCategory.DDL),
    DROP_TRIGGER(StatementCategory.DDL),
    CREATE_EVENT(StatementCategory.DDL),
    ALTER_EVENT(StatementCategory.DDL),
    DROP_EVENT(StatementCategory.DDL),
    CREATE_DATABASE(StatementCategory.DDL),
    ALTER_DATABASE(StatementCategory.DDL),
    DROP_DATABASE(StatementCategory.DDL),
    CREATE_SEQUENCE(StatementCategory.DDL),
    ALTER_SEQUENCE(StatementCategory.DDL),
    DROP_SEQUENCE(StatementCategory.DDL),
    /** Other CREATE/ALTER/DROP statements: tablespaces, servers, spatial reference systems, resource groups, packages ... */
    OTHER_DDL(StatementCategory.DDL),
    // DCL
    CREATE_USER(StatementCategory.DCL),
    ALTER_USER(StatementCategory.DCL),
    DROP_USER(StatementCategory.DCL),
    RENAME_USER(StatementCategory.DCL),
    CREATE_ROLE(StatementCategory.DCL),
    DROP_ROLE(StatementCategory.DCL),
    GRANT(StatementCategory.DCL),
    REVOKE(StatementCategory.DCL),
    SET_PASSWORD(StatementCategory.DCL),
    SET_ROLE(StatementCategory.DCL),
    // TCL
    /** BEGIN, START TRANSACTION, COMMIT, ROLLBACK, SAVEPOINT, RELEASE SAVEPOINT, XA. */
    TRANSACTION(StatementCategory.TCL),
    LOCK_TABLES(StatementCategory.TCL),
    UNLOCK_TABLES(StatementCategory.TCL),
    // session
    SET(StatementCategory.SESSION),
    USE(StatementCategory.SESSION),
    PREPARE(StatementCategory.SESSION),
    EXECUTE(StatementCategory.SESSION),
    DEALLOCATE_PREPARE(StatementCategory.SESSION),
    // administration and inspection
    SHOW(StatementCategory.ADMIN),
    EXPLAIN(StatementCategory.ADMIN),
    /** ANALYZE, CHECK, CHECKSUM, OPTIMIZE and REPAIR TABLE. */
    TABLE_MAINTENANCE(StatementCategory.ADMIN),
    FLUSH(StatementCategory.ADMIN),
    KILL(StatementCategory.ADMIN),
    /** RESET, PURGE, INSTALL/UNINSTALL, SHUTDOWN, CHANGE MASTER/REPLICATION, signals and other server administration. */
    ADMIN_OTHER(StatementCategory.ADMIN),
    // client
    /** A command of the mysql client ({@code SOURCE file}, {@code \. file}, {@code DELIMITER}, ...), never sent to the server. */
    CLIENT_COMMAND(StatementCategory.CLIENT),
    /** A compound statement run outside a stored program (MariaDB's BEGIN NOT ATOMIC ... END, IF, CASE, loops). */
    BLOCK(StatementCategory.OTHER),
    /** The statement could not be classified (also the kind of a statement that failed to parse and could not be recognised). */
    OTHER(StatementCategory.OTHER),
    // Oracle (added with the Oracle grammar)
    MERGE(StatementCategory.DML),
    CREATE_PACKAGE(StatementCategory.DDL),
    CREATE_PACKAGE_BODY(StatementCategory.DDL),
    CREATE_TYPE(StatementCategory.DDL),
    CREATE_TYPE_BODY(StatementCategory.DDL),
    CREATE_MATERIALIZED_VIEW(StatementCategory.DDL),
    ALTER_MATERIALIZED_VIEW(StatementCategory.DDL),
    DROP_MATERIALIZED_VIEW(StatementCategory.DDL),
    CREATE_SYNONYM(StatementCategory.DDL),
    DROP_SYNONYM(StatementCategory.DDL),
    ALTER_INDEX(StatementCategory.DDL),
    /** COMMENT ON TABLE / COLUMN ... */
    COMMENT(StatementCategory.DDL),
    /** FLASHBACK TABLE ... TO SCN / TIMESTAMP / BEFORE DROP. */
    FLASHBACK_TABLE(StatementCategory.DDL),
    /** An anonymous PL/SQL block (DECLARE ... BEGIN ... END or BEGIN ... END) run as a script statement. */
    PLSQL_BLOCK(StatementCategory.OTHER),
    ALTER_SESSION(StatementCategory.SESSION),
    ALTER_SYSTEM(StatementCategory.ADMIN);

    private final StatementCategory category;

    StatementKind(StatementCategory category) {
        this.category = category;
    }

    public StatementCategory category() {
        return category;
    }

    public boolean isDml() {
        return category == StatementCategory.DML;
    }

    public boolean isDdl() {
        return category == StatementCategory.DDL;
    }
}
