package io.github.sqlaudit.jira.panel;

import java.time.Clock;
import java.time.Duration;
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

import io.github.sqlaudit.jira.store.ExecRunRepository;
import io.github.sqlaudit.jira.store.ReportJson;
import io.github.sqlaudit.jira.store.ReportRecord;
import io.github.sqlaudit.jira.store.ReportRepository;
import io.github.sqlaudit.jira.store.ReportScript;
import io.github.sqlaudit.jira.store.ReportStatus;
import io.github.sqlaudit.jira.workflow.AttachmentPattern;
import io.github.sqlaudit.jira.workflow.TransitionAudit;
import io.github.sqlaudit.jira.workflow.ValidatorSettings;

/**
 * What the issue panel shows, as plain maps, lists, strings, numbers and booleans (Jira 10's Velocity
 * allow-list blocks method calls on our objects): the latest finished report (the same model the command
 * line's HTML report renders), a running audit's progress, a failed audit's reason, earlier audits, the
 * script attachments not audited yet, and the latest execution run of each script ({@link ExecutionRows}).
 */
public final class PanelModel {

    static final int HISTORY = 10;
    /** Per script; a 5,000-statement script would make the issue view unusable. */
    static final int SHOWN_STATEMENTS = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** Execution rows read to find the latest run of each script. */
    static final int SCANNED_RUNS = 200;

    private final ReportRepository reports;
    private final ExecRunRepository runs;
    private final Clock clock;

    public PanelModel(ReportRepository reports, ExecRunRepository runs, Clock clock) {
        this.reports = reports;
        this.runs = runs;
        this.clock = clock;
    }

    /** An attachment of the issue now, to tell which scripts the latest audit does not cover. */
    public record CurrentScript(long attachmentId, String fileName) {
    }

    /**
     * @param canReaudit the viewer may re-audit (edit the issue)
     * @param canStop    the viewer may stop executions (transition the issue)
     */
    public Map<String, Object> of(long issueId, String issueKey, List<CurrentScript> current, boolean canReaudit,
            boolean canStop) {
        List<ReportRecord> history = reports.history(issueId, HISTORY + 1);
        Map<String, Object> panel = new LinkedHashMap<>();
        panel.put("issueKey", issueKey);
        List<Map<String, Object>> executions = ExecutionRows.of(runs.latestPerScript(issueId, SCANNED_RUNS),
                clock.instant(), canStop);
        panel.put("executions", executions);
        panel.put("executionActive", executions.stream().anyMatch(e -> Boolean.TRUE.equals(e.get("active"))));
        panel.put("canReaudit", canReaudit && !history.isEmpty());
        Optional<ReportRecord> latest = history.stream().findFirst();
        Optional<ReportRecord> latestDone = history.stream().filter(r -> r.status() == ReportStatus.DONE).findFirst();
        panel.put("state", latest.map(r -> state(r)).orElse("empty"));
        panel.put("hasReport", latestDone.isPresent());
        panel.put("hiddenStatements", 0L);
        latestDone.ifPresent(done -> {
            Map<String, Object> report = ReportJson.parse(reports.reportJson(done.id()).orElse("{}"));
            panel.put("hiddenStatements", trim(report, SHOWN_STATEMENTS));
            panel.put("report", report);
            panel.put("reportHeader", row(done));
        });
        latest.filter(r -> r.status() == ReportStatus.PENDING).ifPresent(pending -> panel.put("pending", pending(pending)));
        latest.filter(r -> r.status() == ReportStatus.FAILED).ifPresent(failed -> panel.put("failure", failed.failure()));
        List<Object> earlier = new ArrayList<>();
        history.stream().skip(1).limit(HISTORY).forEach(r -> earlier.add(row(r)));
        panel.put("history", earlier);
        Set<Long> covered = latest.map(r -> Set.copyOf(r.attachmentIds())).orElse(Set.of());
        AttachmentPattern pattern = new AttachmentPattern(latest.map(PanelModel::pattern)
                .orElse(ValidatorSettings.defaults().pattern()));
        panel.put("notAudited", current.stream().filter(s -> pattern.matches(s.fileName()))
                .filter(s -> !covered.contains(s.attachmentId())).map(CurrentScript::fileName).toList());
        return panel;
    }

    /**
     * Keeps at most {@code limit} statements per script, those with findings or syntax errors first, in
     * script order; returns how many were left out (they stay in the stored report and statement rows).
     */
    @SuppressWarnings("unchecked")
    static long trim(Map<String, Object> report, int limit) {
        long hidden = 0;
        for (Object scriptValue : (List<Object>) report.getOrDefault("scripts", List.of())) {
            Map<String, Object> script = (Map<String, Object>) scriptValue;
            List<Map<String, Object>> statements = (List<Map<String, Object>>) script.getOrDefault("statements", List.of());
            if (statements.size() <= limit) {
                continue;
            }
            List<Map<String, Object>> findings = statements.stream().filter(PanelModel::hasFinding).toList();
            Set<Map<String, Object>> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            findings.stream().limit(limit).forEach(keep::add);
            statements.stream().filter(st -> !keep.contains(st)).limit(Math.max(0, limit - keep.size())).forEach(keep::add);
            List<Map<String, Object>> shown = statements.stream().filter(keep::contains).toList();
            hidden += statements.size() - shown.size();
            script.put("statements", new ArrayList<>(shown));
        }
        return hidden;
    }

    private static boolean hasFinding(Map<String, Object> statement) {
        Object violations = statement.get("violations");
        return Boolean.FALSE.equals(statement.get("ok")) || (violations instanceof List<?> list && !list.isEmpty());
    }

    /** The attachment pattern of the audit's validator settings (stored with the report). */
    private static String pattern(ReportRecord record) {
        try {
            Map<?, ?> settings = new com.google.gson.Gson().fromJson(record.settings(), Map.class);
            return ValidatorSettings.fromArgs(settings == null ? Map.of() : settings).pattern();
        } catch (RuntimeException e) {
            return ValidatorSettings.defaults().pattern();
        }
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
}
