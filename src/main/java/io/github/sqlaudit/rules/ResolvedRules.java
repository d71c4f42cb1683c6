package io.github.sqlaudit.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rule settings an audit runs with, inheritance already applied: one {@link RuleConfig} per configured
 * built-in rule (the others run with their defaults) and the custom rules.
 *
 * @param templateName the template these settings come from, for reports
 */
public record ResolvedRules(String templateName, Map<String, RuleConfig> configs, List<CustomRule> customRules) {

    public ResolvedRules {
        Objects.requireNonNull(templateName, "templateName");
        configs = Map.copyOf(configs);
        customRules = List.copyOf(customRules);
    }

    /** Every built-in rule with its defaults, no custom rules. */
    public static ResolvedRules defaults() {
        return new ResolvedRules("default", Map.of(), List.of());
    }

    public RuleConfig configFor(RuleSpec spec) {
        return configs.getOrDefault(spec.code(), RuleConfig.defaults(spec));
    }
}
