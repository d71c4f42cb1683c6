package io.github.sqlaudit.jira.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.google.gson.Gson;

import io.github.sqlaudit.audit.AuditReport;
import io.github.sqlaudit.audit.ScriptReport;
import io.github.sqlaudit.audit.StatementReport;
import io.github.sqlaudit.plan.Explanation;
import io.github.sqlaudit.plan.PlanMetrics;
import io.github.sqlaudit.plan.TableAccess;
import io.github.sqlaudit.report.JsonReport;
import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.rules.Violation;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Stored audit reports in Active Objects: a header per audit (written PENDING before the audit runs) and a
 * row per statement once it is done. Reads return plain {@link ReportRecord}s.
 */
public final class ReportRepository {

    /** Header columns the panel's history needs; the report JSON is read only for the latest report. */
    private static final String HEADER_COLUMNS = "ID, ISSUE_ID, ISSUE_KEY, STATUS, ORIGIN, BACKGROUND, AUTHOR_KEY, AUTHOR_NAME, CREATED_AT,"
            + " FINISHED_AT, ENVIRONMENT, TEMPLATE_NAME, TARGET, VERDICT, ERRORS, WARNINGS, INFOS, STATEMENT_COUNT,"
            + " SCRIPTS, SCRIPT_BYTES, PROGRESS_BYTES, SETTINGS, FAILURE";

    private static final Gson GSON = new Gson();

    private final ActiveObjects ao;
    private final Clock clock;

