package io.github.sqlaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.sqlaudit.audit.AuditReport;
import io.github.sqlaudit.audit.AuditService;
import io.github.sqlaudit.audit.ScriptInput;
import io.github.sqlaudit.audit.ScriptReport;
import io.github.sqlaudit.audit.StatementReport;
import io.github.sqlaudit.plan.AccessType;
import io.github.sqlaudit.plan.Explanation;
import io.github.sqlaudit.plan.PlanMetrics;
import io.github.sqlaudit.plan.TableAccess;
import io.github.sqlaudit.rules.ResolvedRules;
import io.github.sqlaudit.rules.RuleEngine;
import io.github.sqlaudit.rules.Waivers;
import io.github.sqlaudit.rules.catalog.BuiltInRules;
import io.github.sqlaudit.sql.Dialect;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The three renderings of one report: what a terminal, a pipeline and a browser show. */
class ReportsTest {

    static final String SCRIPT = String.join("\n",
            "DELETE FROM payments;",
            "UPDATE customers SET full_name = '<script>alert(1)</script>' WHERE id = 7;",
            "");

    /** A report from the real service (no database), with a plan put on the second statement. */
    static AuditReport report() {
        byte[] bytes = SCRIPT.getBytes(StandardCharsets.UTF_8);
        AuditReport audited = new AuditService(new RuleEngine(BuiltInRules.catalog()), Clock.systemUTC()).audit(
                List.of(new ScriptInput("cleanup.sql", Dialect.MARIADB, () -> new ByteArrayInputStream(bytes))),
                Optional.empty(), "default", ResolvedRules.defaults(), Waivers.none());
        ScriptReport script = audited.scripts().get(0);
        StatementReport update = script.statements().get(1);
        PlanMetrics plan = new PlanMetrics(List.of(new TableAccess("customers", AccessType.CONST, List.of("PRIMARY"),
                "PRIMARY", OptionalLong.of(4), OptionalLong.of(1), 100, OptionalDouble.empty(), true)),
                OptionalLong.of(1), OptionalDouble.of(1.0), false, false, 0);
        StatementReport explained = new StatementReport(update.index(), update.startLine(), update.endLine(),
                update.kind(), update.text(), update.syntaxError(), Optional.of(new Explanation.Explained(plan)),
                update.violations());
        ScriptReport withPlan = new ScriptReport(script.name(), script.sha256(), script.bytes(), script.dialect(),
                List.of(script.statements().get(0), explained), script.scriptViolations(), script.notEvaluated(),
                script.failure());
        return new AuditReport(audited.productVersion(), Instant.parse("2026-11-26T10:00:00Z"), "jdbc:mysql://db/shop",
                "11.4.5-MariaDB", "default", List.of(withPlan), Duration.ofMillis(42), Duration.ofMillis(30));
    }

    @Test
    void textShowsEachStatementWithItsNumbersAndViolations() {
        String text = new TextReport().render(report());
        assertThat(text).contains("cleanup.sql  [mariadb, " + SCRIPT.length() + " bytes")
                .contains("LINE  KIND")
                .containsPattern("\\s+1\\s+DELETE")
                .contains("ERROR DML-001  DELETE on payments has no WHERE clause")
                .containsPattern("\\s+2\\s+UPDATE\\s+1\\s+1\\.00\\s+const\\s+PRIMARY")
                .contains("=> BLOCK")
                .contains("BLOCK: 2 statements in 1 scripts; 1 errors")
                .contains("target jdbc:mysql://db/shop (11.4.5-MariaDB)");
    }

    @Test
    void jsonHasAVersionedShapeWithPlanAndViolations() {
        JsonObject json = JsonParser.parseString(new JsonReport().render(report())).getAsJsonObject();
        assertThat(json.get("schemaVersion").getAsInt()).isEqualTo(ReportModel.SCHEMA_VERSION);
        assertThat(json.get("verdict").getAsString()).isEqualTo("BLOCK");
        assertThat(json.getAsJsonObject("counts").get("ERROR").getAsInt()).isEqualTo(1);
        JsonObject script = json.getAsJsonArray("scripts").get(0).getAsJsonObject();
        assertThat(script.get("sha256").getAsString()).hasSize(64);
        JsonArray statements = script.getAsJsonArray("statements");
        JsonObject delete = statements.get(0).getAsJsonObject();
        assertThat(delete.get("line").getAsInt()).isEqualTo(1);
        assertThat(delete.getAsJsonArray("violations").get(0).getAsJsonObject().get("code").getAsString())
                .isEqualTo("DML-001");
        JsonObject plan = statements.get(1).getAsJsonObject().getAsJsonObject("plan");
        assertThat(plan.get("status").getAsString()).isEqualTo("explained");
        assertThat(plan.get("estimatedRows").getAsLong()).isEqualTo(1);
        assertThat(plan.get("access").getAsString()).isEqualTo("const");
        assertThat(delete.getAsJsonObject("plan").get("status").getAsString()).isEqualTo("none");
    }

    @Test
    void htmlUsesAuiLozengesAndEscapesEveryText() {
        String html = new HtmlReport().render(report());
        Document page = Jsoup.parse(html);

        Element verdict = page.select("span.aui-lozenge-error").first();
        assertThat(verdict).isNotNull();
        assertThat(verdict.text()).isEqualTo("BLOCK");
        assertThat(page.select("table.aui tr.sqlaudit-statement")).hasSize(2);
        assertThat(page.select("script")).as("the statement's <script> stays text").isEmpty();
        assertThat(page.select("pre.sqlaudit-statement-text").get(1).text()).contains("<script>alert(1)</script>");
        assertThat(page.select(".sqlaudit-violation strong").eachText()).contains("DML-001");
        assertThat(html).doesNotContain("$report").doesNotContain("$statement");
    }

    @Test
    void theModelHoldsOnlyPlainValues() {
        assertPlain(ReportModel.of(report()));
    }

    @SuppressWarnings("unchecked")
    static void assertPlain(Object value) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(ReportsTest::assertPlain);
        } else if (value instanceof List<?> list) {
            list.forEach(ReportsTest::assertPlain);
        } else {
            assertThat(value == null || value instanceof String || value instanceof Number || value instanceof Boolean)
                    .as("plain value: " + value + (value == null ? "" : " (" + value.getClass() + ")")).isTrue();
        }
    }
}
