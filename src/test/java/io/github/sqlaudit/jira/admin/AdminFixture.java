package io.github.sqlaudit.jira.admin;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.sal.api.websudo.WebSudoManager;

import io.github.sqlaudit.cmdb.CmdbImport;
import io.github.sqlaudit.cmdb.CmdbJson;
import io.github.sqlaudit.cmdb.InMemoryCmdbRepository;
import io.github.sqlaudit.config.CmdbAdministration;
import io.github.sqlaudit.config.InMemoryConfigurationStore;
import io.github.sqlaudit.config.PluginSettings;
import io.github.sqlaudit.config.RuleConfiguration;
import io.github.sqlaudit.rules.catalog.BuiltInRules;
import io.github.sqlaudit.rules.config.Assignment;

/**
 * The admin servlet over in-memory stores, rendered by real Velocity, with Jira's user, web-sudo and login
 * services made by Mockito. Seeded with a template "prod" (DML-003 raised to ERROR) assigned to PAY/prod, and
 * a CMDB with one data service that lacks what review needs.
 */
final class AdminFixture {

    final InMemoryConfigurationStore store = new InMemoryConfigurationStore();
    final Clock clock = Clock.fixed(Instant.parse("2026-11-26T13:00:00Z"), ZoneOffset.UTC);
    final RuleConfiguration rules = new RuleConfiguration(BuiltInRules.catalog(), store, store, clock);
    final InMemoryCmdbRepository cmdbRepository;
    final CmdbAdministration cmdb;
    final PluginSettings settings = new PluginSettings(store, store, clock);
    final UserManager userManager = mock(UserManager.class);
    final WebSudoManager webSudo = mock(WebSudoManager.class);
    final LoginUriProvider loginUriProvider = mock(LoginUriProvider.class);
    final Messages messages = new Messages();
    final AdminAccess access = new AdminAccess(userManager, settings);
    final AdminPages pages;
    final AdminServlet servlet;

    AdminFixture() {
        CmdbImport seed = CmdbJson.read("""
                {"format": "sqlaudit-cmdb/1",
                 "hosts": [{"name": "db1.example.com", "cpuCores": 16}],
                 "dataServices": [{"name": "orders-prod", "engine": "MARIADB", "environment": "prod", "projectKeys": ["PAY"]}]}
                """, "seed.json");
        cmdbRepository = new InMemoryCmdbRepository(seed.cmdb(), seed.secrets());
        cmdb = new CmdbAdministration(cmdbRepository, store, clock);
        pages = new AdminPages(messages, rules, cmdb, store, settings);
        servlet = new AdminServlet(access, webSudo, loginUriProvider, new VelocityTemplateRenderer(), pages, messages);
        settings.setDbaGroup("admin", "dba-team");
        rules.createTemplate("dba", rules.documents().read("""
                {"name": "prod", "description": "Production <strict>", "rules": {"DML-003": {"severity": "ERROR"}}}"""));
        rules.assign("dba", new Assignment("PAY", "prod", "prod"));
        when(webSudo.canExecuteRequest(any())).thenReturn(true);
        when(loginUriProvider.getLoginUri(any())).thenAnswer(call -> URI.create("/login.jsp?os_destination="
                + java.net.URLEncoder.encode(call.getArgument(0).toString(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    HttpServletRequest request(String user, boolean jiraAdmin, boolean dba, String pathInfo) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getPathInfo()).thenReturn(pathInfo);
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/sqlaudit/admin" + (pathInfo == null ? "" : pathInfo));
        if (user != null) {
            UserKey key = mock(UserKey.class);
            UserProfile profile = mock(UserProfile.class);
            when(profile.getUserKey()).thenReturn(key);
            when(profile.getUsername()).thenReturn(user);
            when(userManager.getRemoteUser(request)).thenReturn(profile);
            when(userManager.isAdmin(key)).thenReturn(jiraAdmin);
            when(userManager.isUserInGroup(eq(key), eq("dba-team"))).thenReturn(dba);
        }
        return request;
    }

    HttpServletRequest dba(String pathInfo) {
        return request("dba", false, true, pathInfo);
    }

    /** A response whose body is captured. */
    static final class Captured {
        final HttpServletResponse response = mock(HttpServletResponse.class);
        final StringWriter body = new StringWriter();

        Captured() {
            try {
                when(response.getWriter()).thenReturn(new PrintWriter(body));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    String render(HttpServletRequest request) throws Exception {
        Captured captured = new Captured();
        servlet.doGet(request, captured.response);
        return captured.body.toString();
    }
}
