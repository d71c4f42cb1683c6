package com.atlassian.jira.issue;

import java.io.IOException;
import java.util.List;

import com.atlassian.jira.issue.attachment.Attachment;
import com.atlassian.jira.util.io.InputStreamConsumer;

/** Compile-only stand-in of Jira's attachment manager (an interface, as the real one). */
public interface AttachmentManager {
    List<Attachment> getAttachments(Issue issue);

    <T> T streamAttachmentContent(Attachment attachment, InputStreamConsumer<T> consumer) throws IOException;
}
