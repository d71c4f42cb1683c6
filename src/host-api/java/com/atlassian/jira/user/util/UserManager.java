package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only stand-in of Jira's own user manager (an interface, as the real one; not SAL's). Used by the
 * background execution job to comment as the user who made the transition. Not in docs/jira-host-api.md:
 * {@code getUserByKey(String)} is Jira's public API since 6.0.
 */
public interface UserManager {
    ApplicationUser getUserByKey(String userKey);
}
