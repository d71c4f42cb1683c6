package io.github.sqlaudit.jira.workflow;

import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workflow validator: audits the issue's SQL attachments when the transition is made and refuses it
 * with a message a developer can act on when the report blocks. The decisions live in
 * {@link TransitionAudit}, {@link BlockingMessage} and {@link AuditComment}; this class only reads Jira.
 */
public final class SqlAuditValidator implements Validator {

    private static final Logger LOG = LoggerFactory.getLogger(SqlAuditValidator.class);

    private final AttachmentScripts attachments;
    private final CommentManager comments;
    private final JiraAuthenticationContext authentication;
    private final TransitionAudit audit;

    public SqlAuditValidator(AttachmentScripts attachments, CommentManager comments,
                             JiraAuthenticationContext authentication, TransitionAudit audit) {
        this.attachments = attachments;
        this.comments = comments;
        this.authentication = authentication;
        this.audit = audit;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        Issue issue = (Issue) transientVars.get("issue");
        ValidatorSettings settings;
        try {
            settings = ValidatorSettings.fromArgs(args);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("SQL Audit is set up wrongly on this transition (" + e.getMessage()
                    + "). Ask a Jira administrator to edit the validator.");
        }
        ApplicationUser user = authentication.getLoggedInUser();
        AuditRequest request = new AuditRequest(issue.getId(), issue.getKey(), issue.getProjectObject().getKey(),
                user == null ? "" : user.getKey(), user == null ? "" : user.getDisplayName(), AuditRequest.TRANSITION,
                attachments.of(issue, new AttachmentPattern(settings.pattern())), settings);
        AuditOutcome outcome = audit.run(request, ended -> comment(issue, user, settings, ended));
        if (outcome.blocks()) {
            throw new InvalidInputException(outcome.message());
        }
    }

    private void comment(Issue issue, ApplicationUser user, ValidatorSettings settings, AuditOutcome outcome) {
        if (!settings.comment()) {
            return;
        }
        String body = null;
        if (outcome instanceof AuditOutcome.Finished finished) {
            body = AuditComment.of(finished.report(), finished.blocks());
        } else if (outcome instanceof AuditOutcome.Refused refused) {
            body = AuditComment.failed(refused.message());
        }
        if (body != null) {
            comments.create(issue, user, body, true);
            LOG.debug("SQL Audit result commented on {}", issue.getKey());
        }
    }
}
