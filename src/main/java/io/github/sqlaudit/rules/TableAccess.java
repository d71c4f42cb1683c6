package io.github.sqlaudit.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.sqlaudit.sql.TableRef;

/**
 * How a plan reads one table.
 *
 * @param fullScan     every row is read (MySQL access type ALL, Oracle TABLE ACCESS FULL)
 * @param keyUsed      the index the plan uses, empty when none
 * @param possibleKeys indexes the optimizer considered
 * @param rows         rows the plan expects to read from this table
 */
public record TableAccess(TableRef table, boolean fullScan, Optional<String> keyUsed, List<String> possibleKeys,
                          long rows) {

    public TableAccess {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(keyUsed, "keyUsed");
        possibleKeys = List.copyOf(possibleKeys);
    }
}
