package io.github.sqlaudit.jira.store;

/** Where a run of a script stands. */
public enum ExecRunState {
    /** Waiting for the scheduler to start the background job. */
    QUEUED,
    RUNNING,
    /** A stop was requested; the run ends after the current batch. */
    STOPPING,
    /** Ended on request after a batch; the next transition resumes it. */
    STOPPED,
    COMPLETED,
    /** Refused, failed at a statement, lost its connection, or a host step failed. */
    FAILED;

    /** Still going, as far as the row says (a stale row may belong to a node that died). */
    public boolean active() {
        return this == QUEUED || this == RUNNING || this == STOPPING;
    }
}
