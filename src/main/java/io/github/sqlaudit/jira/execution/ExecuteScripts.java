package io.github.sqlaudit.jira.execution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import com.opensymphony.workflow.WorkflowException;

import io.github.sqlaudit.Sha256;
import io.github.sqlaudit.audit.Verdict;
import io.github.sqlaudit.cmdb.CmdbRepository;
import io.github.sqlaudit.cmdb.Credential;
import io.github.sqlaudit.cmdb.Endpoint;
import io.github.sqlaudit.cmdb.Secret;
import io.github.sqlaudit.cmdb.TargetRequest;
import io.github.sqlaudit.cmdb.TargetResolutionException;
import io.github.sqlaudit.cmdb.TargetResolver;
import io.github.sqlaudit.execute.ApprovalCheck;
import io.github.sqlaudit.execute.ApprovedScript;
import io.github.sqlaudit.execute.ExecutableStatements;
import io.github.sqlaudit.execute.ExecutionLedger;
import io.github.sqlaudit.execute.ExecutionListener;
import io.github.sqlaudit.execute.ExecutionLock;
import io.github.sqlaudit.execute.ExecutionRefusedException;
import io.github.sqlaudit.execute.ExecutionResult;
import io.github.sqlaudit.execute.ExecutionSummary;
import io.github.sqlaudit.execute.ScriptChangedException;
import io.github.sqlaudit.execute.ScriptExecutor;
import io.github.sqlaudit.jira.store.ReportJson;
import io.github.sqlaudit.jira.store.ReportRecord;
import io.github.sqlaudit.jira.store.ReportRepository;
import io.github.sqlaudit.jira.store.ReportStatus;
import io.github.sqlaudit.jira.workflow.AttachmentScripts;
import io.github.sqlaudit.jira.workflow.ScriptAttachment;
import io.github.sqlaudit.jira.workflow.ScriptEncoding;
import io.github.sqlaudit.sql.Dialect;

/**
 * Executes an issue's approved scripts on the target's execute connection, for the post-function.
 *
 * <p>Every matching attachment is copied (after a UTF-8 byte-order mark, which the audit does not hash
 * either) to a private temporary file and bound to the issue's latest stored audit with
 * {@link ApprovalCheck}. If any script is refused, nothing runs: the ticket gets a comment with the reasons
 * and the transition fails. Otherwise each script runs, under a cluster lock per issue and script, from
 * its copy (hashed again just before it runs) through {@link ScriptExecutor}, whose ledger in the target
 * schema makes a second run execute nothing and a run after a failure resume. Each outcome is commented.
 */
public final class ExecuteScripts {

    private static final Logger LOG = LoggerFactory.getLogger(ExecuteScripts.class);

    private final AttachmentScripts attachments;
    private final ReportRepository reports;
    private final CmdbRepository cmdb;
    private final ExecutionLock lock;
    private final ExecuteConnections connections;
    private final CommentManager comments;
    private final Clock clock;

    public ExecuteScripts(AttachmentScripts attachments, ReportRepository reports, CmdbRepository cmdb,
            ExecutionLock lock, ExecuteConnections connections, CommentManager comments, Clock clock) {
        this.attachments = attachments;
        this.reports = reports;
        this.cmdb = cmdb;
        this.lock = lock;
        this.connections = connections;
        this.comments = comments;
        this.clock = clock;
    }

    /** What one script's run did. */
    public record ScriptRun(String name, String sha256, ExecutionResult result) {
    }

    /** A script whose copy passed the approval check. */
    private record Prepared(ApprovedScript script, Path copy) {
    }

