package com.atlassian.jira.issue.comments;

/** Compile-only stand-in of Jira's comment (an interface, as the real one); we use none of its members. */
public interface Comment {
}
