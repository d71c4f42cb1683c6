package io.github.sqlaudit.jira.workflow;

import java.util.Objects;

import io.github.sqlaudit.audit.ScriptInput;

/** An attachment chosen for audit: what Jira says about it and how to read its bytes. */
public record ScriptAttachment(long id, String fileName, long size, String authorKey, ScriptInput.Content content) {

    public ScriptAttachment {
        Objects.requireNonNull(fileName, "fileName");
        authorKey = authorKey == null ? "" : authorKey;
        Objects.requireNonNull(content, "content");
    }
}
