package io.github.sqlaudit.execute;

/** How much work one transaction holds. */
public enum TransactionMode {
    /** Every statement commits on its own. */
    PER_STATEMENT,
    /** Each batch of row-changing statements commits together (the default). */
    PER_BATCH,
    /** All or nothing; only for scripts without DDL, which would commit implicitly half-way. */
    WHOLE_SCRIPT
}
