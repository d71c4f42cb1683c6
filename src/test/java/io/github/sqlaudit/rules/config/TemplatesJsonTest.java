package io.github.sqlaudit.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.sqlaudit.rules.CustomRule;
import io.github.sqlaudit.rules.RuleConfigurationException;
import io.github.sqlaudit.rules.RuleValue;
import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.rules.catalog.BuiltInRules;
import io.github.sqlaudit.sql.StatementKind;

class TemplatesJsonTest {

    private final TemplatesJson json = new TemplatesJson(BuiltInRules.catalog());

    private static String document(String templates) {
        return "{\"schemaVersion\": 1, \"templates\": [" + templates + "]}";
    }

    @Test
    void roundTripKeepsEverySettingTypeCustomRuleAndAssignment() {
        RuleTemplate defaults = RuleTemplate.named("default").withDescription("House rules")
                .withRule("DML-006", RuleOverride.none().value(RuleValue.threshold(250)))
                .withRule("DDL-015", RuleOverride.none().value(RuleValue.names("InnoDB", "MyRocks")))
                .withRule("NAM-003", RuleOverride.none().value(RuleValue.regex("^ix_[a-z_]+$")).severity(Severity.WARN))
                .withRule("DDL-026", RuleOverride.none().value(RuleValue.flag(true)).enabled(true))
                .withRule("DML-009", RuleOverride.none().description("Name the columns.").shadow(true))
                .withCustomRule(new CustomRule("CUS-001", "No deletes on payments", "Archive instead.", Severity.ERROR,
                        true, false, EnumSet.of(StatementKind.DELETE, StatementKind.TRUNCATE),
                        Optional.of(RuleValue.regex("^pay_")), Optional.of(RuleValue.regex("(?i)where"))));
        RuleTemplate prod = RuleTemplate.named("prod").withRule("DML-001", RuleOverride.none().severity(Severity.ERROR));
        RuleTemplates expected = new RuleTemplates(BuiltInRules.catalog(), defaults, List.of(prod),
                List.of(new Assignment("PAY", "prod", "prod"), new Assignment("*", "dev", "default")));

        String written = json.write(expected);
        RuleTemplates actual = json.read(written);

        assertThat(written).contains("\"schemaVersion\": 1");
        assertThat(actual.defaultTemplate()).isEqualTo(expected.defaultTemplate());
        assertThat(actual.templates()).isEqualTo(expected.templates());
        assertThat(actual.assignments()).isEqualTo(expected.assignments());
        assertThat(actual.resolve("prod")).isEqualTo(expected.resolve("prod"));
        assertThat(json.write(actual)).isEqualTo(written);
    }

    @Test
    void readsTheDocumentedExample() {
        RuleTemplates actual = json.read("""
                {
                  "schemaVersion": 1,
                  "templates": [
                    {"name": "default", "rules": {"DML-016": {"value": 200}}},
                    {"name": "prod", "description": "Production", "rules": {
                        "DML-001": {"severity": "ERROR"},
                        "DDL-015": {"value": ["InnoDB"], "severity": "error", "shadow": true}}}
                  ],
                  "assignments": [{"project": "PAY", "environment": "prod", "template": "prod"}]
                }
                """);

        assertThat(actual.forProject("PAY", "prod").configs().get("DML-016").value()).isEqualTo(RuleValue.threshold(200));
        assertThat(actual.forProject("PAY", "prod").configs().get("DDL-015").shadow()).isTrue();
        assertThat(actual.forProject("PAY", "dev").templateName()).isEqualTo("default");
    }

    @Test
    void theExampleInRulesConfigDocReadsAsDescribed() throws IOException {
        String doc = Files.readString(Path.of("docs", "rules-config.md"));
        String example = doc.substring(doc.indexOf("```json") + "```json".length(), doc.indexOf("```", doc.indexOf("```json") + 7));

        RuleTemplates actual = json.read(example);

        assertThat(actual.forProject("PAY", "prod").templateName()).isEqualTo("prod");
        assertThat(actual.forProject("CRM", "prod").templateName()).isEqualTo("prod");
        assertThat(actual.forProject("CRM", "dev").templateName()).isEqualTo("default");
        assertThat(actual.resolve("prod").configs().get("DML-016").value()).isEqualTo(RuleValue.threshold(200));
        assertThat(actual.resolve("prod").configs().get("DML-009").shadow()).isTrue();
        assertThat(actual.resolve("prod").configs().get("DDL-026").enabled()).isTrue();
        assertThat(actual.resolve("prod").customRules()).extracting(CustomRule::code).containsExactly("CUS-001");
    }

    @Test
    void negativeThresholdNamesFieldAndRule() {
        assertThatThrownBy(() -> json.read(document("{\"name\": \"prod\", \"rules\": {\"DML-006\": {\"value\": -1}}}")))
                .isInstanceOf(RuleConfigurationException.class)
                .hasMessage("templates[prod].rules.DML-006.value (rule DML-006): expected a whole number >= 0, got -1"
                        + " (a threshold cannot be negative)");
    }

