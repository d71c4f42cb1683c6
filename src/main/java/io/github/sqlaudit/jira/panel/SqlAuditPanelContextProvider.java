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

import io.github.sqlaudit.jira.workflow.AttachmentPattern;
import io.github.sqlaudit.jira.workflow.ValidatorSettings;

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
        // The panel cannot know each transition's pattern; it lists attachments the default pattern selects.
        AttachmentPattern pattern = new AttachmentPattern(ValidatorSettings.defaults().pattern());
        List<PanelModel.CurrentScript> current = new ArrayList<>();
        for (Attachment attachment : attachments.getAttachments(issue)) {
            if (pattern.matches(attachment.getFilename())) {
                current.add(new PanelModel.CurrentScript(attachment.getId(), attachment.getFilename()));
            }
        }
        context.put("sqlaudit", model.of(issue.getId(), issue.getKey(), current, canReaudit));
        return context;
    }
}
