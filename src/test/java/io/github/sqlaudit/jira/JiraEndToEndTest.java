package io.github.sqlaudit.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.atlassian.jira.permission.ProjectPermissions;
import com.opensymphony.workflow.InvalidInputException;

import io.github.sqlaudit.cli.DemoSchema;
import io.github.sqlaudit.cli.EmbeddedMariaDb;
import io.github.sqlaudit.jira.panel.PanelRenderer;
import io.github.sqlaudit.jira.panel.Reaudit;
import io.github.sqlaudit.jira.store.ReportRecord;
import io.github.sqlaudit.jira.store.ReportStatement;
import io.github.sqlaudit.jira.store.ReportStatus;
import io.github.sqlaudit.jira.workflow.ValidatorSettings;

/**
 * The whole Jira flow on an in-memory host: an issue with SQL attachments is transitioned, the validator
 * audits them against a real MariaDB 11.4 (the demo shop, reached through the CMDB), the report is stored in
 * Active Objects tables on the real ORM, the panel's context provider reads it back and the panel template
 * renders it on Velocity 1.7 and 2.x, checked with jsoup. Writes target/panel/panel.html for the README
 * picture (scripts/render-panel-png.sh).
 */
class JiraEndToEndTest {

    static EmbeddedMariaDb server;

