package io.github.sqlaudit.sql;

import java.util.Objects;

/**
 * One assignment of a SET statement.
 *
 * @param name  the variable's name in lower case, without {@code @}/{@code @@} and scope prefix
 *              ({@code sql_log_bin}, {@code foreign_key_checks}; {@code names} for SET NAMES,
 *              {@code character_set} for SET CHARACTER SET, {@code transaction} for SET TRANSACTION)
 * @param scope where it is set
 * @param value the value's source text
 */
public record VariableAssignment(String name, VariableScope scope, String value) {

    public VariableAssignment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(value, "value");
    }
}
