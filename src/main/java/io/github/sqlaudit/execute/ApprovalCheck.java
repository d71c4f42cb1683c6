package io.github.sqlaudit.execute;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.github.sqlaudit.audit.Verdict;

/**
 * Binds execution to review: a script runs only if its latest stored audit passed (or warned, where the
 * transition's configuration allows it) and its current bytes have the SHA-256 that audit recorded.
 */
public final class ApprovalCheck {

    private ApprovalCheck() {
    }

    /** What the latest stored audit says about one attachment. */
    public record AuditedScript(String name, String sha256, Verdict verdict, Instant auditedAt) {
        public AuditedScript {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(auditedAt, "auditedAt");
        }
    }

    /** Why a script may not run; each is a different message to the developer. */
    public enum Refusal {
        NOT_AUDITED, BLOCKED, WARNINGS_NOT_ALLOWED, CHANGED_AFTER_AUDIT
    }

    public sealed interface Decision {
    }

    public record Approved(ApprovedScript script) implements Decision {
    }

    public record Refused(Refusal refusal, String message) implements Decision {
    }

    public static Decision check(String name, Optional<AuditedScript> latestAudit, String currentSha256,
            boolean allowWarnings) {
        if (latestAudit.isEmpty()) {
            return new Refused(Refusal.NOT_AUDITED, name + " has not been audited: transition the issue through the"
                    + " SQL Audit review first.");
        }
        AuditedScript audit = latestAudit.get();
        if (!audit.sha256().equalsIgnoreCase(currentSha256)) {
            return new Refused(Refusal.CHANGED_AFTER_AUDIT, name + " was changed after its audit of "
                    + audit.auditedAt() + " (audited SHA-256 " + audit.sha256() + ", now " + currentSha256
                    + "): it must be reviewed again before it can run.");
        }
        if (audit.verdict() == Verdict.BLOCK) {
            return new Refused(Refusal.BLOCKED, name + " did not pass its audit (BLOCK): fix the blocking"
                    + " violations shown in the SQL Audit panel and have it reviewed again.");
        }
        if (audit.verdict() == Verdict.WARN && !allowWarnings) {
            return new Refused(Refusal.WARNINGS_NOT_ALLOWED, name + " passed its audit with warnings, and this"
                    + " transition runs only scripts without warnings: resolve them or ask a DBA.");
        }
        return new Approved(new ApprovedScript(name, audit.sha256()));
    }
}