    static final String CANCEL = "-- cancel one order\nUPDATE orders SET status = 'cancelled' WHERE id = 4711;\n";
    static final String REPORT_BAD = "-- monthly report\n"
            + "SELECT c.country, COUNT(*) AS n FROM orders o JOIN customers c ON c.id = o.customer_id\n"
            + "  WHERE o.status = 'paid' GROUP BY c.country ORDER BY n DESC;\n"
            + "DELETE FROM order_items;\n";
    static final String REPORT_GOOD = "-- monthly report\n"
            + "SELECT c.country, COUNT(*) AS n FROM orders o JOIN customers c ON c.id = o.customer_id\n"
            + "  WHERE o.status = 'paid' GROUP BY c.country ORDER BY n DESC;\n";

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedMariaDb.start("shop");
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD)) {
            DemoSchema.load(connection);
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static Map<String, String> settings() {
        return new LinkedHashMap<>(ValidatorSettings.defaults().toArgs());
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void transitionAuditsStoresAndThePanelShowsTheReportOnBothVelocities() throws Exception {
        try (JiraTestHost host = new JiraTestHost("e2e")) {
            host.cmdb(TestTargets.shop(server.port()), TestTargets.secrets());
            host.attach("01-cancel.sql", utf8(CANCEL));
            host.attach("02-report.sql", utf8(REPORT_BAD));

            // 1. The transition is refused: the DELETE without WHERE is an ERROR.
            assertThatThrownBy(() -> host.validator().validate(host.transientVars(), settings(), null))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).getGenericErrors().toString())
                            .contains("02-report.sql:4  DML-").contains("target jdbc:mysql://127.0.0.1:" + server.port()));

            ReportRecord blocked = host.reports.latest(JiraTestHost.ISSUE_ID).orElseThrow();
            assertThat(blocked.status()).isEqualTo(ReportStatus.DONE);
            assertThat(blocked.verdict()).isEqualTo("BLOCK");
            assertThat(blocked.statementCount()).isEqualTo(3);
            ReportStatement[] rows = host.database.activeObjects.find(ReportStatement.class);
            ReportStatement update = List.of(rows).stream().filter(r -> r.getKind().equals("UPDATE")).findFirst().orElseThrow();
            assertThat(update.getFileName()).isEqualTo("01-cancel.sql");
            assertThat(update.getEstimatedRows()).as("the target's optimizer estimated the UPDATE by primary key").isEqualTo(1L);
            assertThat(update.getIndexUsed()).isEqualTo("PRIMARY");
            assertThat(update.getSha256()).isEqualTo(io.github.sqlaudit.Sha256.of(CANCEL));
            ReportStatement select = List.of(rows).stream().filter(r -> r.getKind().equals("SELECT")).findFirst().orElseThrow();
            assertThat(select.getStartLine()).isEqualTo(2);
            assertThat(select.getFilesort() || select.getTemporaryTable()).as("GROUP BY/ORDER BY on a count").isTrue();

            // 2. The developer fixes the script; the next transition passes and the first audit becomes history.
            host.detachAll();
            host.attach("01-cancel.sql", utf8(CANCEL));
            host.attach("02-report.sql", utf8(REPORT_GOOD));
            assertThatCode(() -> host.validator().validate(host.transientVars(), settings(), null)).doesNotThrowAnyException();
            assertThat(host.reports.history(JiraTestHost.ISSUE_ID, 10)).extracting(ReportRecord::verdict)
                    .containsExactly(host.reports.latest(JiraTestHost.ISSUE_ID).orElseThrow().verdict(), "BLOCK");

            // 3. The panel: context provider → plain values → the template on Velocity 2 and 1.7.
            @SuppressWarnings("unchecked")
            Map<String, Object> context = host.panel().getContextMap(host.developer, host.helper());
            String html2 = PanelRenderer.VELOCITY_2.panel(context);
            String html17 = PanelRenderer.VELOCITY_1_7.panel(context);
            for (String html : List.of(html2, html17)) {
                Document panel = Jsoup.parse(html);
                assertThat(html).doesNotContain("$sqlaudit").doesNotContain("$i18n").doesNotContain("$report");
                Element summary = panel.selectFirst(".sqlaudit-summary .aui-lozenge");
                assertThat(summary.text()).isIn("PASS", "WARN");
                assertThat(panel.select(".sqlaudit-script h3")).extracting(Element::text)
                        .anySatisfy(t -> assertThat(t).endsWith("01-cancel.sql"))
                        .anySatisfy(t -> assertThat(t).endsWith("02-report.sql"));
                assertThat(panel.select("tr.sqlaudit-statement")).hasSize(2);
                Element updateRow = panel.select("tr.sqlaudit-statement").get(0);
                assertThat(updateRow.child(0).text()).isEqualTo("2");
                assertThat(updateRow.child(1).text()).isEqualTo("UPDATE");
                assertThat(updateRow.child(2).text()).isEqualTo("1");
                assertThat(updateRow.child(5).text()).isEqualTo("PRIMARY");
                assertThat(panel.select("tr.sqlaudit-history-row")).hasSize(1);
                assertThat(panel.selectFirst("tr.sqlaudit-history-row .aui-lozenge").text()).isEqualTo("BLOCK");
                assertThat(panel.selectFirst("button.sqlaudit-reaudit").attr("data-issue-key")).isEqualTo("ORD-42");
                assertThat(panel.selectFirst(".sqlaudit-report-header").text()).contains("Dana Developer");
            }
            assertThat(Jsoup.parse(html17).select(".sqlaudit-panel").text())
                    .as("Velocity 1.7 and 2 render the same panel").isEqualTo(Jsoup.parse(html2).select(".sqlaudit-panel").text());
            Path out = Path.of("target", "panel");
            Files.createDirectories(out);
            Files.writeString(out.resolve("panel-fragment.html"), html2, StandardCharsets.UTF_8);

            // 4. Re-audit from the panel adds a report; users who cannot edit may not.
            Reaudit.Result again = host.reaudit().run(JiraTestHost.ISSUE_KEY, host.developer);
            assertThat(again.httpStatus()).isEqualTo(200);
            assertThat(again.body()).containsEntry("outcome", "done");
            assertThat(host.reports.history(JiraTestHost.ISSUE_ID, 10)).hasSize(3)
                    .first().satisfies(r -> assertThat(r.origin()).isEqualTo("re-audit"));
            host.deny(ProjectPermissions.EDIT_ISSUES);
            assertThat(host.reaudit().run(JiraTestHost.ISSUE_KEY, host.developer).httpStatus()).isEqualTo(403);
        }
    }

    @Test
    void textFromAttachmentsIsEscapedInThePanel() throws Exception {
        try (JiraTestHost host = new JiraTestHost("e2e-escape")) {
            host.cmdb(TestTargets.shop(server.port()), TestTargets.secrets());
            host.attach("<img src=x onerror=alert(1)>.sql", utf8("SELECT '<script>alert(2)</script>' AS x;\n"));
            host.validator().validate(host.transientVars(), settings(), null);

            @SuppressWarnings("unchecked")
            Map<String, Object> context = host.panel().getContextMap(host.developer, host.helper());
            for (PanelRenderer renderer : PanelRenderer.values()) {
                Document panel = Jsoup.parse(renderer.panel(context));
                assertThat(panel.select("img")).as(renderer.name()).isEmpty();
                assertThat(panel.select("script")).as(renderer.name()).isEmpty();
                assertThat(panel.select(".sqlaudit-script h3").text()).contains("<img src=x onerror=alert(1)>.sql");
                assertThat(panel.select(".sqlaudit-statement-text").text()).contains("<script>alert(2)</script>");
            }
        }
    }

    @Test
    void thePanelTellsWhatToDoBeforeTheFirstAuditAndShowsNothingToUsersWhoCannotBrowse() throws Exception {
        try (JiraTestHost host = new JiraTestHost("e2e-empty")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> context = host.panel().getContextMap(host.developer, host.helper());
            for (PanelRenderer renderer : PanelRenderer.values()) {
                Document panel = Jsoup.parse(renderer.panel(context));
                assertThat(panel.select(".sqlaudit-empty").text()).contains("No SQL audit yet").contains("Attach your change scripts");
                assertThat(panel.select("button.sqlaudit-reaudit")).as("nothing to re-audit yet").isEmpty();
            }
            host.deny(ProjectPermissions.BROWSE_PROJECTS);
            @SuppressWarnings("unchecked")
            Map<String, Object> hidden = host.panel().getContextMap(host.developer, host.helper());
            assertThat(hidden).isEmpty();
            assertThat(Jsoup.parse(PanelRenderer.VELOCITY_1_7.panel(hidden)).select(".sqlaudit-panel")).isEmpty();
        }
    }
}