    @Test
    void wrongTypeNamesFieldAndRule() {
        assertThatThrownBy(() -> json.read(document("{\"name\": \"prod\", \"rules\": {\"DML-006\": {\"value\": \"many\"}}}")))
                .hasMessage("templates[prod].rules.DML-006.value (rule DML-006): expected a whole number >= 0, got \"many\"");
        assertThatThrownBy(() -> json.read(document("{\"name\": \"prod\", \"rules\": {\"DML-001\": {\"enabled\": \"no\"}}}")))
                .hasMessage("templates[prod].rules.DML-001.enabled (rule DML-001): expected true or false, got \"no\"");
        assertThatThrownBy(() -> json.read(document("{\"name\": \"prod\", \"rules\": {\"DML-001\": {\"value\": 3}}}")))
                .hasMessage("templates[prod].rules.DML-001.value (rule DML-001): this rule takes no value");
    }

    @Test
    void badRegexNamesFieldAndRule() {
        assertThatThrownBy(() -> json.read(document("{\"name\": \"prod\", \"rules\": {\"NAM-001\": {\"value\": \"[a-z\"}}}")))
                .hasMessageStartingWith("templates[prod].rules.NAM-001.value (rule NAM-001): invalid regular expression '[a-z'");
    }

    @Test
    void unknownCodeUnknownFieldAndBadSeverityAreNamed() {
        assertThatThrownBy(() -> json.read(document("{\"name\": \"prod\", \"rules\": {\"DML-999\": {}}}")))
                .hasMessage("templates[prod].rules.DML-999 (rule DML-999): unknown rule code");
        assertThatThrownBy(() -> json.read(document("{\"name\": \"prod\", \"rules\": {\"DML-001\": {\"severty\": \"INFO\"}}}")))
                .hasMessageStartingWith("templates[prod].rules.DML-001.severty (rule DML-001): unknown field; expected one of");
        assertThatThrownBy(() -> json.read(document("{\"name\": \"prod\", \"rules\": {\"DML-001\": {\"severity\": \"FATAL\"}}}")))
                .hasMessage("templates[prod].rules.DML-001.severity (rule DML-001): unknown severity 'FATAL', expected INFO, WARN or ERROR");
    }

    @Test
    void invalidCustomRulesAreNamedByTemplateAndCode() {
        assertThatThrownBy(() -> json.read(document("{\"name\": \"prod\", \"customRules\": [{\"code\": \"CUS-001\", "
                + "\"name\": \"x\", \"message\": \"y\", \"kinds\": []}]}")))
                .hasMessage("templates[prod].customRules[CUS-001].kinds (rule CUS-001): a custom rule needs at least one statement kind");
        assertThatThrownBy(() -> json.read(document("{\"name\": \"prod\", \"customRules\": [{\"code\": \"DML-001\", "
                + "\"name\": \"x\", \"message\": \"y\", \"kinds\": [\"DELETE\"]}]}")))
                .hasMessageContaining("templates[prod].customRules[DML-001].code (rule DML-001): a custom rule code has the form CUS-001");
        assertThatThrownBy(() -> json.read(document("{\"name\": \"prod\", \"customRules\": [{\"code\": \"CUS-002\", "
                + "\"name\": \"x\", \"message\": \"y\", \"kinds\": [\"DELET\"]}]}")))
                .hasMessageStartingWith("templates[prod].customRules[CUS-002].kinds (rule CUS-002): unknown statement kind 'DELET'");
        assertThatThrownBy(() -> json.read(document("{\"name\": \"prod\", \"customRules\": [{\"code\": \"CUS-003\", "
                + "\"name\": \"x\", \"message\": \"y\", \"kinds\": [\"DELETE\"], \"textPattern\": \"(\"}]}")))
                .hasMessageStartingWith("templates[prod].customRules[CUS-003].textPattern (rule CUS-003): invalid regular expression");
    }

    @Test
    void schemaVersionIsRequiredAndCheckedAndJunkIsReported() {
        assertThatThrownBy(() -> json.read("{\"templates\": []}"))
                .hasMessage("schemaVersion: required field is missing");
        assertThatThrownBy(() -> json.read("{\"schemaVersion\": 2, \"templates\": []}"))
                .hasMessage("schemaVersion: version 2 was written by a newer SQL Audit; this one reads up to version 1");
        assertThatThrownBy(() -> json.read("{\"schemaVersion\": 1, \"templates\": [ {\"name\": }"))
                .isInstanceOf(RuleConfigurationException.class)
                .hasMessageStartingWith("$: not valid JSON:");
        assertThatThrownBy(() -> json.read("{\"schemaVersion\": 1, \"templates\": [{\"description\": \"x\"}]}"))
                .hasMessage("templates[0].name: required field is missing");
        assertThatThrownBy(() -> json.read("{\"schemaVersion\": 1, \"templates\": [], \"assignments\": "
                + "[{\"project\": \"PAY\", \"environment\": \"prod\", \"template\": \"nope\"}]}"))
                .hasMessage("assignments[0].template: unknown template 'nope'");
        assertThatThrownBy(() -> json.read("{\"schemaVersion\": 1, \"templates\": [], \"assignments\": "
                + "[{\"project\": \"P-1\", \"environment\": \"prod\", \"template\": \"default\"}]}"))
                .hasMessageStartingWith("assignments[0].project: expected a Jira project key");
    }
}
