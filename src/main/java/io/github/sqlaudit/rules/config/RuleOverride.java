package io.github.sqlaudit.rules.config;

import java.util.Objects;
import java.util.Optional;

import io.github.sqlaudit.rules.RuleConfig;
import io.github.sqlaudit.rules.RuleValue;
import io.github.sqlaudit.rules.Severity;

/**
 * What a template changes for one rule; every field left empty is inherited (from the default template, and
 * there from the rule's own defaults).
 */
public record RuleOverride(
        Optional<RuleValue> value,
        Optional<String> description,
        Optional<Severity> severity,
        Optional<Boolean> enabled,
        Optional<Boolean> shadow) {

    private static final RuleOverride NONE =
            new RuleOverride(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public RuleOverride {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(enabled, "enabled");
        Objects.requireNonNull(shadow, "shadow");
    }

    /** Overrides nothing; start here and add what changes. */
    public static RuleOverride none() {
        return NONE;
    }

    public RuleOverride value(RuleValue newValue) {
        return new RuleOverride(Optional.of(newValue), description, severity, enabled, shadow);
    }

    public RuleOverride description(String newDescription) {
        return new RuleOverride(value, Optional.of(newDescription), severity, enabled, shadow);
    }

    public RuleOverride severity(Severity newSeverity) {
        return new RuleOverride(value, description, Optional.of(newSeverity), enabled, shadow);
    }

    public RuleOverride enabled(boolean newEnabled) {
        return new RuleOverride(value, description, severity, Optional.of(newEnabled), shadow);
    }

    public RuleOverride shadow(boolean newShadow) {
        return new RuleOverride(value, description, severity, enabled, Optional.of(newShadow));
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The given settings with every field this override sets replaced. */
    public RuleConfig applyTo(RuleConfig inherited) {
        return new RuleConfig(
                value.orElse(inherited.value()),
                description.orElse(inherited.description()),
                severity.orElse(inherited.severity()),
                enabled.orElse(inherited.enabled()),
                shadow.orElse(inherited.shadow()));
    }
}
