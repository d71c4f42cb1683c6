package com.atlassian.jira.workflow.function.issue;

import java.util.Map;

import com.atlassian.jira.issue.MutableIssue;
import com.opensymphony.workflow.FunctionProvider;

/** Stand-in for Jira's base class of post-functions. */
public abstract class AbstractJiraFunctionProvider implements FunctionProvider {
    @SuppressWarnings("rawtypes")
    protected MutableIssue getIssue(Map transientVars) {
        throw new UnsupportedOperationException("stand-in");
    }
}
