package io.github.sqlaudit.sql;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Table options of CREATE TABLE or ALTER TABLE.
 *
 * @param engine       ENGINE, as written
 * @param charset      [DEFAULT] CHARACTER SET / CHARSET
 * @param collation    [DEFAULT] COLLATE
 * @param comment      COMMENT, unquoted
 * @param partitioned  a PARTITION BY clause is present
 * @param others       every other option, upper-case name → value text (AUTO_INCREMENT, ROW_FORMAT, ...)
 */
public record TableOptions(
        Optional<String> engine,
        Optional<String> charset,
        Optional<String> collation,
        Optional<String> comment,
        boolean partitioned,
        Map<String, String> others) {

    public static final TableOptions NONE = new TableOptions(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Map.of());

    public TableOptions {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(collation, "collation");
        Objects.requireNonNull(comment, "comment");
        others = Map.copyOf(others);
    }
}
