package io.github.sqlaudit.rules;

import static io.github.sqlaudit.rules.TestStatements.delete;
import static io.github.sqlaudit.rules.TestStatements.failed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.sqlaudit.rules.catalog.BuiltInRules;
import io.github.sqlaudit.rules.config.RuleOverride;
import io.github.sqlaudit.rules.config.RuleTemplate;
import io.github.sqlaudit.rules.config.RuleTemplates;
import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;

class RuleEngineTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private final RuleEngine engine = new RuleEngine(BuiltInRules.catalog());

    private Evaluation evaluate(List<Statement> statements, ResolvedRules rules, Waivers waivers) {
        return engine.evaluate(new ScriptContext(Dialect.MYSQL, statements, TargetFacts.none()), rules, waivers, NOW);
    }

    @Test
    void deleteWithoutWhereBlocksWithTheLineAndTheFix() {
        Evaluation actual = evaluate(List.of(delete(0, 1, "audit_log", true), delete(1, 3, "orders", false)),
                ResolvedRules.defaults(), Waivers.none());

        assertThat(actual.blocks()).isTrue();
        Violation violation = actual.ofCode("DML-001").get(0);
        assertThat(violation.line()).isEqualTo(3);
        assertThat(violation.statementIndex()).isEqualTo(1);
        assertThat(violation.severity()).isEqualTo(Severity.ERROR);
        assertThat(violation.detail()).contains("orders").contains("no WHERE");
        assertThat(violation.description()).contains("Add the WHERE");
        assertThat(violation.describe()).startsWith("line 3: DML-001 ERROR UPDATE or DELETE without WHERE");
        assertThat(actual.ofCode("DML-001")).hasSize(1);
    }

    @Test
    void disabledRuleDoesNotRunAndSeverityOverrideApplies() {
        RuleTemplates templates = new RuleTemplates(BuiltInRules.catalog(),
                RuleTemplate.named("default").withRule("DML-001", RuleOverride.none().severity(Severity.WARN)),
                List.of(RuleTemplate.named("lenient").withRule("DML-001", RuleOverride.none().enabled(false))),
                List.of());

        Evaluation lenient = evaluate(List.of(delete(0, 1, "orders", false)), templates.resolve("lenient"),
                Waivers.none());
        Evaluation byDefault = evaluate(List.of(delete(0, 1, "orders", false)), templates.resolve("default"),
                Waivers.none());

        assertThat(lenient.ofCode("DML-001")).isEmpty();
        assertThat(byDefault.ofCode("DML-001")).singleElement()
                .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARN));
        assertThat(byDefault.blocks()).isFalse();
    }

    @Test
    void shadowRuleIsReportedAsWouldBlockAndNeverBlocks() {
        RuleTemplates templates = new RuleTemplates(BuiltInRules.catalog(),
                RuleTemplate.named("default").withRule("DML-001", RuleOverride.none().shadow(true)), List.of(),
                List.of());

        Evaluation actual = evaluate(List.of(delete(0, 1, "orders", false)), templates.resolve("default"),
                Waivers.none());

        Violation violation = actual.ofCode("DML-001").get(0);
        assertThat(violation.status()).isEqualTo(Violation.Status.SHADOW);
        assertThat(violation.wouldBlock()).isTrue();
        assertThat(violation.blocks()).isFalse();
        assertThat(violation.describe()).contains("[shadow, would block]");
        assertThat(actual.blocks()).isFalse();
    }

    @Test
    void activeWaiverKeepsTheViolationVisibleButNotBlocking() {
        Statement statement = delete(0, 1, "orders", false);
        Waiver waiver = new Waiver("DML-001", StatementFingerprint.of(statement), "yearly purge, agreed in DBA-12",
                "jdoe", NOW.plus(Duration.ofDays(7)));

        Evaluation actual = evaluate(List.of(statement), ResolvedRules.defaults(), Waivers.of(List.of(waiver)));

        Violation violation = actual.ofCode("DML-001").get(0);
        assertThat(violation.status()).isEqualTo(Violation.Status.WAIVED);
        assertThat(violation.waiver()).contains(waiver);
        assertThat(violation.describe()).contains("waived by jdoe: yearly purge");
        assertThat(actual.blocks()).isFalse();
    }

    @Test
    void expiredWaiverOrOtherRuleOrOtherStatementDoesNotWaive() {
        Statement statement = delete(0, 1, "orders", false);
        String fingerprint = StatementFingerprint.of(statement);
        List<Waiver> waivers = List.of(
                new Waiver("DML-001", fingerprint, "expired", "jdoe", NOW.minusSeconds(1)),
                new Waiver("DML-002", fingerprint, "other rule", "jdoe", NOW.plusSeconds(3600)),
                new Waiver("DML-001", StatementFingerprint.of("DELETE FROM customers", Dialect.MYSQL),
                        "other statement", "jdoe", NOW.plusSeconds(3600)));

        Evaluation actual = evaluate(List.of(statement), ResolvedRules.defaults(), Waivers.of(waivers));

        assertThat(actual.ofCode("DML-001").get(0).status()).isEqualTo(Violation.Status.ENFORCED);
        assertThat(actual.blocks()).isTrue();
    }

    @Test
    void unparseableStatementIsAnErrorWithTheParsersMessage() {
        Evaluation actual = evaluate(List.of(failed(0, 4, "DELETE FORM orders")), ResolvedRules.defaults(),
                Waivers.none());

        assertThat(actual.ofCode("SCR-001")).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.line()).isEqualTo(4);
            assertThat(v.detail()).contains("4:8: unexpected 'FORM'");
        });
        assertThat(actual.blocks()).isTrue();
    }

    @Test
    void rulesThatNeedTheTargetAreReportedAsNotEvaluatedWithoutOne() {
        Evaluation actual = evaluate(List.of(delete(0, 1, "orders", true)), ResolvedRules.defaults(), Waivers.none());

        assertThat(actual.notEvaluated()).extracting(NotEvaluated::code)
                .contains("DML-007", "DML-008", "DDL-008", "PLN-001", "PLN-006")
                .doesNotContain("DML-001");
    }

    @Test
    void streamedAuditReportsEachStatementsViolationsAsItArrives() {
        ScriptAudit audit = engine.start(Dialect.MYSQL, TargetFacts.none(), ResolvedRules.defaults(), Waivers.none(),
                NOW);

        List<Violation> first = audit.accept(delete(0, 1, "orders", true));
        List<Violation> second = audit.accept(failed(1, 2, "DELETE FORM orders"));
        List<Violation> third = audit.accept(delete(2, 3, "orders", false));
        Evaluation end = audit.finish();

        assertThat(first).isEmpty();
        assertThat(second).extracting(Violation::code).containsExactly("SCR-001");
        assertThat(third).extracting(Violation::code).contains("DML-001");
        assertThat(end.violations()).isEmpty();
        assertThat(end.notEvaluated()).extracting(NotEvaluated::code).contains("PLN-001");
        assertThatThrownBy(() -> audit.accept(delete(3, 4, "orders", true)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rulesRunOnlyForTheirDialects() {
        Statement commit = Statement.parsed(TestStatements.chunk(0, 1, "COMMIT"), Dialect.MYSQL,
                StatementKind.TRANSACTION, List.of(), List.of(), Optional.empty(), Optional.empty());

        Evaluation actual = evaluate(List.of(commit), ResolvedRules.defaults(), Waivers.none());

        assertThat(actual.ofCode("SCR-004")).hasSize(1); // MySQL's transaction-control rule
        assertThat(actual.ofCode("ORA-002")).isEmpty(); // Oracle's is not run on a MySQL script
    }

    @Test
    void customRuleFiresOnKindObjectNameAndText() {
        CustomRule noPaymentsDelete = new CustomRule("CUS-001", "No deletes on payment tables",
                "Payment rows are archived, never deleted: use the archive procedure.", Severity.ERROR, true, false,
                EnumSet.of(StatementKind.DELETE), Optional.of(RuleValue.regex("^pay_")), Optional.empty());
        ResolvedRules rules = new ResolvedRules("default", Map.of(), List.of(noPaymentsDelete));

        Evaluation actual = evaluate(List.of(delete(0, 1, "pay_ledger", true), delete(1, 2, "orders", true)), rules,
                Waivers.none());

        assertThat(actual.ofCode("CUS-001")).singleElement().satisfies(v -> {
            assertThat(v.line()).isEqualTo(1);
            assertThat(v.detail()).isEqualTo("DELETE on pay_ledger");
            assertThat(v.description()).startsWith("Payment rows are archived");
            assertThat(v.blocks()).isTrue();
        });
    }

    @Test
    void customRuleTextPatternAndShadow() {
        CustomRule sleep = new CustomRule("CUS-002", "No SLEEP()", "Do not sleep in change scripts.", Severity.ERROR,
                true, true, EnumSet.of(StatementKind.DELETE, StatementKind.SELECT), Optional.empty(),
                Optional.of(RuleValue.regex("(?i)where id = 1")));
        ResolvedRules rules = new ResolvedRules("default", Map.of(), List.of(sleep));

        Evaluation actual = evaluate(List.of(delete(0, 1, "orders", true), delete(1, 2, "orders", false)), rules,
                Waivers.none());

        assertThat(actual.ofCode("CUS-002")).singleElement().satisfies(v -> {
            assertThat(v.statementIndex()).isEqualTo(0);
            assertThat(v.wouldBlock()).isTrue();
        });
    }

    @Test
    void aRuleThatThrowsFailsTheAuditNamingTheRuleAndLine() {
        StatementRule broken = StatementRule.of(RuleSpec.code("DML-999").name("Broken").rationale("Test only.")
                .build(), (ctx, v) -> {
                    throw new IllegalStateException("boom");
                });
        RuleEngine brokenEngine = new RuleEngine(new RuleCatalog(List.of(broken)));

        assertThatThrownBy(() -> brokenEngine.evaluate(new ScriptContext(Dialect.MYSQL,
                List.of(delete(0, 7, "orders", true)), TargetFacts.none()), ResolvedRules.defaults(), Waivers.none(),
                NOW))
                .hasMessageContaining("DML-999").hasMessageContaining("line 7").hasMessageContaining("boom");
    }
}
