package io.github.sqlaudit.execute;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one run of a script.
 *
 * @param status     how the run ended
 * @param total      statements of the script the ledger records (row and schema changes; not SET, USE or
 *                   client commands, which run on every run)
 * @param executed   statements this run executed
 * @param skipped    statements an earlier run had completed (from the ledger)
 * @param rowsAffected rows this run changed
 * @param failures   the statements that failed (one at most when stopping on error)
 * @param duration   wall-clock time of this run
 */
public record ExecutionResult(Status status, int total, int executed, int skipped, long rowsAffected,
        List<Failure> failures, Duration duration) {

    public enum Status {
        /** Every statement has run (in this or an earlier run). */
        COMPLETED,
        /** Stopped at a failing statement; fix and run again to resume after the last completed one. */
        FAILED,
        /** Went on past failures; the failed statements are listed. */
        COMPLETED_WITH_FAILURES,
        /** Stopped on request after a batch; run again to resume. */
        STOPPED
    }

    /** A statement the database refused, with its own words. */
    public record Failure(int statementIndex, int startLine, String sqlState, int errorCode, String message) {
        public Failure {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return "statement " + (statementIndex + 1) + " at line " + startLine + ": " + message
                    + (sqlState == null ? "" : " (SQLSTATE " + sqlState + ", error " + errorCode + ")");
        }
    }

    public ExecutionResult {
        failures = List.copyOf(failures);
    }

    public Optional<Failure> firstFailure() {
        return failures.stream().findFirst();
    }
}
