package io.github.sqlaudit.sql;

/** The kinds of operation an ALTER TABLE can carry. */
public enum AlterAction {
    ADD_COLUMN,
    DROP_COLUMN,
    MODIFY_COLUMN,
    CHANGE_COLUMN,
    RENAME_COLUMN,
    ALTER_COLUMN_DEFAULT,
    ALTER_COLUMN_VISIBILITY,
    ADD_INDEX,
    DROP_INDEX,
    RENAME_INDEX,
    ALTER_INDEX_VISIBILITY,
    ADD_PRIMARY_KEY,
    DROP_PRIMARY_KEY,
    ADD_FOREIGN_KEY,
    DROP_FOREIGN_KEY,
    ADD_CHECK,
    DROP_CHECK,
    ALTER_CHECK,
    RENAME_TABLE,
    /** ENGINE=..., whose change rebuilds the table. */
    CHANGE_ENGINE,
    /** CONVERT TO CHARACTER SET, which rewrites every text column. */
    CONVERT_CHARSET,
    /** Any other table option (CHARSET, COMMENT, AUTO_INCREMENT, ROW_FORMAT ...). */
    TABLE_OPTIONS,
    ORDER_BY,
    FORCE,
    /** ADD/DROP/REORGANIZE/COALESCE/TRUNCATE/... PARTITION, PARTITION BY, REMOVE PARTITIONING. */
    PARTITIONING,
    DISCARD_TABLESPACE,
    IMPORT_TABLESPACE,
    ENABLE_KEYS,
    DISABLE_KEYS,
    /** MariaDB: ADD/DROP SYSTEM VERSIONING and ADD/DROP PERIOD. */
    SYSTEM_VERSIONING,
    /** ALGORITHM=... clause. */
    ALGORITHM,
    /** LOCK=... clause. */
    LOCK,
    OTHER
}
