package io.github.sqlaudit.sql;

/** The kinds of schema object a DDL statement creates, changes or drops (for naming and DROP rules). */
public enum ObjectType {
    DATABASE,
    TABLE,
    COLUMN,
    INDEX,
    VIEW,
    PROCEDURE,
    FUNCTION,
    TRIGGER,
    EVENT,
    SEQUENCE,
    USER,
    ROLE,
    TABLESPACE,
    SERVER,
    OTHER
}
