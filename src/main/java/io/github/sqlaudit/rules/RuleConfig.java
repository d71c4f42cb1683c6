package io.github.sqlaudit.rules;

import java.util.Objects;

/**
 * The effective settings of one rule in one template, after inheritance.
 *
 * @param description the text shown with a violation: the rule's rationale unless the DBA overrode it
 * @param shadow      evaluated and reported as "would block", never blocking
 */
public record RuleConfig(RuleValue value, String description, Severity severity, boolean enabled, boolean shadow) {

    public RuleConfig {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(severity, "severity");
    }

    /** The settings a rule has when nobody configured it. */
    public static RuleConfig defaults(RuleSpec spec) {
        return new RuleConfig(spec.defaultValue(), spec.rationale(), spec.defaultSeverity(), spec.defaultEnabled(), false);
    }
}
