package com.atlassian.jira.plugin.webfragment.model;

import java.util.Map;

/** Compile-only stand-in of Jira's web-fragment helper: a CLASS in Jira, so a class here. */
public class JiraHelper {

    public Map<String, Object> getContextParams() {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }
}
