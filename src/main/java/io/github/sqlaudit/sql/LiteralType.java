package io.github.sqlaudit.sql;

/** The type of a literal in a comparison, for the implicit-conversion rules. */
public enum LiteralType {
    STRING,
    NUMBER,
    /** Hexadecimal ({@code X'0F'}, {@code 0x0F}) and bit ({@code b'101'}) literals. */
    BINARY,
    TEMPORAL,
    BOOLEAN,
    NULL
}
