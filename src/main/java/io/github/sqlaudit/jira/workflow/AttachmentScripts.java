package io.github.sqlaudit.jira.workflow;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.attachment.Attachment;

/**
 * An issue's script attachments, as {@link ScriptAttachment}s whose content is read through
 * {@link AttachmentManager#streamAttachmentContent} (Jira 10 may keep attachments in S3; paths are
 * deprecated). Jira's stream is valid only inside its callback, so each open copies the attachment into
 * memory (small ones) or a temporary file deleted when the audit closes it.
 */
public final class AttachmentScripts {

    static final long IN_MEMORY_LIMIT = 2L * 1024 * 1024;

    private final AttachmentManager attachments;

    public AttachmentScripts(AttachmentManager attachments) {
        this.attachments = attachments;
    }

    /** The attachments matching the pattern, oldest first (the order developers attached them in). */
    public List<ScriptAttachment> of(Issue issue, AttachmentPattern pattern) {
        List<Attachment> matching = new ArrayList<>();
        for (Attachment attachment : attachments.getAttachments(issue)) {
            if (pattern.matches(attachment.getFilename())) {
                matching.add(attachment);
            }
        }
        matching.sort(Comparator.comparing((Attachment a) -> a.getCreated() == null ? 0L : a.getCreated().getTime())
                .thenComparing(Attachment::getId));
        List<ScriptAttachment> scripts = new ArrayList<>();
        for (Attachment attachment : matching) {
            long size = attachment.getFilesize() == null ? 0 : attachment.getFilesize();
            scripts.add(new ScriptAttachment(attachment.getId(), attachment.getFilename(), size,
                    attachment.getAuthorKey(), () -> open(attachment, size)));
        }
        return scripts;
    }

    private InputStream open(Attachment attachment, long size) throws IOException {
        if (size <= IN_MEMORY_LIMIT) {
            byte[] bytes = attachments.streamAttachmentContent(attachment, InputStream::readAllBytes);
            return new ByteArrayInputStream(bytes);
        }
        Path spool = Files.createTempFile("sqlaudit-" + attachment.getId() + "-", ".sql");
        try {
            attachments.streamAttachmentContent(attachment, in -> {
                try (OutputStream out = Files.newOutputStream(spool)) {
                    return in.transferTo(out);
                }
            });
            return new FilterInputStream(Files.newInputStream(spool)) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        Files.deleteIfExists(spool);
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spool);
            throw e;
        }
    }
}
