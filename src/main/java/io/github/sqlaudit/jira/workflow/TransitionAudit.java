package io.github.sqlaudit.jira.workflow;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;

import io.github.sqlaudit.audit.AuditReport;
import io.github.sqlaudit.audit.AuditService;
import io.github.sqlaudit.audit.ScriptInput;
import io.github.sqlaudit.cmdb.CmdbRepository;
import io.github.sqlaudit.cmdb.Credential;
import io.github.sqlaudit.cmdb.Endpoint;
import io.github.sqlaudit.cmdb.Secret;
import io.github.sqlaudit.cmdb.TargetRequest;
import io.github.sqlaudit.cmdb.TargetResolutionException;
import io.github.sqlaudit.cmdb.TargetResolver;
import io.github.sqlaudit.jira.store.ReportJson;
import io.github.sqlaudit.jira.store.ReportRecord;
import io.github.sqlaudit.jira.store.ReportRepository;
import io.github.sqlaudit.jira.store.ReportScript;
import io.github.sqlaudit.jira.store.ReportStatus;
import io.github.sqlaudit.plan.ReviewConnectionException;
import io.github.sqlaudit.plan.ReviewTarget;
import io.github.sqlaudit.report.ReportModel;
import io.github.sqlaudit.rules.ResolvedRules;
import io.github.sqlaudit.rules.Waivers;
import io.github.sqlaudit.rules.config.RuleTemplates;
import io.github.sqlaudit.sql.Dialect;

/**
 * The audit a transition (or a re-audit) runs: checks sizes, resolves the review target through the CMDB,
 * audits the scripts with the project's template, stores the report and says whether it blocks. Scripts
 * larger than the settings' threshold are audited in the background; the caller waits at most the
 * settings' limit and otherwise answers "still running" (a later transition decides on the stored report).
 */
public final class TransitionAudit {

    /** A PENDING background audit older than this is taken as abandoned (its node stopped). */
    public static final Duration STALE_AFTER = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(TransitionAudit.class);
    private static final Gson GSON = new Gson();
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final AuditService service;
    private final CmdbRepository cmdb;
    private final RuleTemplatesSource templates;
    private final ReviewTargets reviewTargets;
    private final ReportRepository reports;
    private final BackgroundAudits background;
    private final Clock clock;

    public TransitionAudit(AuditService service, CmdbRepository cmdb, RuleTemplatesSource templates,
                           ReviewTargets reviewTargets, ReportRepository reports, BackgroundAudits background, Clock clock) {
        this.service = service;
        this.cmdb = cmdb;
        this.templates = templates;
        this.reviewTargets = reviewTargets;
        this.reports = reports;
        this.background = background;
        this.clock = clock;
    }

