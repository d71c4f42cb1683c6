package io.github.sqlaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.github.sqlaudit.Sha256;
import io.github.sqlaudit.cli.DemoSchema;
import io.github.sqlaudit.cli.EmbeddedMariaDb;
import io.github.sqlaudit.plan.Explanation;
import io.github.sqlaudit.plan.JdbcReviewTarget;
import io.github.sqlaudit.plan.ReviewTarget;
import io.github.sqlaudit.rules.ResolvedRules;
import io.github.sqlaudit.rules.RuleEngine;
import io.github.sqlaudit.rules.Violation;
import io.github.sqlaudit.rules.Waivers;
import io.github.sqlaudit.rules.catalog.BuiltInRules;
import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.StatementKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole review on a real MariaDB 11.4 holding the demo shop. */
class AuditServiceTest {

    static EmbeddedMariaDb server;
    final AuditService service = new AuditService(new RuleEngine(BuiltInRules.catalog()), Clock.systemUTC());

    @BeforeAll
    static void startServer() throws SQLException {
        server = EmbeddedMariaDb.start("shop");
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "root", "")) {
            DemoSchema.load(connection);
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static ScriptInput script(String name, String sql) {
        byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
        return new ScriptInput(name, Dialect.MARIADB, () -> new ByteArrayInputStream(bytes));
    }

    AuditReport audit(ScriptInput... scripts) {
        try (ReviewTarget target = new JdbcReviewTarget(server.jdbcUrl(), "root", "", Duration.ofSeconds(5))) {
            return service.audit(List.of(scripts), Optional.of(target), "default", ResolvedRules.defaults(),
                    Waivers.none());
        }
    }

    static List<String> codes(ScriptReport script) {
        return script.allViolations().stream().map(Violation::code).toList();
    }

    @Test
    void aChangeByPrimaryKeyPassesWithItsPlan() {
        String sql = "UPDATE orders SET status = 'cancelled', updated_at = NOW() WHERE id = 4711;\n";
        AuditReport report = audit(script("fix.sql", sql));

        ScriptReport script = report.scripts().get(0);
        assertThat(script.verdict()).isEqualTo(Verdict.PASS);
        assertThat(script.sha256()).isEqualTo(Sha256.of(sql));
        assertThat(script.bytes()).isEqualTo(sql.length());
        StatementReport update = script.statements().get(0);
        assertThat(update.kind()).isEqualTo(StatementKind.UPDATE);
        assertThat(update.explanation()).get().isInstanceOfSatisfying(Explanation.Explained.class,
                explained -> assertThat(explained.metrics().estimatedRows()).hasValue(1));
        assertThat(report.serverVersion()).contains("MariaDB");
        assertThat(report.databaseTime()).isPositive().isLessThanOrEqualTo(report.duration());
    }

    @Test
    void aDeleteWithoutWhereBlocksAndItsSizeComesFromTheCatalog() {
        AuditReport report = audit(script("cleanup.sql", "DELETE FROM payments;\n"));

        ScriptReport script = report.scripts().get(0);
        assertThat(script.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(codes(script)).contains("DML-001", "DML-008");
        Explanation.Explained explained = (Explanation.Explained) script.statements().get(0).explanation().orElseThrow();
        assertThat(explained.metrics().estimatedRows().getAsLong()).as("payments rows").isGreaterThan(20_000);
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void bigScansWarnWithPlanRules() {
        AuditReport report = audit(script("backfill.sql", "DELETE FROM order_items WHERE order_id = 42;"));
        ScriptReport script = report.scripts().get(0);
        assertThat(script.verdict()).isEqualTo(Verdict.WARN);
        assertThat(codes(script)).contains("PLN-002");
    }

    @Test
    void whatCannotBeExplainedBeforeExecutionSaysWhy() {
        AuditReport report = audit(script("mixed.sql", String.join("\n",
                "CREATE TABLE promo (id INT PRIMARY KEY COMMENT 'id', code VARCHAR(20) COMMENT 'code') COMMENT 'promotions';",
                "INSERT INTO promo (id, code) VALUES (1, 'SPRING');",
                "SET @cutoff = '2024-01-01';",
                "UPDATE orders SET status = 'cancelled' WHERE created_at < @cutoff AND id = 3;",
                "UPDATE orders SET status = 'paid' WHERE id = 4;")));

        List<StatementReport> statements = report.scripts().get(0).statements();
        assertThat(reason(statements.get(0))).startsWith("DDL");
        assertThat(reason(statements.get(1))).contains("promo is created or altered earlier in this script");
        assertThat(statements.get(2).explanation()).as("SET has no plan").isEmpty();
        assertThat(reason(statements.get(3))).contains("@cutoff");
        assertThat(statements.get(4).explanation()).get().isInstanceOf(Explanation.Explained.class);
    }

    @Test
    void aStatementOnAMissingTableShowsTheTargetsRejection() {
        AuditReport report = audit(script("typo.sql", "UPDATE ordres SET status = 'x' WHERE id = 1;"));
        StatementReport statement = report.scripts().get(0).statements().get(0);
        assertThat(statement.explanation()).get().isInstanceOfSatisfying(Explanation.Rejected.class,
                rejected -> assertThat(rejected.message()).contains("ordres"));
    }

    @Test
    void anUnparseableStatementBlocksWithTheParsersWords() {
        AuditReport report = audit(script("broken.sql", "UPDATE orders SET WHERE id = 1;"));
        ScriptReport script = report.scripts().get(0);
        assertThat(script.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(script.statements().get(0).syntaxError()).isPresent();
        assertThat(codes(script)).contains("SCR-001");
    }

    @Test
    void aLatin1ScriptIsRefusedWithTheLineAndStillHashedWhole() {
        byte[] latin1 = "UPDATE customers SET full_name = 'Jos\u00e9' WHERE id = 1;\n".getBytes(StandardCharsets.ISO_8859_1);
        ScriptInput input = new ScriptInput("latin1.sql", Dialect.MARIADB, () -> new ByteArrayInputStream(latin1));

        ScriptReport script = audit(input).scripts().get(0);

        assertThat(script.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(script.failure()).get().asString().contains("latin1.sql").contains("line 1").containsIgnoringCase("UTF-8");
        assertThat(script.sha256()).isEqualTo(Sha256.of(latin1));
    }

    @Test
    void withoutATargetTheRulesThatNeedOneAreListedNotPassed() {
        AuditReport report = service.audit(List.of(script("fix.sql", "UPDATE orders SET status = 'x' WHERE id = 1;")),
                Optional.empty(), "default", ResolvedRules.defaults(), Waivers.none());
        ScriptReport script = report.scripts().get(0);
        assertThat(report.target()).isEqualTo("none");
        assertThat(script.statements().get(0).explanation()).isEmpty();
        assertThat(script.notEvaluated()).extracting(n -> n.code()).contains("PLN-001", "DML-008");
        assertThat(report.databaseTime()).isZero();
    }

    @Test
    void whenTheTemplateAsksTheRowsAreCountedBesideTheEstimate() {
        var spec = BuiltInRules.catalog().find("PLN-007").orElseThrow().spec();
        ResolvedRules counting = new ResolvedRules("prod", java.util.Map.of("PLN-007",
                new io.github.sqlaudit.rules.RuleConfig(io.github.sqlaudit.rules.RuleValue.threshold(200_000),
                        spec.rationale(), spec.defaultSeverity(), true, false)), List.of());
        AuditReport report;
        try (ReviewTarget target = new JdbcReviewTarget(server.jdbcUrl(), "root", "", Duration.ofSeconds(5))) {
            report = service.audit(List.of(script("count.sql", String.join("\n",
                    "DELETE FROM order_items WHERE order_id = 42;",
                    "UPDATE orders SET status = 'x' WHERE customer_id = 7;",
                    "UPDATE orders o JOIN customers c ON c.id = o.customer_id SET o.total = 0 WHERE c.id = 1;"))),
                    Optional.of(target), "prod", counting, Waivers.none());
        }
        List<StatementReport> statements = report.scripts().get(0).statements();
        var delete = ((Explanation.Explained) statements.get(0).explanation().orElseThrow()).metrics();
        // 150,000 order items over 60,000 orders: order 42 has 2 or 3 of them, while the full scan estimates all.
        assertThat(delete.countedRows().getAsLong()).isBetween(1L, 5L);
        assertThat(delete.estimatedRows().getAsLong()).isGreaterThan(100_000);
        assertThat(report.scripts().get(0).statements().get(0).violations()).extracting(v -> v.code())
                .as("the estimate is far from the count").contains("PLN-007");
        var update = ((Explanation.Explained) statements.get(1).explanation().orElseThrow()).metrics();
        assertThat(update.countedRows()).as("estimate under the ceiling: counted").isPresent();
        var join = ((Explanation.Explained) statements.get(2).explanation().orElseThrow()).metrics();
        assertThat(join.countedRows()).as("multi-table: not counted").isEmpty();
    }

    @Test
    void withoutTheTemplatesConsentNothingIsCounted() {
        AuditReport report = audit(script("count.sql", "UPDATE orders SET status = 'x' WHERE customer_id = 7;"));
        var metrics = ((Explanation.Explained) report.scripts().get(0).statements().get(0).explanation().orElseThrow())
                .metrics();
        assertThat(metrics.countedRows()).isEmpty();
    }

    static String reason(StatementReport statement) {
        return ((Explanation.NotExplainable) statement.explanation().orElseThrow()).reason();
    }
}
