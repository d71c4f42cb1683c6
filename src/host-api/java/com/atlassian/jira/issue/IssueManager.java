package com.atlassian.jira.issue;

/** Compile-only stand-in of Jira's issue manager (an interface, as the real one). */
public interface IssueManager {
    MutableIssue getIssueObject(String key);

    MutableIssue getIssueObject(Long id);
}
