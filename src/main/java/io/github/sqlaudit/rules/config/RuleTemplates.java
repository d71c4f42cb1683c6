package io.github.sqlaudit.rules.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.sqlaudit.rules.CustomRule;
import io.github.sqlaudit.rules.ResolvedRules;
import io.github.sqlaudit.rules.Rule;
import io.github.sqlaudit.rules.RuleCatalog;
import io.github.sqlaudit.rules.RuleConfig;
import io.github.sqlaudit.rules.RuleConfigurationException;
import io.github.sqlaudit.rules.RuleSpec;

/**
 * The whole rule configuration of a Jira instance: the default template, the named templates that inherit from
 * it, and their assignment to projects and environments. Validated against the catalog when built, so an
 * instance never holds a configuration it cannot run; immutable.
 */
public final class RuleTemplates {

    public static final String DEFAULT = "default";

    private final RuleCatalog catalog;
    private final RuleTemplate defaultTemplate;
    private final Map<String, RuleTemplate> named;
    private final List<Assignment> assignments;

    /**
     * @throws RuleConfigurationException naming the template, the rule code and the field of the first problem
     */
    public RuleTemplates(RuleCatalog catalog, RuleTemplate defaultTemplate, List<RuleTemplate> templates,
                         List<Assignment> assignments) {
        this.catalog = catalog;
        if (!defaultTemplate.name().equals(DEFAULT)) {
            throw new RuleConfigurationException("templates[" + defaultTemplate.name() + "].name",
                    "the default template must be named '" + DEFAULT + "'");
        }
        validate(defaultTemplate);
        this.defaultTemplate = defaultTemplate;
        Map<String, RuleTemplate> byName = new LinkedHashMap<>();
        for (RuleTemplate template : templates) {
            if (template.name().equals(DEFAULT) || byName.containsKey(template.name())) {
                throw new RuleConfigurationException("templates[" + template.name() + "].name",
                        "template name '" + template.name() + "' is used twice");
            }
            validate(template);
            byName.put(template.name(), template);
        }
        this.named = Collections.unmodifiableMap(byName);
        this.assignments = validateAssignments(assignments);
    }

    /** Only the catalog's defaults: an empty default template, nothing else. */
    public static RuleTemplates defaultsOf(RuleCatalog catalog) {
        return new RuleTemplates(catalog, RuleTemplate.named(DEFAULT), List.of(), List.of());
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    public RuleTemplate defaultTemplate() {
        return defaultTemplate;
    }

    /** The named templates, without the default one, in the order they were given. */
    public List<RuleTemplate> templates() {
        return List.copyOf(named.values());
    }

    public List<Assignment> assignments() {
        return assignments;
    }

    public Optional<RuleTemplate> template(String name) {
        return name.equals(DEFAULT) ? Optional.of(defaultTemplate) : Optional.ofNullable(named.get(name));
    }

    /** The settings of a template with the default template and the catalog's defaults underneath. */
    public ResolvedRules resolve(String templateName) {
        RuleTemplate template = template(templateName).orElseThrow(() -> new RuleConfigurationException(
                "template", "unknown template '" + templateName + "'"));
        Map<String, RuleConfig> configs = new LinkedHashMap<>();
        for (Rule rule : catalog.rules()) {
            RuleSpec spec = rule.spec();
            RuleConfig config = RuleConfig.defaults(spec);
            config = defaultTemplate.rules().getOrDefault(spec.code(), RuleOverride.none()).applyTo(config);
            if (template != defaultTemplate) {
                config = template.rules().getOrDefault(spec.code(), RuleOverride.none()).applyTo(config);
            }
            configs.put(spec.code(), config);
        }
        Map<String, CustomRule> custom = new LinkedHashMap<>();
        defaultTemplate.customRules().forEach(r -> custom.put(r.code(), r));
        if (template != defaultTemplate) {
            template.customRules().forEach(r -> custom.put(r.code(), r));
        }
        return new ResolvedRules(template.name(), configs, List.copyOf(custom.values()));
    }

    /**
     * The template for a project in an environment: project and environment assigned together first, then the
     * project in any environment, then the environment for any project, then the default template.
     */
    public String templateFor(String projectKey, String environment) {
        return assignments.stream()
                .filter(a -> a.covers(projectKey, environment))
                .max(Comparator.comparingInt(Assignment::specificity))
                .map(Assignment::template)
                .orElse(DEFAULT);
    }

    public ResolvedRules forProject(String projectKey, String environment) {
        return resolve(templateFor(projectKey, environment));
    }

    private void validate(RuleTemplate template) {
        String path = "templates[" + template.name() + "]";
        template.rules().forEach((code, override) -> validateOverride(path + ".rules." + code, code, override));
        Set<String> customCodes = new HashSet<>();
        for (CustomRule custom : template.customRules()) {
            if (!customCodes.add(custom.code())) {
                throw new RuleConfigurationException(path + ".customRules[" + custom.code() + "].code", custom.code(),
                        "custom rule code is used twice in this template");
            }
        }
    }

    private void validateOverride(String path, String code, RuleOverride override) {
        Rule rule = catalog.find(code).orElseThrow(() -> new RuleConfigurationException(path, code,
                "unknown rule code"));
        RuleSpec spec = rule.spec();
        override.value().ifPresent(value -> {
            if (value.type() != spec.valueType()) {
                throw new RuleConfigurationException(path + ".value", code, "expected "
                        + spec.valueType().description() + " (" + spec.valueMeaning() + "), got "
                        + value.type().description());
            }
        });
        override.description().ifPresent(text -> {
            if (text.isBlank()) {
                throw new RuleConfigurationException(path + ".description", code,
                        "a description override must not be blank (leave it out to keep the rule's own text)");
            }
        });
    }

    private List<Assignment> validateAssignments(List<Assignment> given) {
        List<Assignment> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            Assignment assignment = given.get(i);
            if (template(assignment.template()).isEmpty()) {
                throw new RuleConfigurationException("assignments[" + i + "].template",
                        "unknown template '" + assignment.template() + "'");
            }
            if (!seen.add(assignment.project() + "/" + assignment.environment())) {
                throw new RuleConfigurationException("assignments[" + i + "]", "project " + assignment.project()
                        + " in environment " + assignment.environment() + " is assigned twice");
            }
            checked.add(assignment);
        }
        return List.copyOf(checked);
    }
}
