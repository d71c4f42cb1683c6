package io.github.sqlaudit.sql;

/** Where a SET puts a variable: the server ({@code GLOBAL}, {@code PERSIST}), the session, or a user variable. */
public enum VariableScope {
    GLOBAL,
    PERSIST,
    PERSIST_ONLY,
    SESSION,
    /** {@code @name}: a user-defined variable of the session. */
    USER,
    /** A local variable or parameter inside a stored program, or {@code NEW.col} in a trigger. */
    LOCAL
}
