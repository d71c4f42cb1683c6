package io.github.sqlaudit.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * A DBA's decision that one rule does not apply to one statement, until a date. The violation is still reported,
 * marked as waived, so the decision stays visible.
 *
 * @param fingerprint the statement's {@link StatementFingerprint}
 * @param expiresAt   the waiver no longer applies from this instant on
 */
public record Waiver(String ruleCode, String fingerprint, String reason, String author, Instant expiresAt) {

    public Waiver {
        if (ruleCode == null || Family.ofCode(ruleCode).isEmpty()) {
            throw new RuleConfigurationException("ruleCode", "a waiver names a rule code such as DML-001, got '"
                    + ruleCode + "'");
        }
        if (fingerprint == null || !fingerprint.matches("[0-9a-f]{64}")) {
            throw new RuleConfigurationException("fingerprint", ruleCode,
                    "expected the statement's SHA-256 fingerprint (64 lowercase hex digits), got '" + fingerprint + "'");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleConfigurationException("reason", ruleCode, "a waiver needs a reason");
        }
        if (author == null || author.isBlank()) {
            throw new RuleConfigurationException("author", ruleCode, "a waiver needs an author");
        }
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean activeAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public boolean covers(String code, String statementFingerprint) {
        return ruleCode.equals(code) && fingerprint.equals(statementFingerprint);
    }
}
