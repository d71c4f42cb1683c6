package io.github.sqlaudit.plan;

import java.util.Locale;

/**
 * How the optimizer reaches a table's rows, from best to worst as the MySQL and MariaDB manuals order
 * the EXPLAIN {@code type} column; Oracle's operations map onto the same scale.
 */
public enum AccessType {
    SYSTEM, CONST, EQ_REF, REF, FULLTEXT, REF_OR_NULL, INDEX_MERGE, UNIQUE_SUBQUERY, INDEX_SUBQUERY, RANGE,
    /** Reads the whole index. */
    INDEX,
    /** Reads the whole table. */
    ALL,
    /** Not reported or not known to us: shown as is, never treated as safe. */
    UNKNOWN;

    /** Maps the {@code access_type} of EXPLAIN FORMAT=JSON; MariaDB's hashed join variants count as their base. */
    public static AccessType fromExplain(String value) {
        if (value == null || value.isBlank()) {
            return UNKNOWN;
        }
        String normalized = value.trim().toUpperCase(Locale.ROOT);
        if (normalized.startsWith("HASH_")) {
            normalized = normalized.substring("HASH_".length());
        }
        try {
            return valueOf(normalized);
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    public boolean isFullTableScan() {
        return this == ALL;
    }

    public boolean isFullIndexScan() {
        return this == INDEX;
    }

    /** The spelling users know from EXPLAIN. */
    public String label() {
        return this == UNKNOWN ? "?" : (this == ALL ? "ALL" : name().toLowerCase(Locale.ROOT));
    }
}
