package io.github.sqlaudit.jira.execution;

import java.util.Map;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.workflow.function.issue.AbstractJiraFunctionProvider;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.WorkflowException;

/**
 * The post-function: executes the issue's approved scripts when the transition is made. A wrong
 * configuration, a refused script or a failed run fails the transition with a message (and a comment on the
 * ticket); the decisions live in {@link ExecuteScripts}.
 */
public final class ExecuteScriptsFunction extends AbstractJiraFunctionProvider {

    private final ExecuteScripts executeScripts;
    private final JiraAuthenticationContext authentication;

    public ExecuteScriptsFunction(ExecuteScripts executeScripts, JiraAuthenticationContext authentication) {
        this.executeScripts = executeScripts;
        this.authentication = authentication;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Map transientVars, Map args, PropertySet ps) throws WorkflowException {
        ExecutionSettings settings;
        try {
            settings = ExecutionSettings.fromArgs(args);
        } catch (IllegalArgumentException e) {
            throw new WorkflowException("SQL Audit's execute post-function is set up wrongly on this transition ("
                    + e.getMessage() + "). Ask a Jira administrator to edit it.");
        }
        // The issue Jira hands post-functions, as AbstractJiraFunctionProvider.getIssue reads it.
        Issue issue = (Issue) transientVars.get("issue");
        executeScripts.run(issue, authentication.getLoggedInUser(), settings);
    }
}
