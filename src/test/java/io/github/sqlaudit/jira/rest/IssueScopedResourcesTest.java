package io.github.sqlaudit.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.atlassian.jira.permission.ProjectPermissions;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.github.sqlaudit.jira.JiraTestHost;
import io.github.sqlaudit.jira.store.ExecRunRecord;
import io.github.sqlaudit.jira.store.ExecRunRepository;
import io.github.sqlaudit.jira.store.ExecRunState;
import io.github.sqlaudit.jira.store.ReportStatus;
import io.github.sqlaudit.jira.workflow.ValidatorSettings;

/**
 * The issue-scoped REST resources (executions, reports) on the in-memory Jira: who gets what. Anonymous
 * callers get 401; an issue that does not exist and one the caller cannot browse get the same 404; a stop
 * without the transition permission gets 403 and changes nothing; a stop without the XSRF header is refused.
 */
class IssueScopedResourcesTest {

    JiraTestHost host;
    ExecRunRecord run;

    @BeforeEach
    void issueWithARun() throws Exception {
        host = new JiraTestHost("rest-issue-" + System.nanoTime());
        host.cmdb(io.github.sqlaudit.jira.TestTargets.shop(io.github.sqlaudit.jira.TestTargets.DOWN),
                io.github.sqlaudit.jira.TestTargets.secrets()); // audited without plan: the target is down
        run = host.runs.create(new ExecRunRepository.NewRun(JiraTestHost.ISSUE_ID, JiraTestHost.ISSUE_KEY, "01.sql", 1L,
                "ab".repeat(32), true, JiraTestHost.DEVELOPER_KEY, "Dana Developer", "shop-prod", "{}"), ExecRunState.RUNNING);
    }

    /** A stored audit of the issue (without plan: the target is down). */
    void audited() throws Exception {
        host.attach("01.sql", "UPDATE counters SET n = n + 1 WHERE id = 1;\n".getBytes(StandardCharsets.UTF_8));
        Map<String, String> args = new LinkedHashMap<>(ValidatorSettings.defaults().toArgs());
        args.put(ValidatorSettings.ON_UNREACHABLE, "AUDIT_WITHOUT_PLAN");
        try {
            host.validator().validate(host.transientVars(), args, null);
        } catch (com.opensymphony.workflow.InvalidInputException blocked) {
            // a blocking verdict is still a stored report
        }
        assertThat(host.reports.latest(JiraTestHost.ISSUE_ID).orElseThrow().status()).isEqualTo(ReportStatus.DONE);
    }

    @AfterEach
    void close() {
        host.close();
    }

    ExecutionsResource executions() {
        return new ExecutionsResource(guard(), host.runs, host.permissions, host.clock);
    }

    ReportsResource reports() {
        return new ReportsResource(guard(), host.reports);
    }

    IssueGuard guard() {
        return new IssueGuard(host.issueManager, host.permissions, host.authentication);
    }

