package io.github.sqlaudit.jira.workflow;

import io.github.sqlaudit.rules.config.RuleTemplates;

/**
 * Where the validator gets the DBA-configured rule templates. The admin pages (issue 10) store them; until
 * that store is wired, {@link #builtIn()} gives the catalog's defaults.
 */
@FunctionalInterface
public interface RuleTemplatesSource {

    RuleTemplates templates();

    static RuleTemplatesSource builtIn() {
        RuleTemplates defaults = RuleTemplates.defaultsOf(io.github.sqlaudit.rules.catalog.BuiltInRules.catalog());
        return () -> defaults;
    }
}
