package io.github.sqlaudit.jira.execution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerServiceException;
import com.google.gson.Gson;

import io.github.sqlaudit.cmdb.CmdbRepository;
import io.github.sqlaudit.cmdb.Endpoint;
import io.github.sqlaudit.cmdb.TargetResolutionException;
import io.github.sqlaudit.execute.ApprovalCheck;
import io.github.sqlaudit.execute.ExecutionResult;
import io.github.sqlaudit.jira.store.ExecRunRecord;
import io.github.sqlaudit.jira.store.ExecRunRepository;
import io.github.sqlaudit.jira.store.ExecRunState;
import io.github.sqlaudit.jira.store.ReportRepository;
import io.github.sqlaudit.jira.workflow.AttachmentScripts;
import io.github.sqlaudit.jira.workflow.ScriptAttachment;
import io.github.sqlaudit.sql.Dialect;

/**
 * The background execution of one queued script, run by atlassian-scheduler once in the cluster. Nothing
 * is taken on trust from the transition: the job reads the issue, the attachment and the latest audit
 * again, hashes the bytes again (they must still be the reviewed ones the transition queued), resolves the
 * target again, and only then runs the script through {@link ScriptRunner} (cluster lock, host steps,
 * executor, comment). A run row that is no longer QUEUED is not run again, so a job delivered twice
 * executes once. When the script completed, the issue's next queued script is scheduled; otherwise the
 * ones queued after it are marked as not run.
 */
