package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/** Compile-only stand-in of Jira's authentication context (an interface, as the real one). */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();
}
