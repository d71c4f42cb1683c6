package io.github.sqlaudit.jira.rest;

import java.util.List;
import java.util.function.BiFunction;

import javax.ws.rs.core.Response;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * The permission check of the issue-scoped REST calls (reports, executions), in code: 401 for anonymous
 * callers, 404 for an issue that does not exist or that the caller cannot browse (the same answer, so
 * nothing leaks), 403 when the caller can see the issue but lacks the project permission the call needs.
 * Answers use {@link RestJson}'s error shape.
 */
public final class IssueGuard {

    private final IssueManager issues;
    private final PermissionManager permissions;
    private final JiraAuthenticationContext authentication;

    public IssueGuard(IssueManager issues, PermissionManager permissions, JiraAuthenticationContext authentication) {
        this.issues = issues;
        this.permissions = permissions;
        this.authentication = authentication;
    }

    /** What a call needs: the project permission and the sentence a caller without it reads. */
    public record Need(ProjectPermissionKey permission, String refusal) {
        public static final Need VIEW = new Need(ProjectPermissions.BROWSE_PROJECTS, "");
    }

    /** Runs {@code call} for an issue key if the caller may browse the issue and holds {@code need} on it. */
    public Response byKey(String issueKey, Need need, BiFunction<Issue, ApplicationUser, Response> call) {
        if (issueKey == null || issueKey.isBlank()) {
            return error(400, "Give the issue: ?issueKey=KEY-123.");
        }
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            return error(401, "Log in to use the SQL Audit API.");
        }
        return checked(issues.getIssueObject(issueKey.strip()), issueKey.strip(), user, need, call);
    }

    /** The same for an issue known by id (the issue of a stored run or report). */
    public Response byId(long issueId, String issueKey, Need need,
            BiFunction<Issue, ApplicationUser, Response> call) {
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null) {
            return error(401, "Log in to use the SQL Audit API.");
        }
        return checked(issues.getIssueObject(issueId), issueKey, user, need, call);
    }

    private Response checked(Issue issue, String issueKey, ApplicationUser user, Need need,
            BiFunction<Issue, ApplicationUser, Response> call) {
        if (issue == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return error(404, "Issue " + issueKey + " does not exist or you cannot see it.");
        }
        if (!permissions.hasPermission(need.permission(), issue, user)) {
            return error(403, need.refusal().replace("{issue}", issue.getKey()));
        }
        return call.apply(issue, user);
    }

    static Response error(int status, String message) {
        return RestGuard.json(status, RestJson.error(status, message, List.of()));
    }
}
