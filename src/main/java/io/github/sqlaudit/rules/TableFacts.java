package io.github.sqlaudit.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.sqlaudit.sql.IndexDef;
import io.github.sqlaudit.sql.TableRef;

/**
 * What the target database says about one existing table (filled by the audit layer from the catalog views).
 *
 * @param rows        estimated row count
 * @param sizeBytes   data plus index size
 * @param primaryKey  primary-key columns, empty when the table has none
 * @param indexes     every index, the primary key included
 * @param columnTypes column name (any case) → the full column type as the catalog shows it, upper case
 *                    ({@code VARCHAR(255)}, {@code INT UNSIGNED}, {@code DECIMAL(10,2)}, {@code NUMBER(10)})
 */
public record TableFacts(TableRef table, long rows, long sizeBytes, List<String> primaryKey, List<IndexDef> indexes,
                         Map<String, String> columnTypes) {

    public TableFacts {
        Objects.requireNonNull(table, "table");
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        columnTypes = columnTypes.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> e.getKey().toLowerCase(Locale.ROOT), e -> e.getValue().toUpperCase(Locale.ROOT)));
    }

    public boolean hasPrimaryKey() {
        return !primaryKey.isEmpty();
    }

    public boolean isPrimaryKeyColumn(String column) {
        return primaryKey.stream().anyMatch(c -> c.equalsIgnoreCase(column));
    }

    /** True when the column is part of some index (the only way a predicate on it can use one). */
    public boolean isIndexed(String column) {
        return indexes.stream().flatMap(i -> i.columns().stream()).anyMatch(c -> c.equalsIgnoreCase(column));
    }

    public Optional<String> columnType(String column) {
        return Optional.ofNullable(columnTypes.get(column.toLowerCase(Locale.ROOT)));
    }
}
