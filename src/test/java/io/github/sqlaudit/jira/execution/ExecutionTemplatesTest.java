package io.github.sqlaudit.jira.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.github.sqlaudit.execute.TransactionMode;
import io.github.sqlaudit.jira.panel.I18nText;
import io.github.sqlaudit.jira.panel.PanelRenderer;

/** The post-function's form and view rendered on Velocity 1.7 and 2 with the factory's values, read with jsoup. */
class ExecutionTemplatesTest {

    static final ExecutionSettings STORED = new ExecutionSettings("*.sql,\"><b>x</b>", "staging", 25, false,
            TransactionMode.PER_STATEMENT, true, 300, 5000, 256,
            new HostSteps("mysqldump shop > /backup/<i>shop</i>.sql", "", "db-ssh", 900));

    static Map<String, Object> context(ExecutionSettings settings) {
        Map<String, Object> context = new HashMap<>(ExecuteScriptsFunctionFactory.values(settings));
        context.put("i18n", new I18nText());
        return context;
    }

    @Test
    void theEditFormShowsTheStoredSettingsAndSubmitsThemUnderTheirArgumentNames() {
        for (PanelRenderer renderer : PanelRenderer.values()) {
            String html = renderer.render("templates/execution/sqlaudit-execute-input.vm", context(STORED));
            Document form = Jsoup.parseBodyFragment("<table>" + html + "</table>");
            assertThat(html).as(renderer.name()).doesNotContain("$i18n").doesNotContain("$pattern")
                    .doesNotContain("sqlaudit.execute.transaction.per");
            assertThat(form.selectFirst("input[name=sqlaudit.execute.pattern]").val()).isEqualTo("*.sql,\"><b>x</b>");
            assertThat(form.select("b")).as("escaped").isEmpty();
            assertThat(form.selectFirst("input[name=sqlaudit.execute.environment]").val()).isEqualTo("staging");
            assertThat(form.selectFirst("select[name=sqlaudit.execute.transaction] option[selected]").val())
                    .isEqualTo("per-statement");
            assertThat(form.selectFirst("input[name=sqlaudit.execute.batchSize]").val()).isEqualTo("25");
            assertThat(form.selectFirst("input[name=sqlaudit.execute.stopOnError]").hasAttr("checked")).isFalse();
            assertThat(form.selectFirst("input[name=sqlaudit.execute.allowWarnings]").hasAttr("checked")).isTrue();
            assertThat(form.selectFirst("input[name=sqlaudit.execute.pauseMillis]").val()).isEqualTo("300");
            assertThat(form.selectFirst("input[name=sqlaudit.execute.maxRowsPerSecond]").val()).isEqualTo("5000");
            assertThat(form.selectFirst("input[name=sqlaudit.execute.backgroundAboveKb]").val()).isEqualTo("256");
            assertThat(form.selectFirst("input[name=sqlaudit.execute.preCommand]").val())
                    .isEqualTo("mysqldump shop > /backup/<i>shop</i>.sql");
            assertThat(form.select("i")).as("escaped").isEmpty();
            assertThat(form.selectFirst("input[name=sqlaudit.execute.postCommand]").val()).isEmpty();
            assertThat(form.selectFirst("input[name=sqlaudit.execute.sshCredential]").val()).isEqualTo("db-ssh");
            assertThat(form.selectFirst("input[name=sqlaudit.execute.hostStepTimeoutSeconds]").val()).isEqualTo("900");
        }
    }

    @Test
    void theNewFormStartsFromTheDefaultsAndTheViewSaysWhatThePostFunctionDoes() {
        for (PanelRenderer renderer : PanelRenderer.values()) {
            Document form = Jsoup.parseBodyFragment("<table>" + renderer.render(
                    "templates/execution/sqlaudit-execute-input.vm", context(ExecutionSettings.defaults())) + "</table>");
            assertThat(form.selectFirst("select[name=sqlaudit.execute.transaction] option[selected]").val())
                    .isEqualTo("per-batch");
            assertThat(form.selectFirst("input[name=sqlaudit.execute.stopOnError]").hasAttr("checked")).isTrue();
            assertThat(form.selectFirst("input[name=sqlaudit.execute.allowWarnings]").hasAttr("checked")).isFalse();

            String view = Jsoup.parse(renderer.render("templates/execution/sqlaudit-execute-view.vm", context(STORED))).text();
            assertThat(view).contains("staging").contains("one transaction per statement").contains("Batch size 25")
                    .contains("also run scripts whose audit warned").contains("300 ms").contains("5000")
                    .doesNotContain("stop at the first failing statement")
                    .contains("in the background above 256 KB")
                    .contains("Pre command mysqldump shop > /backup/<i>shop</i>.sql").contains("as db-ssh")
                    .doesNotContain("Post command");
            String plain = Jsoup.parse(renderer.render("templates/execution/sqlaudit-execute-view.vm",
                    context(ExecutionSettings.defaults()))).text();
            assertThat(plain).contains("one transaction per batch").contains("stop at the first failing statement")
                    .doesNotContain(" ms").doesNotContain("rows per second").contains("in the background above 1024 KB")
                    .doesNotContain("Pre command");
        }
    }
}
