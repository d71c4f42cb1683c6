package io.github.sqlaudit.plan;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One table in a plan: how it is read, with which index, and how many rows the optimizer expects.
 *
 * @param table         the table name (or alias) as the plan shows it
 * @param accessType    the access method
 * @param possibleKeys  indexes the optimizer considered
 * @param key           the index used, empty when none
 * @param keyLength     bytes of the index used, empty when none or not reported
 * @param rowsExamined  rows examined per scan (MySQL {@code rows_examined_per_scan}, MariaDB {@code rows},
 *                      Oracle {@code CARDINALITY})
 * @param filtered      percentage of examined rows left by the table's condition (100 when not reported)
 * @param cost          the optimizer's cost for this table, when reported
 * @param modified      true for the table an UPDATE or DELETE changes (MySQL and MariaDB mark it)
 */
public record TableAccess(
        String table,
        AccessType accessType,
        List<String> possibleKeys,
        String key,
        OptionalLong keyLength,
        OptionalLong rowsExamined,
        double filtered,
        OptionalDouble cost,
        boolean modified) {

    public TableAccess {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(accessType, "accessType");
        possibleKeys = List.copyOf(possibleKeys);
        key = key == null ? "" : key;
        Objects.requireNonNull(keyLength, "keyLength");
        Objects.requireNonNull(rowsExamined, "rowsExamined");
        Objects.requireNonNull(cost, "cost");
    }

    /** Optimizer-made tables such as {@code <subquery2>}, {@code <derived3>} or {@code <union1,2>}. */
    public boolean isInternal() {
        return table.startsWith("<");
    }

    public boolean usesIndex() {
        return !key.isEmpty();
    }

    /** Rows this table passes on: examined rows times the filtered share. */
    public OptionalDouble rowsProduced() {
        return rowsExamined.isPresent()
                ? OptionalDouble.of(rowsExamined.getAsLong() * filtered / 100.0)
                : OptionalDouble.empty();
    }
}
