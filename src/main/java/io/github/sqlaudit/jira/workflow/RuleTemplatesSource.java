package io.github.sqlaudit.jira.workflow;

import io.github.sqlaudit.rules.config.RuleTemplates;

/**
 * Where the validator gets the DBA-configured rule templates: in Jira {@link StoredRuleTemplates} (the admin
 * pages' store); {@link #builtIn()} gives the catalog's defaults (tests, and a Jira without stored templates
 * gets the same from the store).
 */
@FunctionalInterface
public interface RuleTemplatesSource {

    RuleTemplates templates();

    static RuleTemplatesSource builtIn() {
        RuleTemplates defaults = RuleTemplates.defaultsOf(io.github.sqlaudit.rules.catalog.BuiltInRules.catalog());
        return () -> defaults;
    }
}
