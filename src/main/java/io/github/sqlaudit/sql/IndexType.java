package io.github.sqlaudit.sql;

/** The kind of a key or index. */
public enum IndexType {
    PRIMARY,
    UNIQUE,
    INDEX,
    FULLTEXT,
    SPATIAL,
    VECTOR
}
