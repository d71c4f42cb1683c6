package io.github.sqlaudit.jira.workflow;

import io.github.sqlaudit.config.RuleConfiguration;
import io.github.sqlaudit.rules.config.RuleTemplates;

/**
 * The rule templates and assignments DBAs keep in Jira's administration (issue 10's store), read fresh for
 * every audit so a change on the admin page applies to the next transition on every node.
 */
public final class StoredRuleTemplates implements RuleTemplatesSource {

    private final RuleConfiguration configuration;

    public StoredRuleTemplates(RuleConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public RuleTemplates templates() {
        return configuration.current();
    }
}
