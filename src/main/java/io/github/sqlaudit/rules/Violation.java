package io.github.sqlaudit.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * One rule broken by one statement, with everything a developer needs to act on it: the rule, what exactly is
 * wrong, how to fix it (the description), and where.
 *
 * @param detail         what is wrong in this statement ("DELETE FROM orders has no WHERE clause")
 * @param description    why it matters and how to fix it (the rule's rationale or the DBA's text)
 * @param statementIndex 0-based index of the statement in its script
 * @param line           1-based line where the statement starts
 * @param fingerprint    the statement's fingerprint, the key for a waiver
 * @param status         whether it counts: enforced, shadow ("would block") or waived
 * @param waiver         the waiver, when waived
 */
public record Violation(
        String code,
        String ruleName,
        Severity severity,
        String detail,
        String description,
        int statementIndex,
        int line,
        String fingerprint,
        Status status,
        Optional<Waiver> waiver) {

    /** Whether a violation counts toward the verdict. */
    public enum Status {
        /** Counts: an ERROR blocks. */
        ENFORCED,
        /** The rule is in shadow mode: reported, an ERROR shows as "would block", nothing blocks. */
        SHADOW,
        /** A DBA waived it for this statement; reported, never blocks. */
        WAIVED
    }

    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(ruleName, "ruleName");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(waiver, "waiver");
        if (waiver.isPresent() != (status == Status.WAIVED)) {
            throw new IllegalArgumentException("a violation carries a waiver exactly when it is waived");
        }
    }

    /** An enforced ERROR: the transition is refused. */
    public boolean blocks() {
        return status == Status.ENFORCED && severity == Severity.ERROR;
    }

    /** A shadow ERROR: it would have blocked had the rule been enforced. */
    public boolean wouldBlock() {
        return status == Status.SHADOW && severity == Severity.ERROR;
    }

    /** One line for a developer: {@code line 12: DML-001 ERROR UPDATE/DELETE without WHERE: ... Fix: ...}. */
    public String describe() {
        String marker = switch (status) {
            case ENFORCED -> "";
            case SHADOW -> wouldBlock() ? " [shadow, would block]" : " [shadow]";
            case WAIVED -> " [waived by " + waiver.orElseThrow().author() + ": " + waiver.orElseThrow().reason() + "]";
        };
        return "line " + line + ": " + code + " " + severity + " " + ruleName + marker + ": " + detail + ". "
                + description;
    }
}
