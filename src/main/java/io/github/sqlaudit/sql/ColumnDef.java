package io.github.sqlaudit.sql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A column definition from CREATE TABLE or ALTER TABLE ADD/MODIFY/CHANGE COLUMN.
 *
 * @param name          the column name, unquoted
 * @param dataType      the type name in upper case ({@code VARCHAR}, {@code INT}, {@code DECIMAL}, {@code ENUM} ...)
 * @param length        the length or precision ({@code VARCHAR(64)} → 64, {@code DECIMAL(10,2)} → 10)
 * @param scale         the scale ({@code DECIMAL(10,2)} → 2)
 * @param unsigned      UNSIGNED given (or ZEROFILL, which implies it)
 * @param nullable      NULL / NOT NULL as declared; empty when not said (nullable by default, except primary keys)
 * @param defaultValue  the DEFAULT expression's text as written
 * @param autoIncrement AUTO_INCREMENT given
 * @param charset       CHARACTER SET / CHARSET given on the column
 * @param collation     COLLATE given on the column
 * @param comment       COMMENT given on the column, unquoted
 * @param primaryKey    the column itself is declared PRIMARY KEY
 * @param unique        the column itself is declared UNIQUE [KEY]
 * @param generated     a generated column ({@code AS (expr)}, {@code GENERATED ALWAYS AS})
 * @param enumValues    the values of an ENUM or SET type, unquoted
 */
public record ColumnDef(
        String name,
        String dataType,
        OptionalInt length,
        OptionalInt scale,
        boolean unsigned,
        Optional<Boolean> nullable,
        Optional<String> defaultValue,
        boolean autoIncrement,
        Optional<String> charset,
        Optional<String> collation,
        Optional<String> comment,
        boolean primaryKey,
        boolean unique,
        boolean generated,
        List<String> enumValues) {

    public ColumnDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(nullable, "nullable");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(collation, "collation");
        Objects.requireNonNull(comment, "comment");
        enumValues = List.copyOf(enumValues);
    }

    /** NOT NULL was declared (or implied by PRIMARY KEY). */
    public boolean isNotNull() {
        return nullable.map(n -> !n).orElse(primaryKey);
    }
}
