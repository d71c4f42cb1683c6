package io.github.sqlaudit.jira.workflow;

/** Told once when an audit ends, on whichever thread ran it (the transition's or a background one). */
@FunctionalInterface
public interface AuditListener {

    void ended(AuditOutcome outcome);

    AuditListener NONE = outcome -> { };
}