    /**
     * Runs the issue's approved scripts, oldest attachment first.
     *
     * @throws WorkflowException when a script is refused, cannot run, or fails; the ticket has a comment saying why
     */
    public List<ScriptRun> run(Issue issue, ApplicationUser user, ExecutionSettings settings) throws WorkflowException {
        List<ScriptAttachment> scripts = attachments.of(issue, settings.attachmentPattern());
        if (scripts.isEmpty()) {
            comment(issue, user, "SQL Audit found no attachment named " + settings.pattern() + ": nothing was executed.");
            return List.of();
        }
        Path workDir;
        try {
            workDir = Files.createTempDirectory("sqlaudit-execute-");
        } catch (IOException e) {
            throw new WorkflowException("SQL Audit cannot create a temporary folder to copy the scripts: " + e.getMessage(), e);
        }
        try {
            List<Prepared> approved = approve(issue, user, scripts, settings, workDir);
            Endpoint endpoint = executeEndpoint(issue, user, settings);
            Dialect dialect = Dialect.fromName(endpoint.dataService().engine().name());
            if (dialect == Dialect.ORACLE) {
                // The executor's ledger, locks and catalog checks are MySQL/MariaDB's; refuse before anything runs.
                throw refuse(issue, user, "SQL Audit executed no script: " + endpoint.dataService().name()
                        + " is an Oracle database, and executing scripts on Oracle is not supported yet."
                        + " Run them with the DBA's tools.");
            }
            List<ScriptRun> runs = new ArrayList<>();
            for (Prepared script : approved) {
                runs.add(runOne(issue, user, settings, endpoint, dialect, script));
            }
            return runs;
        } finally {
            deleteQuietly(workDir);
        }
    }

