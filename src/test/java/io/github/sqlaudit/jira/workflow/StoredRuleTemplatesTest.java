package io.github.sqlaudit.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import io.github.sqlaudit.config.InMemoryConfigurationStore;
import io.github.sqlaudit.config.RuleConfiguration;
import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.rules.catalog.BuiltInRules;
import io.github.sqlaudit.rules.config.Assignment;
import io.github.sqlaudit.rules.config.RuleOverride;
import org.junit.jupiter.api.Test;

/** What a DBA changes on the admin pages is what the next transition audits with. */
class StoredRuleTemplatesTest {

    @Test
    void theValidatorSeesTheTemplatesAndAssignmentsDbasStored() {
        InMemoryConfigurationStore store = new InMemoryConfigurationStore();
        RuleConfiguration configuration = new RuleConfiguration(BuiltInRules.catalog(), store, store, Clock.systemUTC());
        StoredRuleTemplates source = new StoredRuleTemplates(configuration);
        assertThat(source.templates().templateFor("PAY", "prod")).isEqualTo("default");

        configuration.changeRule("dba", "default", "DML-003", RuleOverride.none().severity(Severity.ERROR));
        configuration.createTemplate("dba", configuration.documents().read("{\"name\": \"prod\", \"rules\": {}}"));
        configuration.assign("dba", new Assignment("PAY", "prod", "prod"));

        assertThat(source.templates().templateFor("PAY", "prod")).isEqualTo("prod");
        assertThat(source.templates().forProject("PAY", "prod").configs().get("DML-003").severity())
                .as("inherited from the stored default template").isEqualTo(Severity.ERROR);
    }
}
