package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/** Compile-only stand-in of Jira's permission manager (an interface, as the real one). */
public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
