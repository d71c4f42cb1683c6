package io.github.sqlaudit.jira.rest;

import java.time.Clock;
import java.util.Optional;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.google.gson.Gson;
import com.google.gson.JsonObject;

import io.github.sqlaudit.jira.panel.ExecutionRows;
import io.github.sqlaudit.jira.store.ExecRunRecord;
import io.github.sqlaudit.jira.store.ExecRunRepository;
import io.github.sqlaudit.jira.store.ExecRunState;

/**
 * The execute post-function's runs of an issue, for the panel's progress and stop button.
 * <ul>
 *   <li>{@code GET /rest/sqlaudit/1.0/executions?issueKey=ORD-42}: the latest run of each script and whether
 *       any is active; anyone who can browse the issue.</li>
 *   <li>{@code POST /rest/sqlaudit/1.0/executions/{id}/stop}: asks the run to stop after its current batch
 *       (the next transition resumes it). Needs the Transition Issues project permission: the users who may
 *       make the transition that executes may also stop what it started. The request must carry
 *       {@code X-Atlassian-Token: no-check}, as Jira's own XSRF check asks of REST POSTs.</li>
 * </ul>
 * No access annotation: Jira 10's REST v2 then admits licensed users only; {@link IssueGuard} checks the
 * issue permissions in code.
 */
@Path("executions")
@Produces(MediaType.APPLICATION_JSON)
public class ExecutionsResource {

    static final int SCANNED = 200;
    static final IssueGuard.Need STOP = new IssueGuard.Need(ProjectPermissions.TRANSITION_ISSUES,
            "Stopping an execution needs permission to transition {issue}.");
    private static final Gson GSON = new Gson();

    private final IssueGuard guard;
    private final ExecRunRepository runs;
    private final PermissionManager permissions;
    private final Clock clock;

    @Inject
    public ExecutionsResource(IssueGuard guard, ExecRunRepository runs, PermissionManager permissions, Clock clock) {
        this.guard = guard;
        this.runs = runs;
        this.permissions = permissions;
        this.clock = clock;
    }

    @GET
    public Response list(@QueryParam("issueKey") String issueKey) {
        return guard.byKey(issueKey, IssueGuard.Need.VIEW, (issue, user) -> {
            var rows = ExecutionRows.of(runs.latestPerScript(issue.getId(), SCANNED), clock.instant(),
                    permissions.hasPermission(STOP.permission(), issue, user));
            JsonObject json = RestJson.answer();
            json.addProperty("issueKey", issue.getKey());
            json.addProperty("active", rows.stream().anyMatch(r -> Boolean.TRUE.equals(r.get("active"))));
            json.add("executions", GSON.toJsonTree(rows));
            return RestGuard.ok(json);
        });
    }

    @POST
    @Path("{id}/stop")
    public Response stop(@Context HttpServletRequest request, @PathParam("id") int id) {
        if (request == null || !"no-check".equals(request.getHeader("X-Atlassian-Token"))) {
            return IssueGuard.error(403, "XSRF check failed: send the header X-Atlassian-Token: no-check.");
        }
        Optional<ExecRunRecord> run = runs.find(id);
        if (run.isEmpty()) {
            return IssueGuard.error(404, "Execution run " + id + " does not exist.");
        }
        return guard.byId(run.get().issueId(), run.get().issueKey(), STOP, (issue, user) -> {
            ExecRunRecord before = run.get();
            if (!before.state().active()) {
                return IssueGuard.error(409, "Execution run " + id + " of " + before.scriptName() + " has already ended ("
                        + before.state() + ").");
            }
            ExecRunRecord after = runs.requestStop(id, user.getKey()).orElseThrow();
            JsonObject json = RestJson.answer();
            json.addProperty("message", after.state() == ExecRunState.STOPPING
                    ? before.scriptName() + " stops after its current batch; run the transition again to resume it."
                    : before.scriptName() + " has already ended (" + after.state() + ").");
            json.add("execution", GSON.toJsonTree(ExecutionRows.row(after, clock.instant(), false)));
            return RestGuard.ok(json);
        });
    }
}
