package io.github.sqlaudit.jira.rest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.github.sqlaudit.cmdb.CmdbImport;
import io.github.sqlaudit.cmdb.CmdbJson;
import io.github.sqlaudit.cmdb.InMemoryCmdbRepository;
import io.github.sqlaudit.config.CmdbAdministration;
import io.github.sqlaudit.config.InMemoryConfigurationStore;
import io.github.sqlaudit.config.PluginSettings;
import io.github.sqlaudit.config.RuleConfiguration;
import io.github.sqlaudit.jira.admin.AdminAccess;
import io.github.sqlaudit.jira.admin.Messages;
import io.github.sqlaudit.rules.catalog.BuiltInRules;
import io.github.sqlaudit.rules.config.Assignment;

/**
 * The REST resources over in-memory stores, with Jira's user and web-sudo services made by Mockito: a Jira
 * administrator, a DBA (member of the configured DBA group), a developer (neither) and an anonymous caller,
 * each with a request of their own. Seeded with a template "prod" assigned to PAY/prod, an unassigned
 * template "scratch", an assignment ORD/test, and a CMDB of two hosts.
 */
final class RestFixture {

    static final String DBA_GROUP = "dba-team";

    final InMemoryConfigurationStore store = new InMemoryConfigurationStore();
    final InMemoryCmdbRepository cmdbRepository;
    final Clock clock = Clock.fixed(Instant.parse("2026-11-26T13:00:00Z"), ZoneOffset.UTC);
    final RuleConfiguration rules = new RuleConfiguration(BuiltInRules.catalog(), store, store, clock);
    final CmdbAdministration cmdb;
    final PluginSettings settings = new PluginSettings(store, store, clock);
    final UserManager userManager = mock(UserManager.class);
    final WebSudoManager webSudo = mock(WebSudoManager.class);
    final AdminAccess access = new AdminAccess(userManager, settings);
    final RestGuard guard = new RestGuard(access, webSudo, new Messages());

    final HttpServletRequest admin = user("admin", true, false);
    final HttpServletRequest dba = user("dba", false, true);
    final HttpServletRequest developer = user("developer", false, false);
    final HttpServletRequest anonymous = mock(HttpServletRequest.class);
    /** The DBA in a session without web-sudo. */
    final HttpServletRequest dbaWithoutWebSudo = user("dba", false, true);

    RestFixture() {
        CmdbImport seed = CmdbJson.read("""
                {"format": "sqlaudit-cmdb/1",
                 "hosts": [{"name": "db1.example.com"}, {"name": "spare.example.com"}],
                 "credentials": [{"name": "reviewer", "username": "rev", "password": "s3cret"}]}
                """, "seed.json");
        if (!seed.ok()) {
            throw new AssertionError(seed.errors());
        }
        cmdbRepository = new InMemoryCmdbRepository(seed.cmdb(), seed.secrets());
        cmdb = new CmdbAdministration(cmdbRepository, store, clock);
        store.putSetting(PluginSettings.DBA_GROUP, DBA_GROUP);
        rules.createTemplate("seed", rules.documents().read("""
                {"name": "prod", "description": "production", "rules": {"DML-003": {"severity": "ERROR"}}}"""));
        rules.createTemplate("seed", rules.documents().read("{\"name\": \"scratch\"}"));
        rules.assign("seed", new Assignment("PAY", "prod", "prod"));
        rules.assign("seed", new Assignment("ORD", "test", "default"));
        when(userManager.getRemoteUser(anonymous)).thenReturn(null);
        when(webSudo.canExecuteRequest(any())).thenReturn(true);
        when(webSudo.canExecuteRequest(dbaWithoutWebSudo)).thenReturn(false);
    }

    private HttpServletRequest user(String name, boolean jiraAdmin, boolean inDbaGroup) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        UserKey key = mock(UserKey.class);
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUserKey()).thenReturn(key);
        when(profile.getUsername()).thenReturn(name);
        when(userManager.getRemoteUser(request)).thenReturn(profile);
        when(userManager.isAdmin(key)).thenReturn(jiraAdmin);
        when(userManager.isUserInGroup(eq(key), eq(DBA_GROUP))).thenReturn(inDbaGroup);
        return request;
    }

    RulesResource rulesResource() {
        return new RulesResource(guard, rules);
    }

    TemplatesResource templatesResource() {
        return new TemplatesResource(guard, rules);
    }

    AssignmentsResource assignmentsResource() {
        return new AssignmentsResource(guard, rules);
    }

    CmdbResource cmdbResource() {
        return new CmdbResource(guard, cmdb);
    }

    AuditLogResource auditLogResource() {
        return new AuditLogResource(guard, store);
    }

    SettingsResource settingsResource() {
        return new SettingsResource(guard, settings);
    }

    static JsonObject body(Response response) {
        return JsonParser.parseString((String) response.getEntity()).getAsJsonObject();
    }
}
