package io.github.sqlaudit.jira.execution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.scheduler.SchedulerServiceException;
import com.google.gson.Gson;
import com.opensymphony.workflow.WorkflowException;

import io.github.sqlaudit.cmdb.CmdbRepository;
import io.github.sqlaudit.cmdb.Endpoint;
import io.github.sqlaudit.cmdb.TargetRequest;
import io.github.sqlaudit.cmdb.TargetResolutionException;
import io.github.sqlaudit.cmdb.TargetResolver;
import io.github.sqlaudit.execute.ApprovalCheck;
import io.github.sqlaudit.execute.ApprovedScript;
import io.github.sqlaudit.execute.ExecutionResult;
import io.github.sqlaudit.jira.store.ExecRunRecord;
import io.github.sqlaudit.jira.store.ExecRunRepository;
import io.github.sqlaudit.jira.store.ExecRunState;
import io.github.sqlaudit.jira.store.ReportRepository;
import io.github.sqlaudit.jira.workflow.AttachmentScripts;
import io.github.sqlaudit.jira.workflow.ScriptAttachment;
import io.github.sqlaudit.sql.Dialect;

/**
 * Executes an issue's approved scripts on the target's execute connection, for the post-function.
 *
 * <p>Every matching attachment is copied to a private temporary file and bound to the issue's latest
 * stored audit ({@link Approvals}). If any script is refused, nothing runs: the ticket gets a comment with
 * the reasons and the transition fails. Otherwise, when the scripts together are no larger than the
 * settings' background threshold, each runs now through {@link ScriptRunner}, oldest attachment first; a
 * failed or stopped run fails the transition. Larger ones are queued: one {@code ExecRun} row per script
 * and a cluster scheduler job for the first ({@link ExecutionJob} runs it and queues the next), and the
 * transition goes through with a comment saying so.
 */
public final class ExecuteScripts {

    private static final Logger LOG = LoggerFactory.getLogger(ExecuteScripts.class);
    private static final Gson GSON = new Gson();

    private final AttachmentScripts attachments;
    private final Approvals approvals;
    private final CmdbRepository cmdb;
    private final ExecRunRepository runs;
    private final ScriptRunner runner;
    private final ExecutionScheduler scheduler;
    private final CommentManager comments;

    public ExecuteScripts(AttachmentScripts attachments, ReportRepository reports, CmdbRepository cmdb,
            ExecRunRepository runs, ScriptRunner runner, ExecutionScheduler scheduler, CommentManager comments) {
        this.attachments = attachments;
        this.approvals = new Approvals(reports);
        this.cmdb = cmdb;
        this.runs = runs;
        this.runner = runner;
        this.scheduler = scheduler;
        this.comments = comments;
    }

    /** What one script's run did. */
    public record ScriptRun(String name, String sha256, ExecutionResult result) {
    }

    /** A script whose copy passed the approval check. */
    private record Prepared(ScriptAttachment attachment, ApprovedScript script, Path copy) {
    }

