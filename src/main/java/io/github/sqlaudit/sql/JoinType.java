package io.github.sqlaudit.sql;

/** How a table is joined. {@link #COMMA} is the old {@code FROM a, b} form, whose condition (if any) lives in WHERE. */
public enum JoinType {
    INNER,
    CROSS,
    LEFT,
    RIGHT,
    FULL,
    NATURAL,
    STRAIGHT,
    COMMA
}
