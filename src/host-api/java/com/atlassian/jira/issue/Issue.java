package com.atlassian.jira.issue;

import com.atlassian.jira.project.Project;

/** Compile-only stand-in of Jira's issue (an interface, as the real one): only the members we call. */
public interface Issue {
    Long getId();

    String getKey();

    Project getProjectObject();
}
