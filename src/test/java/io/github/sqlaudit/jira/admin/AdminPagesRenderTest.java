package io.github.sqlaudit.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.github.sqlaudit.rules.config.RuleOverride;
import io.github.sqlaudit.rules.Severity;

/** The admin pages as a browser gets them: rendered by the servlet through Velocity, read with jsoup. */
class AdminPagesRenderTest {

    private final AdminFixture fixture = new AdminFixture();

    private Document page(String pathInfo) throws Exception {
        return Jsoup.parse(fixture.render(fixture.dba(pathInfo)));
    }

    @Test
    void theRulesPageListsEveryRuleWithItsSettingsInTheAdminDecorator() throws Exception {
        Document page = page("/rules");

        assertThat(page.select("meta[name=decorator]").attr("content")).isEqualTo("atl.admin");
        assertThat(page.select("meta[name=admin.active.section]").attr("content"))
                .isEqualTo("admin_plugins_menu/sqlaudit-admin-section");
        assertThat(page.select("script[src]").attr("src"))
                .isEqualTo("/jira/download/resources/io.github.sqlaudit.sqlaudit-jira:sqlaudit-admin/admin.js");
        assertThat(page.select("table.aui#sqlaudit-rules tbody tr")).hasSize(fixture.rules.catalog().size());
        Element dml006 = page.selectFirst("tr[data-rule=DML-006]");
        assertThat(dml006.select("input[name=value]").attr("type")).isEqualTo("number");
        assertThat(dml006.select("input[name=value]").val()).isEqualTo("1000");
        assertThat(dml006.select("select[name=severity] option[selected]").text()).isEqualTo("WARN");
        assertThat(dml006.select("select[name=severity] option")).extracting(Element::text).containsExactly("INFO", "WARN", "ERROR");
        assertThat(dml006.select("input[name=enabled]").hasAttr("checked")).isTrue();
        assertThat(dml006.select("input[name=shadow]").hasAttr("checked")).isFalse();
        assertThat(dml006.select("textarea[name=description]").val())
                .isEqualTo(fixture.rules.current().resolve("default").configs().get("DML-006").description());
        assertThat(page.selectFirst("tr[data-rule=DML-001]").select("input[name=value]")).isEmpty();
        assertThat(page.selectFirst("tr[data-rule=DML-001]").text()).contains("no value");
        assertThat(page.select("#sqlaudit-admin").attr("data-rest")).isEqualTo("/jira/rest/sqlaudit/1.0");
        assertThat(page.select("#sqlaudit-admin").attr("data-template")).isEqualTo("default");
    }

    @Test
    void theTemplatePickerShowsATemplateAndWhatDiffersFromTheDefault() throws Exception {
        Document page = page("/rules");
        assertThat(page.select("#sqlaudit-template option")).extracting(Element::val).containsExactly("default", "prod");

        HttpServletRequest request = fixture.dba("/rules");
        when(request.getParameter("template")).thenReturn("prod");
        Document prod = Jsoup.parse(fixture.render(request));

        assertThat(prod.select("#sqlaudit-template option[selected]").val()).isEqualTo("prod");
        assertThat(prod.select("#sqlaudit-admin").attr("data-template")).isEqualTo("prod");
        Element dml003 = prod.selectFirst("tr[data-rule=DML-003]");
        assertThat(dml003.hasClass("sqlaudit-differs")).isTrue();
        assertThat(dml003.select(".sqlaudit-differs-mark").text()).isEqualTo("differs from default");
        assertThat(dml003.select("select[name=severity] option[selected]").text()).isEqualTo("ERROR");
        assertThat(dml003.attr("data-override")).isEqualTo("{\"severity\":\"ERROR\"}");
        assertThat(dml003.select("[data-action=inherit]")).hasSize(1);
        assertThat(prod.select("tr.sqlaudit-differs")).hasSize(1);
        assertThat(prod.select(".sqlaudit-summary").text()).contains("1 set in this template, 1 differ from the default template");
        // Text from the DBA is escaped, never markup.
        assertThat(prod.select(".sqlaudit-template-description").text()).isEqualTo("Production <strict>");
        assertThat(prod.select("strict")).isEmpty();
    }

