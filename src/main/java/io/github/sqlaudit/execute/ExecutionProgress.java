package io.github.sqlaudit.execute;

import java.time.Duration;
import java.util.Optional;

/**
 * The progress of a running execution as the panel shows it: statements done of total, rows changed,
 * elapsed time and an estimate of the time left. Updated by the executor after every committed batch,
 * read by whoever asks; safe across threads.
 */
public final class ExecutionProgress implements ExecutionListener {

    /** One reading. */
    public record Snapshot(int done, int total, long rowsAffected, Duration elapsed, Optional<Duration> remaining) {
        public int percent() {
            return total == 0 ? 100 : (int) (100L * done / total);
        }
    }

    private volatile Snapshot current = new Snapshot(0, 0, 0, Duration.ZERO, Optional.empty());

    @Override
    public void progress(int statementsDone, int total, long rowsAffected, Duration elapsed) {
        Optional<Duration> remaining = statementsDone == 0 ? Optional.empty()
                : Optional.of(elapsed.multipliedBy(Math.max(0, total - statementsDone)).dividedBy(statementsDone));
        current = new Snapshot(statementsDone, total, rowsAffected, elapsed, remaining);
    }

    public Snapshot snapshot() {
        return current;
    }
}
