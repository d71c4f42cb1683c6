package com.atlassian.jira.issue.comments;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

/** Compile-only stand-in of Jira's comment manager (an interface, as the real one). */
public interface CommentManager {
    Comment create(Issue issue, ApplicationUser author, String body, boolean dispatchEvent);
}
