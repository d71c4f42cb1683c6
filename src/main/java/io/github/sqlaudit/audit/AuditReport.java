package io.github.sqlaudit.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.rules.Violation;

/**
 * The result of one audit: what the Jira validator stores and decides on, what the panel and the CLI show.
 *
 * @param target      the target as described to users (never with credentials), or "none"
 * @param template    the rule template applied
 * @param databaseTime the part of {@code duration} spent waiting for the target database
 */
public record AuditReport(
        String productVersion,
        Instant auditedAt,
        String target,
        String serverVersion,
        String template,
        List<ScriptReport> scripts,
        Duration duration,
        Duration databaseTime) {

    public AuditReport {
        Objects.requireNonNull(auditedAt, "auditedAt");
        Objects.requireNonNull(target, "target");
        serverVersion = serverVersion == null ? "" : serverVersion;
        Objects.requireNonNull(template, "template");
        scripts = List.copyOf(scripts);
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(databaseTime, "databaseTime");
    }

    public Verdict verdict() {
        return scripts.stream().map(ScriptReport::verdict).reduce(Verdict.PASS, Verdict::worst);
    }

    /** Counted violations by severity (shadow and waived ones are listed, not counted). */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        for (ScriptReport script : scripts) {
            for (Violation violation : script.allViolations()) {
                if (violation.status() == Violation.Status.ENFORCED) {
                    counts.merge(violation.severity(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    public int statementCount() {
        return scripts.stream().mapToInt(s -> s.statements().size()).sum();
    }
}
