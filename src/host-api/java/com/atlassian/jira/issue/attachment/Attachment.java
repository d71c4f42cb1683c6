package com.atlassian.jira.issue.attachment;

import java.sql.Timestamp;

/** Compile-only stand-in of Jira's attachment: a CLASS in Jira, so a class here. */
public class Attachment {

    public Long getId() {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }

    public String getFilename() {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }

    public Long getFilesize() {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }

    public Timestamp getCreated() {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }

    public String getAuthorKey() {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }
}