    static HttpServletRequest browser(boolean xsrfHeader) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        lenient().when(request.getHeader("X-Atlassian-Token")).thenReturn(xsrfHeader ? "no-check" : null);
        return request;
    }

    static JsonObject body(Response response) {
        return JsonParser.parseString((String) response.getEntity()).getAsJsonObject();
    }

    void anonymous() {
        when(host.authentication.getLoggedInUser()).thenReturn(null);
    }

    void cannotBrowse() {
        host.deny(ProjectPermissions.BROWSE_PROJECTS);
    }

    @Test
    void aViewerSeesTheLatestRunOfEachScript() {
        Response response = executions().list(JiraTestHost.ISSUE_KEY);

        assertThat(response.getStatus()).isEqualTo(200);
        JsonObject json = body(response);
        assertThat(json.get("schemaVersion").getAsInt()).isEqualTo(1);
        assertThat(json.get("active").getAsBoolean()).isTrue();
        JsonObject row = json.getAsJsonArray("executions").get(0).getAsJsonObject();
        assertThat(row.get("id").getAsInt()).isEqualTo(run.id());
        assertThat(row.get("state").getAsString()).isEqualTo("RUNNING");
        assertThat(row.get("canStop").getAsBoolean()).isTrue();
    }

    @Test
    void listingRunsNeedsALoginAndTheIssueVisible() {
        assertThat(executions().list(" ").getStatus()).isEqualTo(400);
        assertThat(executions().list("ORD-404").getStatus()).isEqualTo(404);
        cannotBrowse();
        Response hidden = executions().list(JiraTestHost.ISSUE_KEY);
        assertThat(hidden.getStatus()).isEqualTo(404);
        assertThat(body(hidden).get("message").getAsString()).isEqualTo("Issue ORD-42 does not exist or you cannot see it.");
        anonymous();
        assertThat(executions().list(JiraTestHost.ISSUE_KEY).getStatus()).isEqualTo(401);
    }

    @Test
    void aUserWhoMayTransitionTheIssueStopsARun() {
        Response response = executions().stop(browser(true), run.id());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(host.runs.stopRequested(run.id())).isTrue();
        assertThat(host.runs.find(run.id()).orElseThrow().stopRequestedBy()).contains(JiraTestHost.DEVELOPER_KEY);
        assertThat(body(response).getAsJsonObject("execution").get("state").getAsString()).isEqualTo("STOPPING");
    }

    @Test
    void aStopWithoutTheTransitionPermissionIsForbiddenAndChangesNothing() {
        host.deny(ProjectPermissions.TRANSITION_ISSUES);

        Response response = executions().stop(browser(true), run.id());

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(body(response).get("message").getAsString()).isEqualTo("Stopping an execution needs permission to transition ORD-42.");
        assertThat(host.runs.stopRequested(run.id())).isFalse();
        assertThat(body(executions().list(JiraTestHost.ISSUE_KEY)).getAsJsonArray("executions").get(0).getAsJsonObject()
                .get("canStop").getAsBoolean()).as("the panel hides the button too").isFalse();
    }

    @Test
    void aStopIsRefusedWithoutTheXsrfHeaderForAnonymousCallersAndOnIssuesOneCannotSee() {
        assertThat(executions().stop(browser(false), run.id()).getStatus()).isEqualTo(403);
        assertThat(executions().stop(browser(true), 999_999).getStatus()).isEqualTo(404);
        cannotBrowse();
        assertThat(executions().stop(browser(true), run.id()).getStatus()).isEqualTo(404);
        anonymous();
        assertThat(executions().stop(browser(true), run.id()).getStatus()).isEqualTo(401);
        assertThat(host.runs.stopRequested(run.id())).isFalse();
    }

    @Test
    void aFinishedRunCannotBeStopped() {
        host.runs.finish(run.id(), ExecRunState.COMPLETED, "");
        Response response = executions().stop(browser(true), run.id());
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(host.runs.stopRequested(run.id())).isFalse();
    }

    @Test
    void aViewerListsTheIssuesStoredReportsAndReadsOneWhole() throws Exception {
        audited();
        Response list = reports().list(JiraTestHost.ISSUE_KEY, 20);
        assertThat(list.getStatus()).isEqualTo(200);
        JsonObject header = body(list).getAsJsonArray("reports").get(0).getAsJsonObject();
        assertThat(header.get("status").getAsString()).isEqualTo("DONE");
        assertThat(header.getAsJsonArray("scripts").get(0).getAsJsonObject().get("fileName").getAsString()).isEqualTo("01.sql");

        Response one = reports().read(header.get("id").getAsInt());
        assertThat(one.getStatus()).isEqualTo(200);
        assertThat(body(one).getAsJsonObject("report").getAsJsonArray("scripts").get(0).getAsJsonObject()
                .get("name").getAsString()).isEqualTo("01.sql");
    }

    @Test
    void reportsNeedALoginAndTheIssueVisible() throws Exception {
        audited();
        int id = host.reports.latest(JiraTestHost.ISSUE_ID).orElseThrow().id();
        assertThat(reports().list(JiraTestHost.ISSUE_KEY, 0).getStatus()).isEqualTo(400);
        assertThat(reports().read(999_999).getStatus()).isEqualTo(404);
        cannotBrowse();
        assertThat(reports().list(JiraTestHost.ISSUE_KEY, 20).getStatus()).isEqualTo(404);
        assertThat(reports().read(id).getStatus()).isEqualTo(404);
        anonymous();
        assertThat(reports().list(JiraTestHost.ISSUE_KEY, 20).getStatus()).isEqualTo(401);
        assertThat(reports().read(id).getStatus()).isEqualTo(401);
    }
}
