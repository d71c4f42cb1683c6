package io.github.sqlaudit.jira.workflow;

import java.util.Map;
import java.util.Optional;

import io.github.sqlaudit.jira.store.ReportRecord;

/** What an audit request came to; {@link #blocks()} and {@link #message()} are what the validator acts on. */
public sealed interface AuditOutcome {

    boolean blocks();

    /** For the user: why the transition is refused (empty when it passes). */
    String message();

    Optional<ReportRecord> record();

    /** No attachment matched the pattern. */
    record NoScripts(boolean blocks, String message) implements AuditOutcome {
        @Override
        public Optional<ReportRecord> record() {
            return Optional.empty();
        }
    }

    /** The audit could not run: a script too large, no target configured, the target down ... */
    record Refused(String message, Optional<ReportRecord> record) implements AuditOutcome {
        @Override
        public boolean blocks() {
            return true;
        }
    }

    /** Audited and stored; {@code report} is the plain model of the report. */
    record Finished(ReportRecord stored, Map<String, Object> report, boolean blocks, String message) implements AuditOutcome {
        @Override
        public Optional<ReportRecord> record() {
            return Optional.of(stored);
        }
    }

    /** A long audit still running in the background: the transition waits no longer. */
    record Running(ReportRecord pending, String message) implements AuditOutcome {
        @Override
        public boolean blocks() {
            return true;
        }

        @Override
        public Optional<ReportRecord> record() {
            return Optional.of(pending);
        }
    }
}
