package com.atlassian.jira.plugin.webfragment.contextproviders;

import java.util.Map;

import com.atlassian.jira.plugin.webfragment.model.JiraHelper;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.web.ContextProvider;

/**
 * Compile-only stand-in of Jira's base context provider (an abstract class with RAW map types, as the
 * real one): Jira's {@code getContextMap(Map)} finds the user and helper and calls the abstract method.
 */
@SuppressWarnings({"rawtypes"})
public abstract class AbstractJiraContextProvider implements ContextProvider {

    @Override
    public void init(Map params) {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }

    @Override
    public Map getContextMap(Map context) {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }

    public abstract Map getContextMap(ApplicationUser user, JiraHelper jiraHelper);
}
