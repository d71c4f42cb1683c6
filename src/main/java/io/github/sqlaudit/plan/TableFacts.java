package io.github.sqlaudit.plan;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What the target's catalog says about a table the script touches: its size and its indexes. Rules
 * such as "ALTER of a large table without an online method" and "DML on a table without a primary key"
 * read these; they come from {@code information_schema} or Oracle's {@code ALL_TABLES} and
 * {@code ALL_INDEXES}, once per table per audit.
 *
 * @param estimatedRows the catalog's row estimate (InnoDB's is approximate; Oracle's is the last statistics)
 * @param dataBytes     the table's data size in bytes, when known
 * @param indexBytes    the size of its indexes in bytes, when known
 * @param engine        the storage engine (MySQL/MariaDB) or empty
 * @param columnTypes   column name → full type as the catalog shows it ({@code varchar(190)}), in table order
 */
public record TableFacts(
        String schema,
        String table,
        OptionalLong estimatedRows,
        OptionalLong dataBytes,
        OptionalLong indexBytes,
        String engine,
        List<Index> indexes,
        java.util.Map<String, String> columnTypes) {

    public TableFacts {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(estimatedRows, "estimatedRows");
        Objects.requireNonNull(dataBytes, "dataBytes");
        Objects.requireNonNull(indexBytes, "indexBytes");
        engine = engine == null ? "" : engine;
        indexes = List.copyOf(indexes);
        columnTypes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columnTypes));
    }

    /** An index with its columns in index order; {@code primaryKey} for the one enforcing the primary key. */
    public record Index(String name, boolean unique, boolean primaryKey, List<String> columns) {
        public Index {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
        }
    }

    public boolean hasPrimaryKey() {
        return indexes.stream().anyMatch(Index::primaryKey);
    }

    /** True when some index starts with this column, so a predicate on it can use the index. */
    public boolean isIndexedLeadingColumn(String column) {
        return indexes.stream().anyMatch(i -> !i.columns().isEmpty() && i.columns().get(0).equalsIgnoreCase(column));
    }

    public String qualifiedName() {
        return schema.isEmpty() ? table : schema + "." + table;
    }
}
