package io.github.sqlaudit.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.sqlaudit.rules.CustomRule;
import io.github.sqlaudit.rules.RuleCatalog;
import io.github.sqlaudit.rules.RuleConfig;
import io.github.sqlaudit.rules.RuleConfigurationException;
import io.github.sqlaudit.rules.RuleValue;
import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.rules.ValueType;
import io.github.sqlaudit.rules.catalog.BuiltInRules;
import io.github.sqlaudit.sql.StatementKind;

class RuleTemplatesTest {

    private final RuleCatalog catalog = BuiltInRules.catalog();

    private RuleTemplates library() {
        RuleTemplate defaults = RuleTemplate.named("default")
                .withRule("DML-006", RuleOverride.none().value(RuleValue.threshold(500)))
                .withRule("DML-009", RuleOverride.none().severity(Severity.WARN).description("No SELECT * here."));
        RuleTemplate prod = RuleTemplate.named("prod-strict")
                .withRule("DML-006", RuleOverride.none().severity(Severity.ERROR))
                .withRule("DDL-026", RuleOverride.none().enabled(true));
        RuleTemplate dev = RuleTemplate.named("dev").withRule("DML-001", RuleOverride.none().shadow(true));
        return new RuleTemplates(catalog, defaults, List.of(prod, dev), List.of(
                new Assignment("PAY", "prod", "prod-strict"),
                new Assignment("*", "dev", "dev"),
                new Assignment("pay", "*", "default")));
    }

    @Test
    void templateInheritsWhatItDoesNotOverrideFromTheDefaultTemplate() {
        RuleConfig actual = library().resolve("prod-strict").configs().get("DML-006");

        assertThat(actual.value()).isEqualTo(RuleValue.threshold(500)); // from the default template
        assertThat(actual.severity()).isEqualTo(Severity.ERROR); // its own
        assertThat(actual.enabled()).isTrue(); // the catalog's default
    }

    @Test
    void defaultTemplateOverridesTheCatalogAndDescriptionsCanBeRewritten() {
        RuleConfig actual = library().resolve("dev").configs().get("DML-009");

        assertThat(actual.severity()).isEqualTo(Severity.WARN);
        assertThat(actual.description()).isEqualTo("No SELECT * here.");
        assertThat(library().resolve("dev").configs().get("DML-001").shadow()).isTrue();
        assertThat(library().resolve("default").configs().get("DML-001").shadow()).isFalse();
    }

    @Test
    void ruleDisabledByDefaultCanBeEnabledByATemplate() {
        assertThat(library().resolve("default").configs().get("DDL-026").enabled()).isFalse();
        assertThat(library().resolve("prod-strict").configs().get("DDL-026").enabled()).isTrue();
    }

    @Test
    void customRulesAreInheritedAndReplacedByCode() {
        CustomRule base = new CustomRule("CUS-001", "No deletes",
                "Archive instead.", Severity.WARN, true, false,
                EnumSet.of(StatementKind.DELETE), Optional.empty(),
                Optional.empty());
        CustomRule strict = new CustomRule("CUS-001", "No deletes",
                "Archive instead.", Severity.ERROR, true, false,
                EnumSet.of(StatementKind.DELETE), Optional.empty(),
                Optional.empty());
        CustomRule extra = new CustomRule("CUS-002", "No grants",
                "Ask for access separately.", Severity.WARN, true, false,
                EnumSet.of(StatementKind.GRANT), Optional.empty(),
                Optional.empty());
        RuleTemplates templates = new RuleTemplates(catalog, RuleTemplate.named("default").withCustomRule(base),
                List.of(RuleTemplate.named("prod").withCustomRule(strict).withCustomRule(extra),
                        RuleTemplate.named("dev")),
                List.of());

        assertThat(templates.resolve("dev").customRules()).containsExactly(base);
        assertThat(templates.resolve("prod").customRules()).containsExactly(strict, extra);
    }

