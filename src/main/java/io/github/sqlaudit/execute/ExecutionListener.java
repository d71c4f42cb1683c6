package io.github.sqlaudit.execute;

import java.time.Duration;

/** Progress of a run, after each committed batch: what the panel and the CLI show. */
@FunctionalInterface
public interface ExecutionListener {

    void progress(int statementsDone, int total, long rowsAffected, Duration elapsed);

    ExecutionListener NONE = (done, total, rows, elapsed) -> { };
}
