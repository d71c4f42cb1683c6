package io.github.sqlaudit.jira.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.github.sqlaudit.jira.store.AoTestDatabase;
import io.github.sqlaudit.jira.store.ExecRun;
import io.github.sqlaudit.jira.store.ExecRunRepository;
import io.github.sqlaudit.jira.store.ReportHeader;
import io.github.sqlaudit.jira.store.ReportRecord;
import io.github.sqlaudit.jira.store.ReportRepository;
import io.github.sqlaudit.jira.store.ReportScript;
import io.github.sqlaudit.jira.store.ReportStatement;

/** The panel's states other than a finished report (that one is in JiraEndToEndTest), on the real ORM. */
class PanelModelTest {

    static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    static ReportRecord pending(ReportRepository reports) {
        return reports.begin(new ReportRepository.NewReport(7L, "ORD-7", "transition", true, "u1", "Uma", "prod", "default",
                List.of(new ReportScript(501L, "big.sql", "u1", 40L * 1024 * 1024)), "{}"));
    }

    @Test
    void aRunningAuditShowsItsProgressAndAttachmentsAddedSinceAreNamed() throws Exception {
        try (AoTestDatabase db = AoTestDatabase.h2("panel-pending")) {
            db.activeObjects.migrate(ReportHeader.class, ReportStatement.class, ExecRun.class);
            ReportRepository reports = new ReportRepository(db.activeObjects, Clock.fixed(START, ZoneOffset.UTC));
            ReportRecord record = pending(reports);
            reports.progress(record.id(), 10L * 1024 * 1024);
            PanelModel model = new PanelModel(reports, new ExecRunRepository(db.activeObjects, Clock.fixed(START, ZoneOffset.UTC)), Clock.fixed(START.plus(Duration.ofMinutes(3)), ZoneOffset.UTC));

            Map<String, Object> panel = model.of(7L, "ORD-7", List.of(new PanelModel.CurrentScript(501L, "big.sql"),
                    new PanelModel.CurrentScript(502L, "later.sql")), true, false);

            assertThat(panel).containsEntry("state", "pending").containsEntry("hasReport", false)
                    .containsEntry("notAudited", List.of("later.sql"));
            for (PanelRenderer renderer : PanelRenderer.values()) {
                Document html = Jsoup.parse(renderer.panel(Map.of("sqlaudit", panel)));
                assertThat(html.select(".sqlaudit-pending").text()).contains("Audit running").contains("big.sql")
                        .contains("40.0 MB").contains("25%");
                assertThat(html.selectFirst(".aui-progress-indicator").attr("data-value")).isEqualTo("25");
                assertThat(html.select(".sqlaudit-not-audited code").text()).isEqualTo("later.sql");
            }
        }
    }

    @Test
    void anAuditWhoseNodeStoppedIsShownAsAbandonedAndAFailureShowsItsReason() throws Exception {
        try (AoTestDatabase db = AoTestDatabase.h2("panel-abandoned")) {
            db.activeObjects.migrate(ReportHeader.class, ReportStatement.class, ExecRun.class);
            ReportRepository reports = new ReportRepository(db.activeObjects, Clock.fixed(START, ZoneOffset.UTC));
            pending(reports);
            PanelModel later = new PanelModel(reports, new ExecRunRepository(db.activeObjects, Clock.fixed(START, ZoneOffset.UTC)), Clock.fixed(START.plus(Duration.ofHours(2)), ZoneOffset.UTC));
            assertThat(later.of(7L, "ORD-7", List.of(), true, false)).containsEntry("state", "abandoned");

            ReportRecord failed = pending(reports);
            reports.fail(failed.id(), "SQL Audit cannot reach the database shop-prod");
            Map<String, Object> panel = later.of(7L, "ORD-7", List.of(), true, false);
            assertThat(panel).containsEntry("state", "failed");
            Document html = Jsoup.parse(PanelRenderer.VELOCITY_1_7.panel(Map.of("sqlaudit", panel)));
            assertThat(html.select(".sqlaudit-failed").text()).contains("cannot reach the database shop-prod");
            assertThat(html.select("tr.sqlaudit-history-row")).hasSize(1);
        }
    }

    @Test
    void aLongScriptShowsItsStatementsWithFindingsFirstAndCountsTheRest() {
        List<Object> statements = new java.util.ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            Map<String, Object> statement = new java.util.LinkedHashMap<>();
            statement.put("line", (long) i);
            statement.put("ok", true);
            statement.put("violations", i % 100 == 0 ? List.of(Map.of("code", "DML-001")) : List.of());
            statements.add(statement);
        }
        Map<String, Object> script = new java.util.LinkedHashMap<>(Map.of("name", "mass.sql", "statements", statements));
        Map<String, Object> report = new java.util.LinkedHashMap<>(Map.of("scripts", List.of(script)));

        assertThat(PanelModel.trim(report, 200)).isEqualTo(300);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> shown = (List<Map<String, Object>>) script.get("statements");
        assertThat(shown).hasSize(200);
        assertThat(shown).extracting(s -> s.get("line")).contains(100L, 200L, 300L, 400L, 500L).startsWith(1L, 2L);
    }
}
