package io.github.sqlaudit.jira.execution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.sqlaudit.Sha256;
import io.github.sqlaudit.audit.Verdict;
import io.github.sqlaudit.execute.ApprovalCheck;
import io.github.sqlaudit.jira.store.ReportJson;
import io.github.sqlaudit.jira.store.ReportRecord;
import io.github.sqlaudit.jira.store.ReportRepository;
import io.github.sqlaudit.jira.store.ReportStatus;
import io.github.sqlaudit.jira.workflow.ScriptAttachment;
import io.github.sqlaudit.jira.workflow.ScriptEncoding;

/**
 * Binds attachments to the issue's latest stored audit: what the transition checks before anything runs,
 * and what the background job checks again when it starts (the attachment or the audit may have changed in
 * between).
 */
final class Approvals {

    private final ReportRepository reports;

    Approvals(ReportRepository reports) {
        this.reports = reports;
    }

    /** The latest audit's verdicts, or why no script of the issue may run now. */
    sealed interface Latest {
    }

    record Audited(Map<String, ApprovalCheck.AuditedScript> scripts) implements Latest {
    }

    record Unusable(String message) implements Latest {
    }

    Latest latest(long issueId, String issueKey) {
        Optional<ReportRecord> latest = reports.latest(issueId);
        if (latest.isPresent() && latest.get().status() != ReportStatus.DONE) {
            return new Unusable("the latest audit of " + issueKey + " "
                    + (latest.get().status() == ReportStatus.PENDING ? "is still running" : "failed ("
                    + latest.get().failure() + ")") + ". Scripts run only after an audit has finished and approved them.");
        }
        return new Audited(latest.map(this::audited).orElse(Map.of()));
    }

    /**
     * Copies the attachment (after a UTF-8 byte-order mark, which the audit does not hash either) to
     * {@code copy} and checks it against the audit.
     */
    static ApprovalCheck.Decision copyAndCheck(ScriptAttachment script, Path copy, Audited audited, boolean allowWarnings) {
        String sha256;
        try (InputStream in = ScriptEncoding.checked(script.content().open())) {
            Files.copy(in, copy);
            sha256 = Sha256.of(Files.readAllBytes(copy));
        } catch (ScriptEncoding.RejectedScriptException e) {
            return new ApprovalCheck.Refused(ApprovalCheck.Refusal.NOT_AUDITED, script.fileName() + ": " + e.getMessage() + ".");
        } catch (IOException e) {
            return new ApprovalCheck.Refused(ApprovalCheck.Refusal.NOT_AUDITED, script.fileName()
                    + " could not be read from Jira's attachment store: " + e.getMessage());
        }
        return ApprovalCheck.check(script.fileName(), Optional.ofNullable(audited.scripts().get(script.fileName())),
                sha256, allowWarnings);
    }

    /** Script name → what the finished audit recorded. */
    private Map<String, ApprovalCheck.AuditedScript> audited(ReportRecord record) {
        Map<String, ApprovalCheck.AuditedScript> audited = new LinkedHashMap<>();
        Instant auditedAt = record.finishedAt().orElse(record.createdAt());
        Map<String, Object> model = ReportJson.parse(reports.reportJson(record.id()).orElse("{}"));
        Object scripts = model.get("scripts");
        if (scripts instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> script && script.get("name") != null && script.get("sha256") != null
                        && script.get("verdict") != null) {
                    String name = script.get("name").toString();
                    audited.put(name, new ApprovalCheck.AuditedScript(name, script.get("sha256").toString(),
                            Verdict.valueOf(script.get("verdict").toString()), auditedAt));
                }
            }
        }
        return audited;
    }
}
