package io.github.sqlaudit.jira.panel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;

import io.github.sqlaudit.jira.store.ReportRecord;
import io.github.sqlaudit.jira.store.ReportRepository;
import io.github.sqlaudit.jira.workflow.AttachmentPattern;
import io.github.sqlaudit.jira.workflow.AttachmentScripts;
import io.github.sqlaudit.jira.workflow.AuditListener;
import io.github.sqlaudit.jira.workflow.AuditOutcome;
import io.github.sqlaudit.jira.workflow.AuditRequest;
import io.github.sqlaudit.jira.workflow.TransitionAudit;
import io.github.sqlaudit.jira.workflow.ValidatorSettings;

/**
 * The panel's "Re-audit": audits the issue's scripts again with the settings of its latest audit (the
 * panel cannot know which transition's validator applies), for users who can edit the issue.
 */
public final class Reaudit {

    /** The answer, with the HTTP status the REST resource sends. */
    public record Result(int httpStatus, Map<String, Object> body) {
        static Result of(int status, String outcome, String message) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("outcome", outcome);
            body.put("message", message);
            return new Result(status, body);
        }
    }

    private final IssueManager issues;
    private final PermissionManager permissions;
    private final AttachmentScripts attachments;
    private final ReportRepository reports;
    private final TransitionAudit audit;

    public Reaudit(IssueManager issues, PermissionManager permissions, AttachmentScripts attachments,
                   ReportRepository reports, TransitionAudit audit) {
        this.issues = issues;
        this.permissions = permissions;
        this.attachments = attachments;
        this.reports = reports;
        this.audit = audit;
    }

    public Result run(String issueKey, ApplicationUser user) {
        Issue issue = issues.getIssueObject(issueKey);
        // The same answer for a missing issue and one the user cannot see: no existence leak.
        if (issue == null || user == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return Result.of(404, "not-found", "Issue " + issueKey + " does not exist or you cannot see it.");
        }
        if (!permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user)) {
            return Result.of(403, "forbidden", "Re-auditing needs permission to edit " + issueKey + ".");
        }
        Optional<ReportRecord> latest = reports.latest(issue.getId());
        if (latest.isEmpty()) {
            return Result.of(409, "no-audit", issueKey + " has not been audited yet: transition it once, so SQL Audit"
                    + " knows which environment and rules apply.");
        }
        ValidatorSettings settings;
        try {
            settings = ValidatorSettings.fromArgs(new com.google.gson.Gson().fromJson(latest.get().settings(), Map.class));
        } catch (RuntimeException e) {
            return Result.of(409, "no-settings", "The latest audit of " + issueKey + " kept no usable settings: "
                    + e.getMessage() + ". Transition the issue to audit it again.");
        }
        AuditRequest request = new AuditRequest(issue.getId(), issue.getKey(), issue.getProjectObject().getKey(),
                user.getKey(), user.getDisplayName(), AuditRequest.REAUDIT,
                attachments.of(issue, new AttachmentPattern(settings.pattern())), settings);
        AuditOutcome outcome = audit.run(request, AuditListener.NONE);
        Result result;
        if (outcome instanceof AuditOutcome.Finished finished) {
            result = Result.of(200, "done", finished.blocks() ? finished.message() : "SQL Audit: " + finished.report().get("verdict"));
            result.body().put("verdict", finished.report().get("verdict"));
        } else if (outcome instanceof AuditOutcome.Running) {
            result = Result.of(202, "running", outcome.message());
        } else {
            result = Result.of(200, outcome instanceof AuditOutcome.NoScripts ? "no-scripts" : "refused", outcome.message());
        }
        outcome.record().ifPresent(record -> result.body().put("reportId", record.id()));
        return result;
    }
}
