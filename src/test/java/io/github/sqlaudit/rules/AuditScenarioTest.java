package io.github.sqlaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.github.sqlaudit.rules.catalog.BuiltInRules;
import io.github.sqlaudit.rules.config.RuleTemplates;
import io.github.sqlaudit.rules.config.TemplatesJson;
import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.SqlParser;
import io.github.sqlaudit.sql.Statement;

/**
 * A release script through the whole rules path: parser, templates from JSON assigned to a project and
 * environment, custom rule, shadow rule, waiver, streamed evaluation.
 */
class AuditScenarioTest {

    private static final Path DIR = Path.of("src", "test", "resources", "rules", "scenario");
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private final RuleEngine engine = new RuleEngine(BuiltInRules.catalog());

    private List<Violation> audit(ResolvedRules rules, Waivers waivers, List<Statement> parsed) {
        ScriptAudit audit = engine.start(Dialect.MYSQL, TargetFacts.none(), rules, waivers, NOW);
        List<Violation> violations = new ArrayList<>();
        parsed.forEach(statement -> violations.addAll(audit.accept(statement)));
        violations.addAll(audit.finish().violations());
        return violations;
    }

    private static List<Statement> parse() throws IOException {
        try (Reader reader = Files.newBufferedReader(DIR.resolve("release-42.sql"), StandardCharsets.UTF_8);
             Stream<Statement> statements = SqlParser.forDialect(Dialect.MYSQL).parseScript(reader)) {
            return statements.toList();
        }
    }

    private static RuleTemplates templates() throws IOException {
        return new TemplatesJson(BuiltInRules.catalog())
                .read(Files.readString(DIR.resolve("templates.json"), StandardCharsets.UTF_8));
    }

    @Test
    void productionTemplateBlocksOnTheErrorsWithTheirLines() throws IOException {
        List<Statement> statements = parse();
        List<Violation> actual = audit(templates().forProject("SHOP", "prod"), Waivers.none(), statements);

        assertThat(actual.stream().filter(Violation::blocks).map(v -> v.code() + "@" + v.line()))
                .containsExactlyInAnyOrder("DML-001@14", "CUS-001@14", "SCR-002@12");
        assertThat(actual).filteredOn(v -> v.code().equals("DML-009")).singleElement()
                .satisfies(v -> {
                    assertThat(v.line()).isEqualTo(16);
                    assertThat(v.wouldBlock()).isTrue();
                });
        assertThat(actual).extracting(Violation::code).doesNotContain("DDL-012", "DDL-013", "DDL-028", "DDL-009");
    }

    @Test
    void waiverForTheAuditDeleteKeepsItVisibleAndUnblocksThatRuleOnly() throws IOException {
        List<Statement> statements = parse();
        Statement delete = statements.stream().filter(s -> s.startLine() == 14).findFirst().orElseThrow();
        Waiver waiver = new Waiver("CUS-001", StatementFingerprint.of(delete), "GDPR erasure request DPO-7",
                "dba.anna", Instant.parse("2026-12-01T00:00:00Z"));

        List<Violation> actual = audit(templates().forProject("SHOP", "prod"), Waivers.of(List.of(waiver)),
                statements);

        assertThat(actual).filteredOn(v -> v.code().equals("CUS-001")).singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(Violation.Status.WAIVED));
        assertThat(actual.stream().filter(Violation::blocks).map(Violation::code))
                .containsExactlyInAnyOrder("DML-001", "SCR-002");
    }

    @Test
    void otherEnvironmentsUseTheDefaultTemplate() throws IOException {
        List<Violation> actual = audit(templates().forProject("SHOP", "dev"), Waivers.none(), parse());

        assertThat(actual.stream().filter(Violation::blocks).map(Violation::code)).containsExactly("DML-001");
        assertThat(actual).filteredOn(v -> v.code().equals("DML-009")).singleElement()
                .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARN));
        assertThat(actual).extracting(Violation::code).doesNotContain("CUS-001");
    }
}
