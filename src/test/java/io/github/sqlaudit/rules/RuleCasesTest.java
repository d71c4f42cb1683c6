package io.github.sqlaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.github.sqlaudit.rules.catalog.BuiltInRules;
import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;

/**
 * Runs every case of src/test/resources/rules/*.cases: the case's SQL goes through the parser, only the rule under
 * test is enabled (with the case's value), and the rule must fire (so many times) or stay silent.
 */
class RuleCasesTest {

    private static final Path CASES = Path.of("src", "test", "resources", "rules");
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final RuleCatalog CATALOG = BuiltInRules.catalog();
    private static final RuleEngine ENGINE = new RuleEngine(CATALOG);
    /** Kinds that always change a named table, so an empty tablesWritten means the parser has not filled it. */
    private static final Set<StatementKind> ALWAYS_NAME_A_TABLE = EnumSet.of(
            StatementKind.INSERT, StatementKind.UPDATE, StatementKind.DELETE, StatementKind.REPLACE,
            StatementKind.CREATE_TABLE, StatementKind.ALTER_TABLE);
    /** The families whose rules read the parser's DML and DDL facts (the others read kinds, text and plans). */
    private static final Set<Family> READS_FACTS = EnumSet.of(Family.DML, Family.DDL, Family.NAM);
    /** The kinds {@link io.github.sqlaudit.sql.DmlFacts} describe. */
    private static final Set<StatementKind> DML_WITH_FACTS = EnumSet.of(StatementKind.SELECT,
            StatementKind.INSERT, StatementKind.UPDATE, StatementKind.DELETE, StatementKind.REPLACE);

    static List<RuleCase> allCases() {
        List<RuleCase> cases = new ArrayList<>();
        files().forEach(file -> cases.addAll(RuleCase.read(file)));
        return cases;
    }

    private static List<Path> files() {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(f -> f.toString().endsWith(".cases")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicNode> everyCase() {
        return files().stream().map(file -> DynamicContainer.dynamicContainer(file.getFileName().toString(),
                RuleCase.read(file).stream().map(c -> DynamicTest.dynamicTest(c.displayName(), () -> run(c)))));
    }

    @Test
    void everyRuleHasACaseThatFiresAndOneThatPasses() {
        Map<String, boolean[]> seen = new HashMap<>();
        for (RuleCase c : allCases()) {
            assertThat(CATALOG.contains(c.code())).as("unknown rule code in " + c.displayName()).isTrue();
            boolean[] kinds = seen.computeIfAbsent(c.code(), k -> new boolean[2]);
            kinds[c.fires() ? 0 : 1] = true;
        }
        TreeSet<String> missing = new TreeSet<>();
        for (Rule rule : CATALOG.rules()) {
            boolean[] kinds = seen.getOrDefault(rule.code(), new boolean[2]);
            if (!kinds[0]) {
                missing.add(rule.code() + " (no firing case)");
            }
            if (!kinds[1]) {
                missing.add(rule.code() + " (no passing case)");
            }
        }
        assertThat(missing).as("rules without cases").isEmpty();
    }

    private static void run(RuleCase c) {
        c.directive("pending").ifPresent(reason -> Assumptions.abort("pending: " + reason));
        Rule rule = CATALOG.find(c.code()).orElseThrow(() -> new AssertionError("unknown rule " + c.code()));
        Dialect dialect = c.directive("dialect").map(Dialect::fromName).orElse(Dialect.MYSQL);
        List<Statement> statements = CaseParser.parse(c, dialect);
        assertThat(statements).as("statements in the case").isNotEmpty();
        if (c.directive("kind").isEmpty() && readsFacts(rule)) {
            // without the facts a firing case cannot fire and a passing one would pass for the wrong reason;
            // a known gap is marked @pending in the case file instead
            List<String> missing = statements.stream().filter(RuleCasesTest::factsMissing)
                    .map(s -> s.kind().name()).distinct().toList();
            assertThat(missing).as("statements the parser gave no DML/DDL facts or tables for").isEmpty();
        }
        if (!c.code().equals("SCR-001")) {
            // a case that does not parse would pass for the wrong reason
            for (Statement statement : statements) {
                assertThat(statement.error()).as("parse error in %s", statement.text()).isEmpty();
            }
        }
        RuleValue value = c.directive("value")
                .map(text -> RuleValue.parse(rule.spec().valueType(), text, "@value", c.code()))
                .orElse(rule.spec().defaultValue());
        TargetFacts target = c.directive("target").map(CaseTarget::parse).orElse(TargetFacts.none());

        Evaluation evaluation = ENGINE.evaluate(new ScriptContext(dialect, statements, target), only(rule, value),
                Waivers.none(), NOW);

        assertThat(evaluation.notEvaluated()).as("the rule needs a @target").extracting(NotEvaluated::code)
                .doesNotContain(c.code());
        List<Violation> found = evaluation.ofCode(c.code());
        if (c.fires()) {
            if (c.count().isPresent()) {
                assertThat(found).as("violations of " + c.code()).hasSize(c.count().get());
            } else {
                assertThat(found).as("violations of " + c.code()).isNotEmpty();
            }
            assertThat(found).allSatisfy(v -> assertThat(v.detail()).isNotBlank());
        } else {
            assertThat(found).as("violations of " + c.code()).isEmpty();
        }
    }

    private static boolean readsFacts(Rule rule) {
        return READS_FACTS.contains(rule.spec().family()) || rule.code().equals("SCR-006");
    }

    private static boolean factsMissing(Statement statement) {
        if (!statement.ok()) {
            return false;
        }
        return DML_WITH_FACTS.contains(statement.kind()) && statement.dml().isEmpty()
                || statement.kind().isDdl() && statement.ddl().isEmpty()
                || ALWAYS_NAME_A_TABLE.contains(statement.kind()) && statement.tablesWritten().isEmpty();
    }

    /** Every rule off except the one under test, which runs with the case's value and its default severity. */
    private static ResolvedRules only(Rule rule, RuleValue value) {
        Map<String, RuleConfig> configs = new HashMap<>();
        for (Rule other : CATALOG.rules()) {
            RuleConfig defaults = RuleConfig.defaults(other.spec());
            configs.put(other.code(), new RuleConfig(defaults.value(), defaults.description(), defaults.severity(),
                    false, false));
        }
        RuleConfig defaults = RuleConfig.defaults(rule.spec());
        configs.put(rule.code(), new RuleConfig(value, defaults.description(), defaults.severity(), true, false));
        return new ResolvedRules("case", configs, List.of());
    }
}