    @Test
    void templatesAreCreatedFromThePageAndOnlyNamedOnesCanBeDeleted() throws Exception {
        Document defaults = page("/rules");
        assertThat(defaults.select("#sqlaudit-template-new input[name=name]")).hasSize(1);
        assertThat(defaults.select("[data-action=delete-template]")).as("the default template stays").isEmpty();

        HttpServletRequest request = fixture.dba("/rules");
        when(request.getParameter("template")).thenReturn("prod");
        assertThat(Jsoup.parse(fixture.render(request)).select("[data-action=delete-template]")).hasSize(1);
    }

    @Test
    void aChangeToTheDefaultTemplateShowsInEveryTemplateThatInherits() throws Exception {
        fixture.rules.changeRule("dba", "default", "DML-009", RuleOverride.none().severity(Severity.ERROR).enabled(false));

        Document page = page("/rules");

        Element dml009 = page.selectFirst("tr[data-rule=DML-009]");
        assertThat(dml009.select("select[name=severity] option[selected]").text()).isEqualTo("ERROR");
        assertThat(dml009.select("input[name=enabled]").hasAttr("checked")).isFalse();
        assertThat(dml009.hasClass("sqlaudit-differs")).as("the default template never differs from itself").isFalse();
        assertThat(dml009.select(".sqlaudit-overridden-mark")).hasSize(1);
    }

    @Test
    void theAssignmentsPageListsAssignmentsAndOffersTheTemplates() throws Exception {
        Document page = page("/assignments");

        Element row = page.selectFirst("#sqlaudit-assignments tbody tr");
        assertThat(row.select("td")).extracting(Element::text).startsWith("PAY", "prod", "prod");
        assertThat(row.attr("data-project")).isEqualTo("PAY");
        assertThat(page.select("#sqlaudit-assign-template option")).extracting(Element::val).containsExactly("default", "prod");
        assertThat(page.select("code").text()).contains("dba-team");
        assertThat(page.select("#sqlaudit-dba-group input[name=dbaGroup]").val()).isEqualTo("dba-team");
        assertThat(page.select("nav li.aui-nav-selected a").attr("data-page")).isEqualTo("assignments");
    }

    @Test
    void theCmdbPageShowsLayersRecordsEditFormsAndCompletenessWarnings() throws Exception {
        Document page = page("/cmdb");

        assertThat(page.select("h2[id^=sqlaudit-cmdb-]")).extracting(e -> e.id().substring("sqlaudit-cmdb-".length()))
                .containsExactly("storage", "hosts", "networks", "dnsRecords", "dataServices", "clusters", "connections", "credentials");
        Element host = page.selectFirst("table[data-section=hosts] tr[data-name=db1.example.com]");
        assertThat(host.select(".sqlaudit-record-summary").text()).contains("cpuCores: 16");
        assertThat(host.select("textarea[name=record]").val()).contains("\"cpuCores\": 16");
        assertThat(page.select("#sqlaudit-cmdb-findings li").text()).contains("data service 'orders-prod'").contains("cannot review");
        assertThat(page.select("#sqlaudit-cmdb-complete")).isEmpty();
        assertThat(page.select("#sqlaudit-cmdb-import").attr("data-import")).isEqualTo("/jira/rest/sqlaudit/1.0/cmdb/import");
    }

    @Test
    void theCmdbPageNeverShowsAPassword() throws Exception {
        fixture.cmdb.importAll("dba", """
                {"format": "sqlaudit-cmdb/1", "credentials": [{"name": "rw", "username": "deployer", "password": "t0p-secret"}]}""",
                "test.json");

        String html = fixture.render(fixture.dba("/cmdb"));

        assertThat(html).contains("deployer").doesNotContain("t0p-secret");
    }

