package io.github.sqlaudit.jira.panel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.attachment.Attachment;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.plugin.webfragment.contextproviders.AbstractJiraContextProvider;
import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;


/**
 * The issue panel's context: for users who can browse the issue, {@link PanelModel}'s plain values under
 * {@code sqlaudit}; for others an empty map (the template then renders nothing).
 */
public final class SqlAuditPanelContextProvider extends AbstractJiraContextProvider {

    private final PanelModel model;
    private final PermissionManager permissions;
    private final AttachmentManager attachments;

    public SqlAuditPanelContextProvider(PanelModel model, PermissionManager permissions, AttachmentManager attachments) {
        this.model = model;
        this.permissions = permissions;
        this.attachments = attachments;
    }

    @Override
    public Map<String, Object> getContextMap(ApplicationUser user, JiraHelper jiraHelper) {
        Map<String, Object> context = new HashMap<>();
        Object issueParam = jiraHelper.getContextParams().get("issue");
        if (!(issueParam instanceof Issue issue)
                || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return context;
        }
        boolean canReaudit = permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user);
        List<PanelModel.CurrentScript> current = new ArrayList<>();
        for (Attachment attachment : attachments.getAttachments(issue)) {
            current.add(new PanelModel.CurrentScript(attachment.getId(), attachment.getFilename()));
        }
        boolean canStop = permissions.hasPermission(ProjectPermissions.TRANSITION_ISSUES, issue, user);
        context.put("sqlaudit", model.of(issue.getId(), issue.getKey(), current, canReaudit, canStop));
        return context;
    }
}
