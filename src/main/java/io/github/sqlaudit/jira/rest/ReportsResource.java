package io.github.sqlaudit.jira.rest;

import java.util.Map;

import javax.inject.Inject;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.github.sqlaudit.jira.store.ReportRecord;
import io.github.sqlaudit.jira.store.ReportRepository;
import io.github.sqlaudit.jira.store.ReportScript;

/**
 * The stored audit reports of an issue, for anyone who can browse it.
 * <ul>
 *   <li>{@code GET /rest/sqlaudit/1.0/reports?issueKey=ORD-42&limit=20}: the audits, newest first (status,
 *       verdict, counts, scripts with their attachment ids; no statements).</li>
 *   <li>{@code GET /rest/sqlaudit/1.0/reports/{id}}: one audit with its whole report (the JSON report of the
 *       command line, schemaVersion 1) under {@code report}.</li>
 * </ul>
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    static final int MAX_LIMIT = 100;
    private static final Gson GSON = new Gson();

    private final IssueGuard guard;
    private final ReportRepository reports;

    @Inject
    public ReportsResource(IssueGuard guard, ReportRepository reports) {
        this.guard = guard;
        this.reports = reports;
    }

    @GET
    public Response list(@QueryParam("issueKey") String issueKey, @QueryParam("limit") @DefaultValue("20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return RestGuard.json(400, RestJson.error(400, "limit: expected 1 to " + MAX_LIMIT + ", got " + limit,
                    java.util.List.of(RestJson.fieldError("limit", null, "expected 1 to " + MAX_LIMIT))));
        }
        return guard.byKey(issueKey, IssueGuard.Need.VIEW, (issue, user) -> {
            JsonObject json = RestJson.answer();
            json.addProperty("issueKey", issue.getKey());
            JsonArray list = new JsonArray();
            reports.history(issue.getId(), limit).forEach(record -> list.add(header(record)));
            json.add("reports", list);
            return RestGuard.ok(json);
        });
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") int id) {
        ReportRecord record = reports.find(id).orElse(null);
        if (record == null) {
            return IssueGuard.error(404, "Report " + id + " does not exist.");
        }
        return guard.byId(record.issueId(), record.issueKey(), IssueGuard.Need.VIEW, (issue, user) -> {
            JsonObject json = RestJson.answer();
            json.add("header", header(record));
            reports.reportJson(id).ifPresent(report -> json.add("report", JsonParser.parseString(report)));
            return RestGuard.ok(json);
        });
    }

    private static JsonObject header(ReportRecord record) {
        JsonObject entry = new JsonObject();
        entry.addProperty("id", record.id());
        entry.addProperty("issueKey", record.issueKey());
        entry.addProperty("status", record.status().name());
        entry.addProperty("verdict", record.verdict());
        entry.addProperty("origin", record.origin());
        entry.addProperty("background", record.background());
        entry.addProperty("authorKey", record.authorKey());
        entry.addProperty("authorName", record.authorName());
        entry.addProperty("createdAt", record.createdAt().toString());
        entry.addProperty("finishedAt", record.finishedAt().map(Object::toString).orElse(null));
        entry.addProperty("environment", record.environment());
        entry.addProperty("template", record.templateName());
        entry.addProperty("target", record.target());
        entry.addProperty("errors", record.errors());
        entry.addProperty("warnings", record.warnings());
        entry.addProperty("infos", record.infos());
        entry.addProperty("statements", record.statementCount());
        JsonArray scripts = new JsonArray();
        for (ReportScript script : record.scripts()) {
            scripts.add(GSON.toJsonTree(Map.of("attachmentId", script.attachmentId(), "fileName", script.fileName(),
                    "bytes", script.bytes())));
        }
        entry.add("scripts", scripts);
        entry.addProperty("failure", record.failure());
        return entry;
    }
}