    @Test
    void mostSpecificAssignmentWins() {
        RuleTemplates templates = library();

        assertThat(templates.templateFor("PAY", "prod")).isEqualTo("prod-strict");
        assertThat(templates.templateFor("pay", "PROD")).isEqualTo("prod-strict");
        assertThat(templates.templateFor("PAY", "test")).isEqualTo("default"); // PAY in any environment
        assertThat(templates.templateFor("PAY", "dev")).isEqualTo("default"); // project beats environment
        assertThat(templates.templateFor("CRM", "dev")).isEqualTo("dev");
        assertThat(templates.templateFor("CRM", "uat-eu")).isEqualTo("default"); // nothing assigned
        assertThat(templates.forProject("PAY", "prod").templateName()).isEqualTo("prod-strict");
    }

    @Test
    void unknownRuleCodeIsRejectedNamingTemplateAndCode() {
        assertThatThrownBy(() -> new RuleTemplates(catalog, RuleTemplate.named("default"),
                List.of(RuleTemplate.named("prod").withRule("DML-999", RuleOverride.none().enabled(false))),
                List.of()))
                .isInstanceOf(RuleConfigurationException.class)
                .hasMessage("templates[prod].rules.DML-999 (rule DML-999): unknown rule code");
    }

    @Test
    void valueOfTheWrongTypeIsRejected() {
        assertThatThrownBy(() -> new RuleTemplates(catalog,
                RuleTemplate.named("default").withRule("DML-006", RuleOverride.none().value(RuleValue.names("x"))),
                List.of(), List.of()))
                .isInstanceOf(RuleConfigurationException.class)
                .hasMessageContaining("templates[default].rules.DML-006.value (rule DML-006)")
                .hasMessageContaining("expected a whole number >= 0 (maximum rows in one INSERT), got a list of names");
    }

    @Test
    void assignmentToUnknownTemplateAndDuplicateAssignmentAreRejected() {
        assertThatThrownBy(() -> new RuleTemplates(catalog, RuleTemplate.named("default"), List.of(),
                List.of(new Assignment("PAY", "prod", "strict"))))
                .hasMessage("assignments[0].template: unknown template 'strict'");
        assertThatThrownBy(() -> new RuleTemplates(catalog, RuleTemplate.named("default"), List.of(),
                List.of(new Assignment("PAY", "prod", "default"), new Assignment("pay", "PROD", "default"))))
                .hasMessage("assignments[1]: project PAY in environment prod is assigned twice");
    }

    @Test
    void duplicateTemplateNamesAndBadNamesAreRejected() {
        assertThatThrownBy(() -> new RuleTemplates(catalog, RuleTemplate.named("default"),
                List.of(RuleTemplate.named("prod"), RuleTemplate.named("prod")), List.of()))
                .hasMessageContaining("template name 'prod' is used twice");
        assertThatThrownBy(() -> RuleTemplate.named("prod strict"))
                .hasMessageContaining("name: a template name is 1 to 64 letters");
        assertThatThrownBy(() -> new Assignment("PAY", "pr od", "default"))
                .hasMessageContaining("environment: expected an environment name");
    }

    @Test
    void typedValuesAreValidatedWhenTypedIn() {
        assertThatThrownBy(() -> RuleValue.parse(ValueType.THRESHOLD, "-5",
                "templates[prod].rules.DML-006.value", "DML-006"))
                .isInstanceOf(RuleConfigurationException.class)
                .hasMessage("templates[prod].rules.DML-006.value (rule DML-006): expected a whole number >= 0, got -5");
        assertThatThrownBy(() -> RuleValue.parse(ValueType.REGEX, "idx_[a-z",
                "templates[prod].rules.NAM-003.value", "NAM-003"))
                .hasMessageStartingWith("templates[prod].rules.NAM-003.value (rule NAM-003): invalid regular expression 'idx_[a-z'");
        assertThatThrownBy(() -> RuleValue.parse(ValueType.BOOLEAN, "yes", "v", "DDL-026"))
                .hasMessage("v (rule DDL-026): expected true or false, got 'yes'");
        assertThat(RuleValue.parse(ValueType.LIST, "InnoDB, MyRocks", "v", "DDL-015"))
                .isEqualTo(RuleValue.names("InnoDB", "MyRocks"));
        assertThat(RuleValue.parse(ValueType.THRESHOLD, " 250 ", "v", "DML-006"))
                .isEqualTo(RuleValue.threshold(250));
    }
}