    @Test
    void theAuditLogPageShowsWhoChangedWhatWhenOldAndNew() throws Exception {
        fixture.rules.changeRule("jdoe", "prod", "DML-003", RuleOverride.none().severity(Severity.INFO));

        Document page = page("/audit-log");

        Element newest = page.selectFirst("#sqlaudit-audit-log tbody tr");
        assertThat(newest.select(".sqlaudit-at").text()).isEqualTo("2026-11-26 13:00:00");
        assertThat(newest.select(".sqlaudit-user").text()).isEqualTo("jdoe");
        assertThat(newest.select(".sqlaudit-subject").text()).isEqualTo("template 'prod' rule DML-003");
        assertThat(newest.select(".sqlaudit-old").text()).isEqualTo("severity=ERROR");
        assertThat(newest.select(".sqlaudit-new").text()).isEqualTo("severity=INFO");
        assertThat(page.select("#sqlaudit-audit-log tbody tr")).hasSize(fixture.store.size());
    }

    @Test
    void theAuditLogPagesByFifty() throws Exception {
        for (int i = 0; i < 60; i++) {
            fixture.rules.assign("dba", new io.github.sqlaudit.rules.config.Assignment("P" + i, "*", "prod"));
        }
        HttpServletRequest second = fixture.dba("/audit-log");
        when(second.getParameter("offset")).thenReturn("50");

        Document first = page("/audit-log");
        Document next = Jsoup.parse(fixture.render(second));

        assertThat(first.select("#sqlaudit-audit-log tbody tr")).hasSize(50);
        assertThat(first.select("a.aui-button").eachAttr("href")).contains("/jira/plugins/servlet/sqlaudit/admin/audit-log?offset=50");
        assertThat(next.select("#sqlaudit-audit-log tbody tr")).hasSize(fixture.store.size() - 50);
    }

    @Test
    void everyTextOnThePagesComesFromTheMessageBundle() throws Exception {
        for (String path : List.of("/rules", "/assignments", "/cmdb", "/audit-log")) {
            String html = fixture.render(fixture.dba(path));
            assertThat(html).as(path).doesNotContain("$text").doesNotContain("sqlaudit.admin.");
        }
        assertThat(page("/rules").select("h1").text()).isEqualTo(fixture.messages.text("sqlaudit.admin.rules.title"));
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageAndBack() throws Exception {
        AdminFixture.Captured captured = new AdminFixture.Captured();

        fixture.servlet.doGet(fixture.request(null, false, false, "/rules"), captured.response);

        verify(captured.response).sendRedirect("/login.jsp?os_destination=%2Fjira%2Fplugins%2Fservlet%2Fsqlaudit%2Fadmin%2Frules");
    }

    @Test
    void aUserWhoMayNotConfigureGetsForbidden() throws Exception {
        AdminFixture.Captured captured = new AdminFixture.Captured();

        fixture.servlet.doGet(fixture.request("developer", false, false, "/rules"), captured.response);

        verify(captured.response).sendError(eq(HttpServletResponse.SC_FORBIDDEN), anyString());
        assertThat(captured.body.toString()).isEmpty();
    }

    @Test
    void aJiraAdministratorOutsideTheDbaGroupSeesThePages() throws Exception {
        String html = fixture.render(fixture.request("admin", true, false, "/cmdb"));

        assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo(fixture.messages.text("sqlaudit.admin.cmdb.title"));
    }

    @Test
    void withoutWebSudoThePageAsksForIt() throws Exception {
        HttpServletRequest request = fixture.dba("/rules");
        when(fixture.webSudo.canExecuteRequest(request)).thenReturn(false);
        AdminFixture.Captured captured = new AdminFixture.Captured();

        fixture.servlet.doGet(request, captured.response);

        verify(fixture.webSudo).enforceWebSudoProtection(request, captured.response);
        assertThat(captured.body.toString()).isEmpty();
    }

    @Test
    void anUnknownPageIsNotFound() throws Exception {
        AdminFixture.Captured captured = new AdminFixture.Captured();

        fixture.servlet.doGet(fixture.dba("/nothing"), captured.response);

        verify(captured.response).sendError(eq(HttpServletResponse.SC_NOT_FOUND), anyString());
        verify(captured.response, never()).getWriter();
    }
}
