package io.github.sqlaudit.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.github.sqlaudit.jira.panel.I18nText;
import io.github.sqlaudit.jira.panel.PanelRenderer;
import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.sql.Dialect;

/** The validator's form and view rendered on Velocity 1.7 and 2 with the factory's values, read with jsoup. */
class ValidatorTemplatesTest {

    static final ValidatorSettings STORED = new ValidatorSettings("*.sql,\"><b>x</b>", Optional.of(Dialect.ORACLE), "staging",
            Severity.WARN, false, ValidatorSettings.Unreachable.AUDIT_WITHOUT_PLAN, true, 512, 5, 50);

    static Map<String, Object> context(ValidatorSettings settings) {
        Map<String, Object> context = new HashMap<>(SqlAuditValidatorFactory.values(settings));
        context.put("i18n", new I18nText());
        return context;
    }

    @Test
    void theEditFormShowsTheStoredSettingsAndSubmitsThemUnderTheirArgumentNames() {
        for (PanelRenderer renderer : PanelRenderer.values()) {
            String html = renderer.render("templates/workflow/sqlaudit-validator-input.vm", context(STORED));
            Document form = Jsoup.parseBodyFragment("<table>" + html + "</table>");
            assertThat(html).as(renderer.name()).doesNotContain("$i18n").doesNotContain("$pattern");
            assertThat(form.selectFirst("input[name=sqlaudit.pattern]").val()).isEqualTo("*.sql,\"><b>x</b>");
            assertThat(form.select("b")).as("escaped").isEmpty();
            assertThat(form.selectFirst("input[name=sqlaudit.environment]").val()).isEqualTo("staging");
            assertThat(form.selectFirst("select[name=sqlaudit.dialect] option[selected]").val()).isEqualTo("oracle");
            assertThat(form.selectFirst("select[name=sqlaudit.blockOn] option[selected]").val()).isEqualTo("WARN");
            assertThat(form.selectFirst("select[name=sqlaudit.onUnreachable] option[selected]").val()).isEqualTo("AUDIT_WITHOUT_PLAN");
            assertThat(form.selectFirst("input[name=sqlaudit.requireScript]").hasAttr("checked")).isFalse();
            assertThat(form.selectFirst("input[name=sqlaudit.comment]").hasAttr("checked")).isTrue();
            assertThat(form.selectFirst("input[name=sqlaudit.waitSeconds]").val()).isEqualTo("5");
        }
    }

    @Test
    void theNewFormStartsFromTheDefaultsAndTheViewSaysWhatTheValidatorDoes() {
        for (PanelRenderer renderer : PanelRenderer.values()) {
            Document form = Jsoup.parseBodyFragment("<table>"
                    + renderer.render("templates/workflow/sqlaudit-validator-input.vm", context(ValidatorSettings.defaults())) + "</table>");
            assertThat(form.selectFirst("select[name=sqlaudit.dialect] option[selected]").val()).isEqualTo("target");
            assertThat(form.selectFirst("input[name=sqlaudit.requireScript]").hasAttr("checked")).isTrue();
            String view = Jsoup.parse(renderer.render("templates/workflow/sqlaudit-validator-view.vm", context(STORED))).text();
            assertThat(view).contains("staging").contains("oracle").contains("WARN, ERROR")
                    .contains("audit without plans").contains("512 KB / 5 s / 50 MB");
        }
    }
}
