package io.github.sqlaudit.execute;

import java.time.Duration;
import java.util.Objects;

/**
 * How to run an approved script.
 *
 * @param batchSize          row-changing statements per batch (and per transaction in PER_BATCH mode)
 * @param stopOnError        stop at the first failing statement (default) or record it and go on
 * @param transactionMode    how much one transaction holds
 * @param pauseBetweenBatches a pause after each committed batch, to spare replicas and the buffer pool
 * @param maxRowsPerSecond   throttle on affected rows per second; 0 for none
 * @param executedBy         who runs it (Jira user key or OS user), written to the ledger
 */
public record ExecutionOptions(int batchSize, boolean stopOnError, TransactionMode transactionMode,
        Duration pauseBetweenBatches, long maxRowsPerSecond, String executedBy) {

    public ExecutionOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        if (maxRowsPerSecond < 0) {
            throw new IllegalArgumentException("rows per second cannot be negative, was " + maxRowsPerSecond);
        }
        Objects.requireNonNull(transactionMode, "transactionMode");
        Objects.requireNonNull(pauseBetweenBatches, "pauseBetweenBatches");
        Objects.requireNonNull(executedBy, "executedBy");
        if (transactionMode == TransactionMode.PER_STATEMENT) {
            batchSize = 1;
        }
    }

    public static ExecutionOptions defaults(String executedBy) {
        return new ExecutionOptions(100, true, TransactionMode.PER_BATCH, Duration.ZERO, 0, executedBy);
    }

    public ExecutionOptions withBatchSize(int size) {
        return new ExecutionOptions(size, stopOnError, transactionMode, pauseBetweenBatches, maxRowsPerSecond, executedBy);
    }

    public ExecutionOptions withTransactionMode(TransactionMode mode) {
        return new ExecutionOptions(batchSize, stopOnError, mode, pauseBetweenBatches, maxRowsPerSecond, executedBy);
    }

    public ExecutionOptions withStopOnError(boolean stop) {
        return new ExecutionOptions(batchSize, stop, transactionMode, pauseBetweenBatches, maxRowsPerSecond, executedBy);
    }

    public ExecutionOptions withThrottle(Duration pause, long rowsPerSecond) {
        return new ExecutionOptions(batchSize, stopOnError, transactionMode, pause, rowsPerSecond, executedBy);
    }
}