    public AuditOutcome run(AuditRequest request, AuditListener listener) {
        ValidatorSettings settings = request.settings();
        if (request.scripts().isEmpty()) {
            return new AuditOutcome.NoScripts(settings.requireScript(), "No SQL script is attached: SQL Audit looks for"
                    + " attachments named " + settings.pattern() + ". Attach the change script and try again.");
        }
        List<String> tooLarge = new ArrayList<>();
        for (ScriptAttachment script : request.scripts()) {
            if (script.size() > settings.maxScriptBytes()) {
                tooLarge.add(script.fileName() + " is " + megabytes(script.size()) + "; scripts over "
                        + settings.maxScriptMb() + " MB are not audited. Split it into smaller scripts, or load bulk"
                        + " data with the database's loader instead of SQL statements.");
            }
        }
        if (!tooLarge.isEmpty()) {
            return new AuditOutcome.Refused(String.join("\n", tooLarge), Optional.empty());
        }
        String settingsJson = GSON.toJson(settings.toArgs());
        List<ReportScript> scripts = request.scripts().stream()
                .map(s -> new ReportScript(s.id(), s.fileName(), s.authorKey(), s.size())).toList();
        long total = scripts.stream().mapToLong(ReportScript::bytes).sum();
        boolean inBackground = total > settings.backgroundAboveBytes();
        if (inBackground && request.origin().equals(AuditRequest.TRANSITION)) {
            Optional<AuditOutcome> earlier = earlierBackgroundAudit(request, scripts, settingsJson);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        RuleTemplates ruleTemplates = templates.templates();
        String templateName = ruleTemplates.templateFor(request.projectKey(), settings.environment());
        ResolvedRules rules = ruleTemplates.forProject(request.projectKey(), settings.environment());
        ReportRecord pending = reports.begin(new ReportRepository.NewReport(request.issueId(), request.issueKey(),
                request.origin(), inBackground, request.userKey(), request.userName(), settings.environment(), templateName, scripts,
                settingsJson));
        if (!inBackground) {
            return audit(request, pending, scripts, templateName, rules, listener, bytes -> { });
        }
        Future<AuditOutcome> job = background.submit(() -> audit(request, pending, scripts, templateName, rules, listener,
                throttled(pending.id())));
        try {
            return job.get(settings.waitSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return new AuditOutcome.Running(pending, stillRunning(request, total));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new AuditOutcome.Running(pending, stillRunning(request, total));
        } catch (ExecutionException e) {
            LOG.error("SQL Audit of {} failed", request.issueKey(), e.getCause());
            return new AuditOutcome.Refused("SQL Audit failed: " + e.getCause().getMessage()
                    + " (details in Jira's log)", reports.find(pending.id()));
        }
    }

    /** A background audit of exactly these attachments with these settings: still running, or finished. */
    private Optional<AuditOutcome> earlierBackgroundAudit(AuditRequest request, List<ReportScript> scripts,
                                                          String settingsJson) {
        List<Long> ids = scripts.stream().map(ReportScript::attachmentId).toList();
        for (ReportRecord record : reports.history(request.issueId(), 5)) {
            if (!record.background() || !record.attachmentIds().equals(ids) || !record.settings().equals(settingsJson)) {
                continue;
            }
            if (record.status() == ReportStatus.PENDING
                    && record.createdAt().plus(STALE_AFTER).isAfter(clock.instant())) {
                return Optional.of(new AuditOutcome.Running(record, stillRunning(request, record.scriptBytes())));
            }
            if (record.status() == ReportStatus.DONE) {
                Map<String, Object> model = ReportJson.parse(reports.reportJson(record.id()).orElseThrow());
                return Optional.of(finished(record, model, request.settings()));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private AuditOutcome audit(AuditRequest request, ReportRecord pending, List<ReportScript> scripts, String templateName,
                               ResolvedRules rules, AuditListener listener, LongConsumer progress) {
        AuditOutcome outcome;
        try {
            outcome = auditAndStore(request, pending, scripts, templateName, rules, progress);
        } catch (RuntimeException e) {
            LOG.error("SQL Audit of {} failed", request.issueKey(), e);
            String message = "SQL Audit failed: " + e.getMessage() + " (details in Jira's log)";
            outcome = new AuditOutcome.Refused(message, Optional.of(reports.fail(pending.id(), message)));
        }
        try {
            listener.ended(outcome);
        } catch (RuntimeException e) {
            LOG.warn("SQL Audit of {}: could not report the result ({})", request.issueKey(), e.getMessage(), e);
        }
        return outcome;
    }

    private AuditOutcome auditAndStore(AuditRequest request, ReportRecord pending, List<ReportScript> scripts,
                                       String templateName, ResolvedRules rules, LongConsumer progress) {
        ValidatorSettings settings = request.settings();
        Endpoint endpoint;
        Credential credential;
        Secret password;
        try {
            endpoint = new TargetResolver(cmdb).reviewEndpoint(TargetRequest.of(request.projectKey(), settings.environment()));
            String credentialName = endpoint.credentialName().orElseThrow(() -> new TargetResolutionException(
                    TargetResolutionException.Reason.INCOMPLETE, endpoint.connection().describe() + " names no credential"));
            credential = cmdb.credential(credentialName).orElseThrow(() -> new TargetResolutionException(
                    TargetResolutionException.Reason.INCOMPLETE, "credential '" + credentialName + "' is not in the CMDB"));
            password = cmdb.secret(credentialName).orElse(Secret.of(""));
        } catch (TargetResolutionException e) {
            String message = "SQL Audit cannot find the database to review this issue's scripts against: "
                    + e.getMessage() + ". A Jira administrator describes the target in SQL Audit's CMDB.";
            return new AuditOutcome.Refused(message, Optional.of(reports.fail(pending.id(), message)));
        }
        Dialect dialect = settings.dialect().orElse(Dialect.fromName(endpoint.dataService().engine().name()));
        List<ScriptInput> inputs = inputs(request.scripts(), dialect, progress);
        AuditReport report;
        try (ReviewTarget target = reviewTargets.open(endpoint.jdbcUrl(), credential.username(), password)) {
            report = service.audit(inputs, Optional.of(target), templateName, rules, Waivers.none());
        } catch (ReviewConnectionException e) {
            String where = endpoint.dataService().name() + " (" + endpoint.connection().host() + ":"
                    + endpoint.connection().port() + ")";
            if (settings.onUnreachable() == ValidatorSettings.Unreachable.BLOCK) {
                String message = "SQL Audit cannot reach the database " + where + " to check the scripts' plans: "
                        + e.getMessage() + ". Try again when it is back; ask a DBA if it stays down.";
                return new AuditOutcome.Refused(message, Optional.of(reports.fail(pending.id(), message)));
            }
            LOG.warn("SQL Audit of {}: {} unreachable, auditing without plans ({})", request.issueKey(), where, e.getMessage());
            report = service.audit(inputs(request.scripts(), dialect, progress), Optional.empty(), templateName, rules,
                    Waivers.none());
        } finally {
            password.wipe();
        }
        ReportRecord stored = reports.complete(pending.id(), report, scripts);
        return finished(stored, ReportModel.of(report), settings);
    }

    private static AuditOutcome.Finished finished(ReportRecord stored, Map<String, Object> model, ValidatorSettings settings) {
        boolean blocks = BlockingMessage.blocks(model, settings.blockOn());
        String message = new BlockingMessage(BlockingMessage.DEFAULT_CAP).build(model, settings.blockOn());
        return new AuditOutcome.Finished(stored, model, blocks, message);
    }

    private static List<ScriptInput> inputs(List<ScriptAttachment> scripts, Dialect dialect, LongConsumer progress) {
        List<ScriptInput> inputs = new ArrayList<>();
        long[] before = {0};
        for (ScriptAttachment script : scripts) {
            long offset = before[0];
            before[0] += script.size();
            inputs.add(new ScriptInput(script.fileName(), dialect,
                    () -> new Progress(ScriptEncoding.checked(script.content().open()), offset, progress)));
        }
        return inputs;
    }

    /** Writes progress to the header at most every two seconds. */
    private LongConsumer throttled(int reportId) {
        long[] last = {System.nanoTime()};
        return bytes -> {
            long now = System.nanoTime();
            if (now - last[0] >= PROGRESS_EVERY_NANOS) {
                last[0] = now;
                reports.progress(reportId, bytes);
            }
        };
    }

    private static String stillRunning(AuditRequest request, long bytes) {
        return "SQL Audit is still checking " + megabytes(bytes) + " of SQL on " + request.issueKey()
                + " in the background. The SQL Audit panel shows its progress; try the transition again when the"
                + " report is there.";
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Counts the bytes read, for the panel's progress bar. */
    private static final class Progress extends FilterInputStream {
        private final LongConsumer progress;
        private long read;

        Progress(InputStream in, long offset, LongConsumer progress) {
            super(in);
            this.read = offset;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.accept(++read);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                read += n;
                progress.accept(read);
            }
            return n;
        }
    }
}
