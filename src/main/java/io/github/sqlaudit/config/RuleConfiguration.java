package io.github.sqlaudit.config;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.sqlaudit.config.ConfigChange.Area;
import io.github.sqlaudit.rules.RuleCatalog;
import io.github.sqlaudit.rules.RuleConfigurationException;
import io.github.sqlaudit.rules.config.Assignment;
import io.github.sqlaudit.rules.config.RuleOverride;
import io.github.sqlaudit.rules.config.RuleTemplate;
import io.github.sqlaudit.rules.config.RuleTemplates;
import io.github.sqlaudit.rules.config.TemplatesJson;

/**
 * The rule configuration as DBAs change it: templates and their assignments. Every change is checked by
 * building the whole {@link RuleTemplates} it would produce (so a stored configuration always runs), written in
 * one transaction with its audit-log entry, and refused with a {@link RuleConfigurationException} naming the
 * field, a {@link NotFoundException} or a {@link ConflictException}.
 */
public final class RuleConfiguration {

    private final RuleCatalog catalog;
    private final ConfigurationStore store;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TemplateDocuments documents;
    private final TemplatesJson templatesJson;

    public RuleConfiguration(RuleCatalog catalog, ConfigurationStore store, AuditLog auditLog, Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
        this.documents = new TemplateDocuments(catalog);
        this.templatesJson = new TemplatesJson(catalog);
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    public TemplateDocuments documents() {
        return documents;
    }

    /** The stored configuration; only the catalog's defaults while nothing is stored. */
    public RuleTemplates current() {
        RuleTemplate defaultTemplate = RuleTemplate.named(RuleTemplates.DEFAULT);
        List<RuleTemplate> others = new ArrayList<>();
        for (Map.Entry<String, String> stored : store.templateDocuments().entrySet()) {
            RuleTemplate template;
            try {
                template = documents.read(stored.getValue());
            } catch (RuleConfigurationException e) {
                throw e.under("stored template '" + stored.getKey() + "'");
            }
            if (template.name().equals(RuleTemplates.DEFAULT)) {
                defaultTemplate = template;
            } else {
                others.add(template);
            }
        }
        return new RuleTemplates(catalog, defaultTemplate, others, store.assignments());
    }

    public RuleTemplate template(String name) {
        return current().template(name).orElseThrow(() -> new NotFoundException("template '" + name + "'"));
    }

    public void createTemplate(String user, RuleTemplate template) {
        store.inTransaction(() -> {
            RuleTemplates now = current();
            if (now.template(template.name()).isPresent()) {
                throw new ConflictException("name", "template '" + template.name() + "' already exists");
            }
            List<RuleTemplate> others = new ArrayList<>(now.templates());
            others.add(template);
            new RuleTemplates(catalog, now.defaultTemplate(), others, now.assignments());
            store.putTemplate(template.name(), documents.write(template));
            log(user, Area.TEMPLATE, "template '" + template.name() + "'", "", documents.write(template));
            return null;
        });
    }

    /** Replaces a template's settings; the default template always exists and can only be replaced. */
    public void replaceTemplate(String user, RuleTemplate template) {
        store.inTransaction(() -> {
            RuleTemplates now = current();
            RuleTemplate old = now.template(template.name())
                    .orElseThrow(() -> new NotFoundException("template '" + template.name() + "'"));
            validateReplacing(now, template);
            store.putTemplate(template.name(), documents.write(template));
            log(user, Area.TEMPLATE, "template '" + template.name() + "'", documents.write(old), documents.write(template));
            return null;
        });
    }

    /**
     * Sets what a template changes for one rule (an empty override: the rule is inherited again). This is
     * what one click in the rules page sends.
     */
    public RuleTemplate changeRule(String user, String templateName, String code, RuleOverride override) {
        return store.inTransaction(() -> {
            RuleTemplates now = current();
            RuleTemplate old = now.template(templateName)
                    .orElseThrow(() -> new NotFoundException("template '" + templateName + "'"));
            if (!catalog.contains(code)) {
                throw new NotFoundException("rule " + code);
            }
            Map<String, RuleOverride> rules = new java.util.TreeMap<>(old.rules());
            if (override.isEmpty()) {
                rules.remove(code);
            } else {
                rules.put(code, override);
            }
            RuleTemplate changed = new RuleTemplate(old.name(), old.description(), rules, old.customRules());
            validateReplacing(now, changed);
            store.putTemplate(changed.name(), documents.write(changed));
            log(user, Area.TEMPLATE, "template '" + templateName + "' rule " + code,
                    describe(old.rules().getOrDefault(code, RuleOverride.none())), describe(override));
            return changed;
        });
    }

    public void deleteTemplate(String user, String name) {
        store.inTransaction(() -> {
            if (name.equals(RuleTemplates.DEFAULT)) {
                throw new ConflictException("name", "the default template cannot be deleted; every other template"
                        + " inherits from it");
            }
            RuleTemplates now = current();
            RuleTemplate old = now.template(name).orElseThrow(() -> new NotFoundException("template '" + name + "'"));
            List<Assignment> using = now.assignments().stream().filter(a -> a.template().equals(name)).toList();
            if (!using.isEmpty()) {
                throw new ConflictException("name", "template '" + name + "' is still assigned to "
                        + using.stream().map(a -> a.project() + "/" + a.environment()).collect(Collectors.joining(", "))
                        + "; assign another template there first");
            }
            store.removeTemplate(name);
            log(user, Area.TEMPLATE, "template '" + name + "'", documents.write(old), "");
            return null;
        });
    }

    /** Every template and assignment as one file, {@link TemplatesJson}'s format. */
    public String export() {
        return templatesJson.write(current());
    }

    /**
     * Replaces the whole rule configuration with a templates file: all or nothing.
     *
     * @throws RuleConfigurationException naming the field path of the first problem; nothing is changed then
     */
    public RuleTemplates importAll(String user, String json) {
        RuleTemplates imported = templatesJson.read(json);
        return store.inTransaction(() -> {
            String before = export();
            for (String name : store.templateDocuments().keySet()) {
                store.removeTemplate(name);
            }
            for (Assignment assignment : store.assignments()) {
                store.removeAssignment(assignment.project(), assignment.environment());
            }
            store.putTemplate(RuleTemplates.DEFAULT, documents.write(imported.defaultTemplate()));
            imported.templates().forEach(t -> store.putTemplate(t.name(), documents.write(t)));
            imported.assignments().forEach(store::putAssignment);
            log(user, Area.TEMPLATE, "all templates and assignments (import)", before, templatesJson.write(imported));
            return imported;
        });
    }

    public List<Assignment> assignments() {
        return store.assignments();
    }

    public void assign(String user, Assignment assignment) {
        store.inTransaction(() -> {
            RuleTemplates now = current();
            if (now.template(assignment.template()).isEmpty()) {
                throw new RuleConfigurationException("template", "unknown template '" + assignment.template() + "'");
            }
            Optional<Assignment> old = find(now.assignments(), assignment.project(), assignment.environment());
            store.putAssignment(assignment);
            log(user, Area.ASSIGNMENT, "project " + assignment.project() + ", environment " + assignment.environment(),
                    old.map(Assignment::template).orElse(""), assignment.template());
            return null;
        });
    }

    public void unassign(String user, String project, String environment) {
        store.inTransaction(() -> {
            // Normalised the way Assignment stores them; the template name is a placeholder.
            Assignment key = new Assignment(project, environment, "-");
            Assignment old = find(store.assignments(), key.project(), key.environment())
                    .orElseThrow(() -> new NotFoundException("assignment of project " + key.project()
                            + ", environment " + key.environment()));
            store.removeAssignment(key.project(), key.environment());
            log(user, Area.ASSIGNMENT, "project " + key.project() + ", environment " + key.environment(),
                    old.template(), "");
            return null;
        });
    }

    /** A rule's override as the audit log shows it: {@code severity=ERROR, enabled=false}; {@code inherited} when empty. */
    public static String describe(RuleOverride override) {
        List<String> parts = new ArrayList<>();
        override.value().ifPresent(v -> parts.add("value=" + v.display()));
        override.severity().ifPresent(s -> parts.add("severity=" + s.name()));
        override.enabled().ifPresent(e -> parts.add("enabled=" + e));
        override.shadow().ifPresent(s -> parts.add("shadow=" + s));
        override.description().ifPresent(d -> parts.add("description=" + d));
        return parts.isEmpty() ? "inherited" : String.join(", ", parts);
    }

    private void validateReplacing(RuleTemplates now, RuleTemplate template) {
        if (template.name().equals(RuleTemplates.DEFAULT)) {
            new RuleTemplates(catalog, template, now.templates(), now.assignments());
        } else {
            List<RuleTemplate> others = new ArrayList<>(now.templates().stream()
                    .map(t -> t.name().equals(template.name()) ? template : t).toList());
            new RuleTemplates(catalog, now.defaultTemplate(), others, now.assignments());
        }
    }

    private static Optional<Assignment> find(List<Assignment> assignments, String project, String environment) {
        return assignments.stream()
                .filter(a -> a.project().equals(project) && a.environment().equals(environment)).findFirst();
    }

    private void log(String user, Area area, String subject, String oldValue, String newValue) {
        auditLog.record(new ConfigChange(clock.instant(), user, area, subject, oldValue, newValue));
    }
}