public final class ExecutionJob implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutionJob.class);
    private static final Gson GSON = new Gson();

    private final IssueManager issues;
    private final UserManager users;
    private final AttachmentScripts attachments;
    private final Approvals approvals;
    private final ExecRunRepository runs;
    private final CmdbRepository cmdb;
    private final ScriptRunner runner;
    private final ExecutionScheduler scheduler;
    private final CommentManager comments;

    public ExecutionJob(IssueManager issues, UserManager users, AttachmentScripts attachments, ReportRepository reports,
            ExecRunRepository runs, CmdbRepository cmdb, ScriptRunner runner, ExecutionScheduler scheduler,
            CommentManager comments) {
        this.issues = issues;
        this.users = users;
        this.attachments = attachments;
        this.approvals = new Approvals(reports);
        this.runs = runs;
        this.cmdb = cmdb;
        this.runner = runner;
        this.scheduler = scheduler;
        this.comments = comments;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        ExecutionJobParameters parameters;
        try {
            parameters = ExecutionJobParameters.fromMap(request.getJobConfig().getParameters());
        } catch (IllegalArgumentException e) {
            LOG.error("SQL Audit: an execution job with unusable parameters: {}", e.getMessage());
            return JobRunnerResponse.failed(e.getMessage());
        }
        ScriptRunner.Outcome outcome = run(parameters);
        String message = outcome.message().lines().findFirst().orElse("");
        if (outcome instanceof ScriptRunner.Skipped) {
            return JobRunnerResponse.aborted(message);
        }
        if (outcome instanceof ScriptRunner.Ran ran && ran.run().result().status() != ExecutionResult.Status.FAILED) {
            return JobRunnerResponse.success(message);
        }
        return JobRunnerResponse.failed(message);
    }

    /** Runs the queued script; what happened is in the run row and the issue's comments. */
    ScriptRunner.Outcome run(ExecutionJobParameters job) {
        Optional<ExecRunRecord> found = runs.find(job.runId());
        if (found.isEmpty()) {
            return new ScriptRunner.Skipped("execution run " + job.runId() + " no longer exists; nothing was executed");
        }
        ExecRunRecord run = found.get();
        if (run.startedAt().isPresent() || !(run.state() == ExecRunState.QUEUED || run.state() == ExecRunState.STOPPING)) {
            LOG.warn("SQL Audit: execution run {} is {} already; a job for it is not run twice", run.id(), run.state());
            return new ScriptRunner.Skipped("execution run " + run.id() + " of " + run.issueKey() + " is " + run.state()
                    + " already; not run twice");
        }
        Issue issue = issues.getIssueObject(job.issueId());
        if (issue == null) {
            runs.finish(run.id(), ExecRunState.FAILED, "the issue was deleted before its script could run");
            return new ScriptRunner.NotRun("issue " + run.issueKey() + " no longer exists; nothing was executed");
        }
        ApplicationUser user = job.userKey().isEmpty() ? null : users.getUserByKey(job.userKey());
        runs.started(run.id());
        ScriptRunner.Outcome outcome;
        Path workDir = null;
        try {
            ExecutionSettings settings = ExecutionSettings.fromArgs(GSON.fromJson(run.settings(), Map.class));
            workDir = Files.createTempDirectory("sqlaudit-execute-job-");
            outcome = runChecked(issue, user, settings, run, job, workDir.resolve("script.sql"));
        } catch (IOException | RuntimeException e) {
            LOG.error("SQL Audit: the background execution of {} of {} failed", run.scriptName(), run.issueKey(), e);
            outcome = notRun(issue, user, run, "SQL Audit could not execute " + run.scriptName() + " in the background: "
                    + e.getMessage());
        } finally {
            if (workDir != null) {
                ExecuteScripts.deleteQuietly(workDir);
            }
        }
        if (outcome instanceof ScriptRunner.Ran ran && ran.completed()) {
            queueNext(issue, user, run, job.userKey());
        } else {
            abandonQueued(issue, user, run);
        }
        return outcome;
    }

    private ScriptRunner.Outcome runChecked(Issue issue, ApplicationUser user, ExecutionSettings settings,
            ExecRunRecord run, ExecutionJobParameters job, Path copy) {
        Optional<ScriptAttachment> attachment = attachments.of(issue, settings.attachmentPattern()).stream()
                .filter(a -> a.id() == job.attachmentId()).findFirst();
        if (attachment.isEmpty()) {
            return notRun(issue, user, run, "SQL Audit did not execute " + run.scriptName() + ": the attachment was"
                    + " removed from " + issue.getKey() + " after the transition queued it.");
        }
        Approvals.Latest latest = approvals.latest(issue.getId(), issue.getKey());
        if (latest instanceof Approvals.Unusable unusable) {
            return notRun(issue, user, run, "SQL Audit did not execute " + run.scriptName() + ": " + unusable.message());
        }
        ApprovalCheck.Decision decision = Approvals.copyAndCheck(attachment.get(), copy, (Approvals.Audited) latest,
                settings.allowWarnings());
        if (decision instanceof ApprovalCheck.Refused refused) {
            return notRun(issue, user, run, "SQL Audit did not execute " + run.scriptName() + " in the background: "
                    + refused.message());
        }
        ApprovalCheck.Approved approved = (ApprovalCheck.Approved) decision;
        if (!approved.script().sha256().equalsIgnoreCase(job.sha256())) {
            return notRun(issue, user, run, "SQL Audit did not execute " + run.scriptName() + ": its approved bytes"
                    + " (SHA-256 " + approved.script().sha256() + ") are not the ones the transition queued ("
                    + job.sha256() + "). Run the transition again.");
        }
        Endpoint endpoint;
        try {
            endpoint = ExecuteScripts.executeEndpoint(cmdb, issue, settings);
        } catch (TargetResolutionException e) {
            return notRun(issue, user, run, ExecuteScripts.noEndpoint(issue, settings, e));
        }
        Dialect dialect = Dialect.fromName(endpoint.dataService().engine().name());
        return runner.run(issue, user, settings, endpoint, dialect, approved.script(), copy, run.id());
    }

    /**
     * The issue's runs queued after this one, oldest first, including those asked to stop before they
     * started: the chain reaches them, ends them STOPPED, and goes no further.
     */
    private List<ExecRunRecord> queuedAfter(ExecRunRecord run) {
        return runs.history(run.issueId(), 200).stream()
                .filter(r -> r.id() > run.id() && r.startedAt().isEmpty()
                        && (r.state() == ExecRunState.QUEUED || r.state() == ExecRunState.STOPPING))
                .sorted(Comparator.comparingInt(ExecRunRecord::id)).toList();
    }

    private void queueNext(Issue issue, ApplicationUser user, ExecRunRecord run, String userKey) {
        List<ExecRunRecord> next = queuedAfter(run);
        if (next.isEmpty()) {
            return;
        }
        ExecRunRecord following = next.get(0);
        try {
            scheduler.schedule(new ExecutionJobParameters(following.id(), following.issueId(), following.attachmentId(),
                    following.sha256(), userKey));
        } catch (SchedulerServiceException | RuntimeException e) {
            LOG.error("SQL Audit could not schedule the next script of {}", issue.getKey(), e);
            abandon(issue, user, next, "SQL Audit could not queue " + following.scriptName() + " after "
                    + run.scriptName() + ": " + e.getMessage() + ". Run the transition again to execute the rest.");
        }
    }

    private void abandonQueued(Issue issue, ApplicationUser user, ExecRunRecord run) {
        List<ExecRunRecord> next = queuedAfter(run);
        if (!next.isEmpty()) {
            abandon(issue, user, next, "SQL Audit did not execute " + String.join(", ", next.stream()
                    .map(ExecRunRecord::scriptName).toList()) + ": " + run.scriptName() + " before "
                    + (next.size() == 1 ? "it" : "them") + " did not complete. Run the transition again once it is"
                    + " resolved; completed statements are not run again.");
        }
    }

    private void abandon(Issue issue, ApplicationUser user, List<ExecRunRecord> queued, String message) {
        queued.forEach(r -> runs.finish(r.id(), r.state() == ExecRunState.STOPPING ? ExecRunState.STOPPED
                : ExecRunState.FAILED, message));
        comment(issue, user, message);
    }

    private ScriptRunner.NotRun notRun(Issue issue, ApplicationUser user, ExecRunRecord run, String message) {
        runs.finish(run.id(), ExecRunState.FAILED, message);
        comment(issue, user, message);
        return new ScriptRunner.NotRun(message);
    }

    private void comment(Issue issue, ApplicationUser user, String body) {
        try {
            comments.create(issue, user, body, false);
        } catch (RuntimeException e) {
            LOG.warn("SQL Audit could not comment on {}: {}", issue.getKey(), e.getMessage(), e);
        }
    }
}