    public ReportRepository(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    /** What is known before an audit starts. */
    public record NewReport(long issueId, String issueKey, String origin, boolean background, String authorKey, String authorName,
                            String environment, String templateName, List<ReportScript> scripts, String settings) {
    }

    /** Writes a PENDING header and returns it. */
    public ReportRecord begin(NewReport report) {
        return ao.executeInTransaction(() -> {
            ReportHeader header = ao.create(ReportHeader.class,
                    new DBParam("ISSUE_ID", report.issueId()),
                    new DBParam("ISSUE_KEY", report.issueKey()),
                    new DBParam("STATUS", ReportStatus.PENDING.name()),
                    new DBParam("ORIGIN", report.origin()),
                    new DBParam("CREATED_AT", Date.from(clock.instant())));
            header.setBackground(report.background());
            header.setAuthorKey(report.authorKey());
            header.setAuthorName(report.authorName());
            header.setEnvironment(report.environment());
            header.setTemplateName(report.templateName());
            header.setScripts(GSON.toJson(report.scripts()));
            header.setScriptBytes(report.scripts().stream().mapToLong(ReportScript::bytes).sum());
            header.setSettings(report.settings());
            header.setVerdict("");
            header.setFailure("");
            header.save();
            return record(header, report.scripts());
        });
    }

    /** Records how far a pending audit has read. */
    public void progress(int id, long bytesRead) {
        ao.executeInTransaction(() -> {
            ReportHeader header = ao.get(ReportHeader.class, id);
            header.setProgressBytes(bytesRead);
            header.save();
            return null;
        });
    }

    /**
     * Stores the finished report: the header's verdict, counts and JSON, and one row per statement. The
     * report's scripts are in the order of {@code scripts} (the order they were audited in).
     */
    public ReportRecord complete(int id, AuditReport report, List<ReportScript> scripts) {
        if (report.scripts().size() != scripts.size()) {
            throw new IllegalArgumentException("the report has " + report.scripts().size() + " scripts, "
                    + scripts.size() + " attachments were given");
        }
        String json = new JsonReport().render(report);
        return ao.executeInTransaction(() -> {
            ReportHeader header = ao.get(ReportHeader.class, id);
            Date auditedAt = Date.from(report.auditedAt());
            for (int i = 0; i < scripts.size(); i++) {
                ReportScript attachment = scripts.get(i);
                ScriptReport script = report.scripts().get(i);
                for (StatementReport statement : script.statements()) {
                    writeStatement(header, attachment, script, statement, auditedAt);
                }
            }
            header.setStatus(ReportStatus.DONE.name());
            header.setFinishedAt(Date.from(clock.instant()));
            header.setTarget(cut(report.target(), 450));
            header.setTemplateName(report.template());
            header.setVerdict(report.verdict().name());
            header.setErrors(report.countsBySeverity().get(Severity.ERROR));
            header.setWarnings(report.countsBySeverity().get(Severity.WARN));
            header.setInfos(report.countsBySeverity().get(Severity.INFO));
            header.setStatementCount(report.statementCount());
            header.setProgressBytes(header.getScriptBytes());
            header.setReportJson(json);
            header.save();
            return record(header, scripts);
        });
    }

    /** Marks an audit that could not run, with the reason users see. */
    public ReportRecord fail(int id, String failure) {
        return ao.executeInTransaction(() -> {
            ReportHeader header = ao.get(ReportHeader.class, id);
            header.setStatus(ReportStatus.FAILED.name());
            header.setFinishedAt(Date.from(clock.instant()));
            header.setFailure(failure);
            header.save();
            return record(header, scripts(header));
        });
    }

    public Optional<ReportRecord> find(int id) {
        ReportHeader header = ao.get(ReportHeader.class, id);
        return header == null ? Optional.empty() : Optional.of(record(header, scripts(header)));
    }

    /** The issue's audits, newest first. */
    public List<ReportRecord> history(long issueId, int limit) {
        ReportHeader[] headers = ao.find(ReportHeader.class, Query.select(HEADER_COLUMNS)
                .where("ISSUE_ID = ?", issueId).order("ID DESC").limit(limit));
        List<ReportRecord> records = new ArrayList<>();
        for (ReportHeader header : headers) {
            records.add(record(header, scripts(header)));
        }
        return records;
    }

    public Optional<ReportRecord> latest(long issueId) {
        return history(issueId, 1).stream().findFirst();
    }

    /** The stored report JSON of a finished audit. */
    public Optional<String> reportJson(int id) {
        ReportHeader[] headers = ao.find(ReportHeader.class, Query.select("ID, REPORT_JSON").where("ID = ?", id));
        return Arrays.stream(headers).map(ReportHeader::getReportJson).filter(json -> json != null && !json.isEmpty())
                .findFirst();
    }

    private void writeStatement(ReportHeader header, ReportScript attachment, ScriptReport script,
                                StatementReport statement, Date auditedAt) {
        ReportStatement row = ao.create(ReportStatement.class, new DBParam("REPORT_ID", header.getID()));
        row.setAttachmentId(attachment.attachmentId());
        row.setFileName(cut(attachment.fileName(), 255));
        row.setSha256(script.sha256());
        row.setAuthorKey(attachment.authorKey());
        row.setAuditedAt(auditedAt);
        row.setStatementIndex(statement.index());
        row.setStartLine(statement.startLine());
        row.setKind(statement.kind().name());
        row.setVerdict(statement.verdict().name());
        if (statement.explanation().orElse(null) instanceof Explanation.Explained explained) {
            PlanMetrics metrics = explained.metrics();
            row.setEstimatedRows(metrics.estimatedRows().isPresent() ? metrics.estimatedRows().getAsLong() : null);
            row.setCost(metrics.cost().isPresent() ? metrics.cost().getAsDouble() : null);
            row.setAccessType(cut(metrics.tables().stream().filter(t -> !t.isInternal())
                    .map(t -> t.accessType().label()).collect(Collectors.joining(",")), 255));
            row.setIndexUsed(cut(metrics.tables().stream().filter(TableAccess::usesIndex).map(TableAccess::key)
                    .collect(Collectors.joining(",")), 255));
            row.setFilesort(metrics.filesort());
            row.setTemporaryTable(metrics.temporaryTable());
        }
        StringJoiner codes = new StringJoiner(",");
        StringJoiner lines = new StringJoiner("\n");
        for (Violation violation : statement.violations()) {
            if (violation.status() == Violation.Status.ENFORCED) {
                codes.add(violation.code());
            }
            lines.add(violation.severity() + " " + violation.code() + " " + violation.status() + " line "
                    + violation.line() + ": " + oneLine(violation.detail()));
        }
        row.setViolationCodes(cut(codes.toString(), 450));
        row.setViolations(lines.toString());
        row.save();
    }

    private static List<ReportScript> scripts(ReportHeader header) {
        String json = header.getScripts();
        if (json == null || json.isEmpty()) {
            return List.of();
        }
        return List.of(GSON.fromJson(json, ReportScript[].class));
    }

    private static ReportRecord record(ReportHeader header, List<ReportScript> scripts) {
        return new ReportRecord(header.getID(), header.getIssueId(), header.getIssueKey(),
                ReportStatus.valueOf(header.getStatus()), header.getOrigin(), header.getBackground(),
                text(header.getAuthorKey()), text(header.getAuthorName()), header.getCreatedAt().toInstant(),
                Optional.ofNullable(header.getFinishedAt()).map(Date::toInstant), text(header.getEnvironment()),
                text(header.getTemplateName()), text(header.getTarget()), text(header.getVerdict()), header.getErrors(),
                header.getWarnings(), header.getInfos(), header.getStatementCount(), scripts, header.getProgressBytes(),
                text(header.getSettings()), text(header.getFailure()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String oneLine(String value) {
        return value.replace('\r', ' ').replace('\n', ' ');
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 3) + "...";
    }
}
