package io.github.sqlaudit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.github.sqlaudit.config.ConfigChange.Area;
import io.github.sqlaudit.rules.RuleConfigurationException;
import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.rules.catalog.BuiltInRules;
import io.github.sqlaudit.rules.config.Assignment;
import io.github.sqlaudit.rules.config.RuleOverride;
import io.github.sqlaudit.rules.config.RuleTemplate;
import io.github.sqlaudit.rules.config.RuleTemplates;

/** Templates and assignments as DBAs change them: every change checked whole, stored, and logged old → new. */
class RuleConfigurationTest {

    private final InMemoryConfigurationStore store = new InMemoryConfigurationStore();
    private final RuleConfiguration rules = new RuleConfiguration(BuiltInRules.catalog(), store, store,
            Clock.fixed(Instant.parse("2026-11-26T13:00:00Z"), ZoneOffset.UTC));

    private RuleTemplate template(String json) {
        return rules.documents().read(json);
    }

    @Test
    void withNothingStoredTheCatalogDefaultsApply() {
        RuleTemplates current = rules.current();

        assertThat(current.templates()).isEmpty();
        assertThat(current.templateFor("PAY", "prod")).isEqualTo(RuleTemplates.DEFAULT);
        assertThat(current.resolve("default").configs().get("DML-006").value().display()).isEqualTo("1000");
    }

    @Test
    void aTemplateReadBackFromTheStoreIsTheOneWritten() {
        RuleTemplate prod = template("""
                {"name": "prod", "description": "strict", "rules": {"DML-006": {"value": 10, "severity": "ERROR"}},
                 "customRules": [{"code": "CUS-001", "name": "No orders truncation", "message": "never truncate orders",
                                  "kinds": ["TRUNCATE"], "objectNamePattern": "orders"}]}""");

        rules.createTemplate("dba", prod);

        assertThat(rules.template("prod")).isEqualTo(prod);
    }

    @Test
    void changingOneRuleKeepsTheTemplatesOtherSettingsAndLogsOldAndNew() {
        rules.createTemplate("dba", template("{\"name\": \"prod\", \"rules\": {\"DML-006\": {\"value\": 10}}}"));

        rules.changeRule("jdoe", "prod", "DML-006", RuleOverride.none().value(io.github.sqlaudit.rules.RuleValue.threshold(10))
                .severity(Severity.ERROR));
        rules.changeRule("jdoe", "prod", "DML-004", RuleOverride.none().enabled(false));

        RuleTemplate prod = rules.template("prod");
        assertThat(prod.rules()).containsOnlyKeys("DML-004", "DML-006");
        assertThat(prod.rules().get("DML-006").severity()).contains(Severity.ERROR);
        ConfigChange latest = store.latest(0, 1).get(0);
        assertThat(latest).isEqualTo(new ConfigChange(Instant.parse("2026-11-26T13:00:00Z"), "jdoe", Area.TEMPLATE,
                "template 'prod' rule DML-004", "inherited", "enabled=false"));
        assertThat(store.latest(1, 1).get(0).oldValue()).isEqualTo("value=10");
        assertThat(store.latest(1, 1).get(0).newValue()).isEqualTo("value=10, severity=ERROR");
    }

    @Test
    void anEmptyOverrideMakesTheRuleInheritedAgain() {
        rules.changeRule("dba", "default", "DML-009", RuleOverride.none().severity(Severity.ERROR));

        rules.changeRule("dba", "default", "DML-009", RuleOverride.none());

        assertThat(rules.template("default").rules()).doesNotContainKey("DML-009");
        assertThat(rules.current().resolve("default").configs().get("DML-009").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void anUnknownRuleCodeIsNotFound() {
        assertThatThrownBy(() -> rules.changeRule("dba", "default", "DML-999", RuleOverride.none().enabled(false)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("DML-999");
    }

    @Test
    void importReplacesEveryTemplateAndAssignmentAndLogsTheWholeFileBeforeAndAfter() {
        rules.createTemplate("dba", template("{\"name\": \"old\"}"));
        rules.assign("dba", new Assignment("OLD", "*", "old"));

        rules.importAll("dba", """
                {"schemaVersion": 1,
                 "templates": [{"name": "default", "rules": {"DML-009": {"enabled": false}}}, {"name": "prod"}],
                 "assignments": [{"project": "pay", "environment": "PROD", "template": "prod"}]}""");

        RuleTemplates current = rules.current();
        assertThat(current.templates()).extracting(RuleTemplate::name).containsExactly("prod");
        assertThat(current.assignments()).containsExactly(new Assignment("PAY", "prod", "prod"));
        assertThat(current.resolve("prod").configs().get("DML-009").enabled()).isFalse();
        ConfigChange change = store.latest(0, 1).get(0);
        assertThat(change.oldValue()).contains("\"old\"");
        assertThat(change.newValue()).contains("\"prod\"").doesNotContain("\"old\"");
    }

    @Test
    void anAssignmentIsReplacedAndRemovedByProjectAndEnvironmentWhateverTheirCase() {
        rules.createTemplate("dba", template("{\"name\": \"prod\"}"));
        rules.assign("dba", new Assignment("PAY", "prod", "default"));
        rules.assign("dba", new Assignment("pay", "PROD", "prod"));

        assertThat(rules.assignments()).containsExactly(new Assignment("PAY", "prod", "prod"));
        assertThat(store.latest(0, 1).get(0).oldValue()).isEqualTo("default");

        rules.unassign("dba", "pay", "Prod");
        assertThat(rules.assignments()).isEmpty();
        assertThatThrownBy(() -> rules.unassign("dba", "PAY", "prod")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStoredTemplateThatNoLongerReadsNamesItself() {
        store.putTemplate("broken", "{\"name\": \"broken\", \"rules\": {\"DML-999\": {}}}");

        assertThatThrownBy(rules::current).isInstanceOf(RuleConfigurationException.class)
                .hasMessageContaining("stored template 'broken'").hasMessageContaining("DML-999");
    }

    @Test
    void aTemplateBodyErrorNamesTheFieldInsideTheTemplate() {
        assertThatThrownBy(() -> template("{\"name\": \"x\", \"rules\": {\"DML-006\": {\"value\": true}}}"))
                .isInstanceOfSatisfying(RuleConfigurationException.class, e -> {
                    assertThat(e.field()).isEqualTo("rules.DML-006.value");
                    assertThat(e.ruleCode()).contains("DML-006");
                });
        assertThatThrownBy(() -> template("[1]")).isInstanceOfSatisfying(RuleConfigurationException.class,
                e -> assertThat(e.field()).isEqualTo("$"));
        assertThatThrownBy(() -> template("{\"description\": \"x\"}")).isInstanceOfSatisfying(RuleConfigurationException.class,
                e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void theDbaGroupSettingIsLoggedOldToNew() {
        PluginSettings settings = new PluginSettings(store, store, Clock.systemUTC());

        settings.setDbaGroup("admin", " dba-team ");
        settings.setDbaGroup("admin", "");

        assertThat(settings.dbaGroup()).isEmpty();
        assertThat(store.latest(0, 2)).extracting(ConfigChange::oldValue, ConfigChange::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dba-team", ""),
                        org.assertj.core.groups.Tuple.tuple("", "dba-team"));
        assertThatThrownBy(() -> settings.setDbaGroup("admin", "g".repeat(256)))
                .isInstanceOfSatisfying(RuleConfigurationException.class, e -> assertThat(e.field()).isEqualTo("dbaGroup"));
    }
}
