package io.github.sqlaudit.jira.panel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.sqlaudit.jira.store.ReportJson;
import io.github.sqlaudit.jira.store.ReportRecord;
import io.github.sqlaudit.jira.store.ReportRepository;
import io.github.sqlaudit.jira.store.ReportScript;
import io.github.sqlaudit.jira.store.ReportStatus;
import io.github.sqlaudit.jira.workflow.TransitionAudit;

/**
 * What the issue panel shows, as plain maps, lists, strings, numbers and booleans (Jira 10's Velocity
 * allow-list blocks method calls on our objects): the latest finished report (the same model the command
 * line's HTML report renders), a running audit's progress, a failed audit's reason, earlier audits, and the
 * script attachments not audited yet.
 */
public final class PanelModel {

    static final int HISTORY = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final ReportRepository reports;
    private final Clock clock;

    public PanelModel(ReportRepository reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** An attachment the pattern selects now, to tell which ones the latest report does not cover. */
    public record CurrentScript(long attachmentId, String fileName) {
    }

    public Map<String, Object> of(long issueId, String issueKey, List<CurrentScript> current, boolean canReaudit) {
        List<ReportRecord> history = reports.history(issueId, HISTORY + 1);
        Map<String, Object> panel = new LinkedHashMap<>();
        panel.put("issueKey", issueKey);
        panel.put("canReaudit", canReaudit && !history.isEmpty());
        Optional<ReportRecord> latest = history.stream().findFirst();
        Optional<ReportRecord> latestDone = history.stream().filter(r -> r.status() == ReportStatus.DONE).findFirst();
        panel.put("state", latest.map(r -> state(r)).orElse("empty"));
        panel.put("hasReport", latestDone.isPresent());
        latestDone.ifPresent(done -> {
            panel.put("report", ReportJson.parse(reports.reportJson(done.id()).orElse("{}")));
            panel.put("reportHeader", row(done));
        });
        latest.filter(r -> r.status() == ReportStatus.PENDING).ifPresent(pending -> panel.put("pending", pending(pending)));
        latest.filter(r -> r.status() == ReportStatus.FAILED).ifPresent(failed -> panel.put("failure", failed.failure()));
        List<Object> earlier = new ArrayList<>();
        history.stream().skip(1).limit(HISTORY).forEach(r -> earlier.add(row(r)));
        panel.put("history", earlier);
        Set<Long> covered = latest.map(r -> Set.copyOf(r.attachmentIds())).orElse(Set.of());
        panel.put("notAudited", current.stream().filter(s -> !covered.contains(s.attachmentId()))
                .map(CurrentScript::fileName).toList());
        panel.put("currentScripts", current.size());
        return panel;
    }

    private String state(ReportRecord record) {
        if (record.status() == ReportStatus.PENDING && isStale(record)) {
            return "abandoned";
        }
        return record.status().name().toLowerCase(Locale.ROOT);
    }

    private boolean isStale(ReportRecord record) {
        return record.createdAt().plus(TransitionAudit.STALE_AFTER).isBefore(clock.instant());
    }

    private Map<String, Object> pending(ReportRecord record) {
        Map<String, Object> pending = new LinkedHashMap<>();
        long total = Math.max(1, record.scriptBytes());
        long percent = Math.min(99, record.progressBytes() * 100 / total);
        pending.put("percent", percent);
        pending.put("files", files(record));
        pending.put("megabytes", String.format(Locale.ROOT, "%.1f", record.scriptBytes() / (1024.0 * 1024.0)));
        pending.put("since", WHEN.format(record.createdAt()));
        pending.put("minutes", Duration.between(record.createdAt(), clock.instant()).toMinutes());
        return pending;
    }

    private static Map<String, Object> row(ReportRecord record) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", record.id());
        row.put("when", WHEN.format(record.createdAt()));
        row.put("status", record.status().name());
        row.put("verdict", record.status() == ReportStatus.DONE ? record.verdict() : record.status().name());
        row.put("lozenge", lozenge(record));
        row.put("origin", record.origin());
        row.put("author", record.authorName().isEmpty() ? record.authorKey() : record.authorName());
        row.put("files", files(record));
        row.put("environment", record.environment());
        row.put("template", record.templateName());
        row.put("errors", record.errors());
        row.put("warnings", record.warnings());
        row.put("statements", record.statementCount());
        row.put("failure", record.failure());
        return row;
    }

    private static String files(ReportRecord record) {
        return record.scripts().stream().map(ReportScript::fileName).collect(Collectors.joining(", "));
    }

    private static String lozenge(ReportRecord record) {
        if (record.status() != ReportStatus.DONE) {
            return record.status() == ReportStatus.FAILED ? "error" : "current";
        }
        return switch (record.verdict()) {
            case "PASS" -> "success";
            case "WARN" -> "moved";
            default -> "error";
        };
    }

    /** For tests and the panel picture: the instant used for "stale". */
    Instant now() {
        return clock.instant();
    }
}
