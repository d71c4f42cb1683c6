package io.github.sqlaudit.audit;

import java.util.Collection;

import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.rules.Violation;

/** The outcome of an audit, from the violations that count. */
public enum Verdict {
    /** Nothing that counts above INFO. */
    PASS,
    /** Enforced WARN violations: the transition may go on, the reviewer should look. */
    WARN,
    /** At least one enforced ERROR: the transition is refused. */
    BLOCK;

    public static Verdict of(Collection<Violation> violations) {
        Verdict verdict = PASS;
        for (Violation violation : violations) {
            if (violation.blocks()) {
                return BLOCK;
            }
            if (violation.status() == Violation.Status.ENFORCED && violation.severity() == Severity.WARN) {
                verdict = WARN;
            }
        }
        return verdict;
    }

    public Verdict worst(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
