package io.github.sqlaudit.jira.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored audit's header as plain values (without the report JSON, which only the panel's latest report
 * needs).
 */
public record ReportRecord(
        int id,
        long issueId,
        String issueKey,
        ReportStatus status,
        String origin,
        boolean background,
        String authorKey,
        String authorName,
        Instant createdAt,
        Optional<Instant> finishedAt,
        String environment,
        String templateName,
        String target,
        String verdict,
        int errors,
        int warnings,
        int infos,
        int statementCount,
        List<ReportScript> scripts,
        long progressBytes,
        String settings,
        String failure) {

    public ReportRecord {
        scripts = List.copyOf(scripts);
    }

    public List<Long> attachmentIds() {
        return scripts.stream().map(ReportScript::attachmentId).toList();
    }

    public long scriptBytes() {
        return scripts.stream().mapToLong(ReportScript::bytes).sum();
    }
}
