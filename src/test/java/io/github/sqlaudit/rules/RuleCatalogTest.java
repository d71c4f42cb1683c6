package io.github.sqlaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.github.sqlaudit.rules.catalog.BuiltInRules;

class RuleCatalogTest {

    private final RuleCatalog catalog = BuiltInRules.catalog();

    @Test
    void holdsAtLeastEightyRulesWithWellFormedUniqueCodes() {
        List<String> codes = catalog.rules().stream().map(Rule::code).toList();

        assertThat(codes).hasSizeGreaterThanOrEqualTo(80).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("(DML|DDL|NAM|ORA|SCR|PLN)-\\d{3}"));
    }

    @Test
    void everyBuiltInFamilyIsCoveredAndCodesAreDenseWithinEachFamily() {
        Map<Family, Integer> count = new EnumMap<>(Family.class);
        catalog.rules().forEach(r -> count.merge(r.spec().family(), 1, Integer::sum));

        for (Family family : Arrays.stream(Family.values()).filter(f -> f != Family.CUS).toList()) {
            assertThat(count.getOrDefault(family, 0)).as(family.name()).isPositive();
            // codes run 001..N without gaps: a retired code would be kept (disabled), never reused or skipped
            List<String> codes = catalog.rules().stream().map(Rule::code).filter(c -> c.startsWith(family.name()))
                    .toList();
            for (int i = 1; i <= codes.size(); i++) {
                assertThat(codes).contains(String.format("%s-%03d", family.name(), i));
            }
        }
        assertThat(count).doesNotContainKey(Family.CUS);
    }

    @Test
    void everyRuleClassIsRegisteredInTheCatalog() {
        Set<String> registered = catalog.rules().stream().map(r -> r.getClass().getName()).collect(Collectors.toSet());
        List<String> ruleClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.sqlaudit.rules").stream()
                .filter(c -> c.isAssignableTo(Rule.class) && !c.isInterface() && !c.getModifiers().contains(
                        JavaModifier.ABSTRACT))
                .map(JavaClass::getName)
                .toList();

        assertThat(ruleClasses).isNotEmpty();
        assertThat(registered).containsAll(ruleClasses);
    }

    @Test
    void severitiesFollowTheHarm() {
        for (String code : List.of("DML-001", "DML-002", "DDL-001", "DDL-002", "DDL-005", "SCR-001")) {
            assertThat(catalog.find(code).orElseThrow().spec().defaultSeverity()).as(code).isEqualTo(Severity.ERROR);
        }
        assertThat(catalog.rules().stream().filter(r -> r.spec().family() == Family.NAM))
                .allMatch(r -> r.spec().defaultSeverity() != Severity.ERROR);
    }

    @Test
    void everyRuleExplainsItselfAndPlanRulesNeedTheTarget() {
        for (Rule rule : catalog.rules()) {
            RuleSpec spec = rule.spec();
            assertThat(spec.rationale()).as(spec.code()).hasSizeGreaterThan(40).endsWith(".");
            assertThat(spec.name()).as(spec.code()).isNotBlank().doesNotEndWith(".");
        }
        assertThat(catalog.rules().stream().filter(r -> r.spec().family() == Family.PLN))
                .allMatch(r -> r.spec().needsTarget());
        assertThat(catalog.rules().stream().filter(r -> r.spec().family() == Family.ORA))
                .allMatch(r -> r.spec().dialects().equals(RuleSpec.ORACLE_ONLY));
    }
}
