package io.github.sqlaudit.jira.store;

import java.util.Objects;

/** An attachment as a stored report records it. */
public record ReportScript(long attachmentId, String fileName, String authorKey, long bytes) {

    public ReportScript {
        Objects.requireNonNull(fileName, "fileName");
        authorKey = authorKey == null ? "" : authorKey;
    }
}
