package io.github.sqlaudit.rules.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.github.sqlaudit.rules.CustomRule;
import io.github.sqlaudit.rules.RuleConfigurationException;

/**
 * A named set of rule settings. The {@value RuleTemplates#DEFAULT} template changes the catalog's defaults; every
 * other template inherits from it and overrides only what it names. Custom rules are inherited the same way: a
 * template's custom rule replaces the default template's rule of the same code.
 *
 * @param rules       rule code → what this template changes for that rule
 * @param customRules rules without code, defined by the DBA
 */
public record RuleTemplate(String name, String description, Map<String, RuleOverride> rules,
                           List<CustomRule> customRules) {

    public RuleTemplate {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
            throw new RuleConfigurationException("name", "a template name is 1 to 64 letters, digits, '_', '.' or '-'"
                    + " starting with a letter or digit, got '" + name + "'");
        }
        Objects.requireNonNull(description, "description");
        rules = Collections.unmodifiableMap(new TreeMap<>(rules));
        customRules = List.copyOf(customRules);
    }

    public static RuleTemplate named(String name) {
        return new RuleTemplate(name, "", Map.of(), List.of());
    }

    /** This template with the settings of one rule replaced. */
    public RuleTemplate withRule(String code, RuleOverride override) {
        Map<String, RuleOverride> changed = new TreeMap<>(rules);
        changed.put(code, override);
        return new RuleTemplate(name, description, changed, customRules);
    }

    /** This template with one more custom rule (or the one of the same code replaced). */
    public RuleTemplate withCustomRule(CustomRule rule) {
        List<CustomRule> changed = new ArrayList<>(customRules.stream()
                .filter(r -> !r.code().equals(rule.code())).toList());
        changed.add(rule);
        return new RuleTemplate(name, description, rules, changed);
    }

    public RuleTemplate withDescription(String newDescription) {
        return new RuleTemplate(name, newDescription, rules, customRules);
    }
}
