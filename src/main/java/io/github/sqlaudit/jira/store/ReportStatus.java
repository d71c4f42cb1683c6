package io.github.sqlaudit.jira.store;

/** Where a stored audit stands. */
public enum ReportStatus {
    /** Started; the panel shows its progress. */
    PENDING,
    /** Finished with a report and a verdict. */
    DONE,
    /** Could not run (no target, target down, unreadable attachment store); the failure says why. */
    FAILED
}
