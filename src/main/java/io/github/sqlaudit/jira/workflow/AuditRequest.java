package io.github.sqlaudit.jira.workflow;

import java.util.List;
import java.util.Objects;

/**
 * One audit to run for an issue: from a transition or from the panel's re-audit.
 *
 * @param userKey who asked (the transitioning or re-auditing user)
 * @param origin  {@link #TRANSITION} or {@link #REAUDIT}
 */
public record AuditRequest(long issueId, String issueKey, String projectKey, String userKey, String userName, String origin,
                           List<ScriptAttachment> scripts, ValidatorSettings settings) {

    public static final String TRANSITION = "transition";
    public static final String REAUDIT = "re-audit";

    public AuditRequest {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(projectKey, "projectKey");
        userKey = userKey == null ? "" : userKey;
        userName = userName == null ? "" : userName;
        scripts = List.copyOf(scripts);
        Objects.requireNonNull(settings, "settings");
    }
}
