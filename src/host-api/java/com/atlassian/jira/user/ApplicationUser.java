package com.atlassian.jira.user;

/** Compile-only stand-in of Jira's user (an interface, as the real one). */
public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getDisplayName();
}
