package com.atlassian.jira.issue;

/** Compile-only stand-in of Jira's mutable issue (an interface extending Issue, as the real one). */
public interface MutableIssue extends Issue {
}