    /** Copies and checks every script; refuses the whole transition if one may not run. */
    private List<Prepared> approve(Issue issue, ApplicationUser user, List<ScriptAttachment> scripts,
            ExecutionSettings settings, Path workDir) throws WorkflowException {
        Optional<ReportRecord> latest = reports.latest(issue.getId());
        if (latest.isPresent() && latest.get().status() != ReportStatus.DONE) {
            throw refuse(issue, user, "SQL Audit executed no script: the latest audit of " + issue.getKey() + " "
                    + (latest.get().status() == ReportStatus.PENDING ? "is still running" : "failed ("
                    + latest.get().failure() + ")") + ". Scripts run only after an audit has finished and approved them.");
        }
        Map<String, ApprovalCheck.AuditedScript> audited = latest.map(this::audited).orElse(Map.of());
        List<Prepared> approved = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        int index = 0;
        for (ScriptAttachment script : scripts) {
            Path copy = workDir.resolve(String.format(Locale.ROOT, "%03d.sql", index++));
            String sha256;
            try (InputStream in = ScriptEncoding.checked(script.content().open())) {
                Files.copy(in, copy);
                sha256 = Sha256.of(Files.readAllBytes(copy));
            } catch (ScriptEncoding.RejectedScriptException e) {
                refusals.add(script.fileName() + ": " + e.getMessage() + ".");
                continue;
            } catch (IOException e) {
                refusals.add(script.fileName() + " could not be read from Jira's attachment store: " + e.getMessage());
                continue;
            }
            ApprovalCheck.Decision decision = ApprovalCheck.check(script.fileName(),
                    Optional.ofNullable(audited.get(script.fileName())), sha256, settings.allowWarnings());
            if (decision instanceof ApprovalCheck.Approved ok) {
                approved.add(new Prepared(ok.script(), copy));
            } else if (decision instanceof ApprovalCheck.Refused refused) {
                refusals.add(refused.message());
            }
        }
        if (!refusals.isEmpty()) {
            throw refuse(issue, user, "SQL Audit executed no script on this transition:\n" + String.join("\n", refusals));
        }
        return approved;
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

    private Endpoint executeEndpoint(Issue issue, ApplicationUser user, ExecutionSettings settings) throws WorkflowException {
        String project = issue.getProjectObject().getKey();
        try {
            return new TargetResolver(cmdb).executeEndpoint(TargetRequest.of(project, settings.environment()));
        } catch (TargetResolutionException e) {
            throw refuse(issue, user, "SQL Audit cannot find the database to execute this issue's scripts on: "
                    + e.getMessage() + ". A Jira administrator describes the target and its execute connection in"
                    + " SQL Audit's CMDB (project " + project + ", environment " + settings.environment() + ").");
        }
    }

    private ScriptRun runOne(Issue issue, ApplicationUser user, ExecutionSettings settings, Endpoint endpoint,
            Dialect dialect, Prepared prepared) throws WorkflowException {
        ApprovedScript script = prepared.script();
        String where = endpoint.dataService().name() + " (" + endpoint.connection().host() + ":"
                + endpoint.connection().port() + ")";
        Optional<ExecutionLock.Lease> lease = lock.tryAcquire(ExecutionLock.key(issue.getKey(), script.sha256()));
        if (lease.isEmpty()) {
            throw refuse(issue, user, "SQL Audit did not execute " + script.name() + ": it is being executed right now"
                    + " by another transition of " + issue.getKey() + " (on this or another Jira node). Try again"
                    + " when that run has finished; it resumes where it stopped.");
        }
        ExecutionResult result;
        String summary;
        try (ExecutionLock.Lease held = lease.get(); Connection connection = open(endpoint)) {
            script.verify(prepared.copy()); // the bytes about to run are still the reviewed ones
            ExecutionLedger ledger = new ExecutionLedger();
            result = new ScriptExecutor(ledger, clock).execute(connection, script,
                    ExecutableStatements.of(prepared.copy(), dialect), settings.options(user == null ? "" : user.getKey()),
                    ExecutionListener.NONE, () -> false);
            summary = ExecutionSummary.of(script.name(), where, result, ledger.entries(connection, script.sha256()));
        } catch (ExecutionRefusedException | ScriptChangedException e) {
            throw refuse(issue, user, "SQL Audit did not execute " + script.name() + ": " + e.getMessage());
        } catch (SQLException | TargetResolutionException e) {
            LOG.warn("SQL Audit: executing {} of {} on {} failed", script.name(), issue.getKey(), where, e);
            throw refuse(issue, user, "SQL Audit could not execute " + script.name() + " on " + where + ": "
                    + e.getMessage() + ". What committed before is recorded in the ledger; run the transition again"
                    + " to resume.");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the copy of " + script.name(), e);
        }
        comment(issue, user, summary);
        if (result.status() == ExecutionResult.Status.FAILED || result.status() == ExecutionResult.Status.STOPPED) {
            throw new WorkflowException(summary.lines().findFirst().orElse(summary)
                    + " The issue's comment has the details.");
        }
        return new ScriptRun(script.name(), script.sha256(), result);
    }

    private Connection open(Endpoint endpoint) throws SQLException {
        String credentialName = endpoint.credentialName().orElseThrow(() -> new TargetResolutionException(
                TargetResolutionException.Reason.INCOMPLETE, endpoint.connection().describe() + " names no credential"));
        Credential credential = cmdb.credential(credentialName).orElseThrow(() -> new TargetResolutionException(
                TargetResolutionException.Reason.INCOMPLETE, "credential '" + credentialName + "' is not in the CMDB"));
        Secret password = cmdb.secret(credentialName).orElse(Secret.of(""));
        try {
            return connections.open(endpoint.jdbcUrl(), credential.username(), password);
        } finally {
            password.wipe();
        }
    }

    private WorkflowException refuse(Issue issue, ApplicationUser user, String message) {
        comment(issue, user, message);
        return new WorkflowException(message);
    }

    private void comment(Issue issue, ApplicationUser user, String body) {
        try {
            comments.create(issue, user, body, false);
        } catch (RuntimeException e) {
            LOG.warn("SQL Audit could not comment on {}: {}", issue.getKey(), e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.warn("SQL Audit could not delete the temporary copy {}", path);
                }
            });
        } catch (IOException e) {
            LOG.warn("SQL Audit could not delete the temporary folder {}", dir);
        }
    }
}