    /**
     * Runs the issue's approved scripts, oldest attachment first, or queues them as background jobs.
     *
     * @return the runs made in the transition (none when the scripts were queued)
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
            long bytes = 0;
            for (Prepared script : approved) {
                bytes += Files.size(script.copy());
            }
            if (bytes > settings.backgroundAboveBytes()) {
                queue(issue, user, settings, endpoint, approved, bytes);
                return List.of();
            }
            List<ScriptRun> done = new ArrayList<>();
            for (Prepared script : approved) {
                int runId = runs.create(newRun(issue, user, settings, endpoint, script, false), ExecRunState.RUNNING).id();
                ScriptRunner.Outcome outcome = runner.run(issue, user, settings, endpoint, dialect, script.script(),
                        script.copy(), runId);
                if (outcome instanceof ScriptRunner.Ran ran && ran.completed()) {
                    done.add(ran.run());
                } else {
                    String message = outcome.message();
                    throw new WorkflowException(outcome instanceof ScriptRunner.Ran
                            ? message.lines().findFirst().orElse(message) + " The issue's comment has the details."
                            : message);
                }
            }
            return done;
        } catch (IOException e) {
            throw new WorkflowException("SQL Audit cannot measure its copies of the scripts: " + e.getMessage(), e);
        } finally {
            deleteQuietly(workDir);
        }
    }

    /** One QUEUED row per script, and a job for the first: each job queues the next when its script completed. */
    private void queue(Issue issue, ApplicationUser user, ExecutionSettings settings, Endpoint endpoint,
            List<Prepared> approved, long bytes) throws WorkflowException {
        List<ExecRunRecord> queued = new ArrayList<>();
        for (Prepared script : approved) {
            queued.add(runs.create(newRun(issue, user, settings, endpoint, script, true), ExecRunState.QUEUED));
        }
        ExecRunRecord first = queued.get(0);
        try {
            scheduler.schedule(new ExecutionJobParameters(first.id(), issue.getId(), first.attachmentId(), first.sha256(),
                    user == null ? "" : user.getKey()));
        } catch (SchedulerServiceException | RuntimeException e) {
            LOG.error("SQL Audit could not schedule the execution of {}", issue.getKey(), e);
            String message = "SQL Audit could not queue the scripts of " + issue.getKey() + " for execution: "
                    + e.getMessage() + ". Nothing was executed; try the transition again or ask a Jira administrator.";
            queued.forEach(run -> runs.finish(run.id(), ExecRunState.FAILED, message));
            throw refuse(issue, user, message);
        }
        comment(issue, user, String.format(Locale.ROOT, "SQL Audit queued %d approved script%s (%.1f MB, above the"
                        + " post-function's %d KB) to run in the background on %s, in this order: %s. The SQL Audit panel"
                        + " shows the progress; each outcome will be commented here.",
                approved.size(), approved.size() == 1 ? "" : "s", bytes / (1024.0 * 1024.0), settings.backgroundAboveKb(),
                ScriptRunner.where(endpoint), String.join(", ", approved.stream().map(p -> p.script().name()).toList())));
    }

    private ExecRunRepository.NewRun newRun(Issue issue, ApplicationUser user, ExecutionSettings settings,
            Endpoint endpoint, Prepared script, boolean background) {
        return new ExecRunRepository.NewRun(issue.getId(), issue.getKey(), script.script().name(), script.attachment().id(),
                script.script().sha256(), background, user == null ? "" : user.getKey(),
                user == null ? "" : user.getDisplayName(), ScriptRunner.where(endpoint), GSON.toJson(settings.toArgs()));
    }

    /** Copies and checks every script; refuses the whole transition if one may not run. */
    private List<Prepared> approve(Issue issue, ApplicationUser user, List<ScriptAttachment> scripts,
            ExecutionSettings settings, Path workDir) throws WorkflowException {
        Approvals.Latest latest = approvals.latest(issue.getId(), issue.getKey());
        if (latest instanceof Approvals.Unusable unusable) {
            throw refuse(issue, user, "SQL Audit executed no script: " + unusable.message());
        }
        Approvals.Audited audited = (Approvals.Audited) latest;
        List<Prepared> approved = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        int index = 0;
        for (ScriptAttachment script : scripts) {
            Path copy = workDir.resolve(String.format(Locale.ROOT, "%03d.sql", index++));
            ApprovalCheck.Decision decision = Approvals.copyAndCheck(script, copy, audited, settings.allowWarnings());
            if (decision instanceof ApprovalCheck.Approved ok) {
                approved.add(new Prepared(script, ok.script(), copy));
            } else if (decision instanceof ApprovalCheck.Refused refused) {
                refusals.add(refused.message());
            }
        }
        if (!refusals.isEmpty()) {
            throw refuse(issue, user, "SQL Audit executed no script on this transition:\n" + String.join("\n", refusals));
        }
        return approved;
    }

    static Endpoint executeEndpoint(CmdbRepository cmdb, Issue issue, ExecutionSettings settings) {
        return new TargetResolver(cmdb).executeEndpoint(TargetRequest.of(issue.getProjectObject().getKey(),
                settings.environment()));
    }

    static String noEndpoint(Issue issue, ExecutionSettings settings, TargetResolutionException e) {
        String project = issue.getProjectObject().getKey();
        return "SQL Audit cannot find the database to execute this issue's scripts on: " + e.getMessage()
                + ". A Jira administrator describes the target and its execute connection in SQL Audit's CMDB (project "
                + project + ", environment " + settings.environment() + ").";
    }

    private Endpoint executeEndpoint(Issue issue, ApplicationUser user, ExecutionSettings settings) throws WorkflowException {
        try {
            return executeEndpoint(cmdb, issue, settings);
        } catch (TargetResolutionException e) {
            throw refuse(issue, user, noEndpoint(issue, settings, e));
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

    static void deleteQuietly(Path dir) {
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
