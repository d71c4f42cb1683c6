package io.github.sqlaudit.rules;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import io.github.sqlaudit.sql.Dialect;

/**
 * What a rule is, independent of any configuration: its stable code, its name, why it matters and how to fix
 * it, its default value, severity and enabled flag, the dialects it applies to, and whether it needs facts from
 * the target database (plan or table size) to be evaluated.
 *
 * @param valueMeaning what the value means ("maximum rows"); empty when the rule takes no value
 */
public record RuleSpec(
        String code,
        String name,
        String rationale,
        RuleValue defaultValue,
        String valueMeaning,
        Severity defaultSeverity,
        boolean defaultEnabled,
        Set<Dialect> dialects,
        boolean needsTarget) {

    public static final Set<Dialect> MYSQL_FAMILY = Set.copyOf(EnumSet.of(Dialect.MYSQL, Dialect.MARIADB));
    public static final Set<Dialect> ALL_DIALECTS = Set.copyOf(EnumSet.allOf(Dialect.class));
    public static final Set<Dialect> ORACLE_ONLY = Set.of(Dialect.ORACLE);

    public RuleSpec {
        Objects.requireNonNull(code, "code");
        if (Family.ofCode(code).isEmpty()) {
            throw new IllegalArgumentException("rule code '" + code + "' is not of the form DML-001 with a known family");
        }
        requireText(name, "name", code);
        requireText(rationale, "rationale", code);
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(valueMeaning, "valueMeaning");
        if (defaultValue.type() != ValueType.NONE && valueMeaning.isBlank()) {
            throw new IllegalArgumentException(code + ": a rule with a value must say what the value means");
        }
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        dialects = Set.copyOf(dialects);
        if (dialects.isEmpty()) {
            throw new IllegalArgumentException(code + ": a rule applies to at least one dialect");
        }
    }

    private static void requireText(String text, String what, String code) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(code + ": " + what + " is required");
        }
    }

    public Family family() {
        return Family.ofCode(code).orElseThrow();
    }

    public ValueType valueType() {
        return defaultValue.type();
    }

    public boolean appliesTo(Dialect dialect) {
        return dialects.contains(dialect);
    }

    /** Starts a spec; the catalog reads as a list of these. */
    public static Builder code(String code) {
        return new Builder(code);
    }

    /** Fluent construction so that each catalog entry names every attribute it sets. */
    public static final class Builder {
        private final String code;
        private String name;
        private String rationale;
        private RuleValue value = RuleValue.none();
        private String valueMeaning = "";
        private Severity severity = Severity.WARN;
        private boolean enabled = true;
        private Set<Dialect> dialects = MYSQL_FAMILY;
        private boolean needsTarget;

        private Builder(String code) {
            this.code = code;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder rationale(String rationale) {
            this.rationale = rationale;
            return this;
        }

        public Builder value(RuleValue value, String meaning) {
            this.value = value;
            this.valueMeaning = meaning;
            return this;
        }

        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        public Builder disabledByDefault() {
            this.enabled = false;
            return this;
        }

        public Builder dialects(Set<Dialect> dialects) {
            this.dialects = dialects;
            return this;
        }

        public Builder needsTarget() {
            this.needsTarget = true;
            return this;
        }

        public RuleSpec build() {
            return new RuleSpec(code, name, rationale, value, valueMeaning, severity, enabled, dialects, needsTarget);
        }
    }
}
