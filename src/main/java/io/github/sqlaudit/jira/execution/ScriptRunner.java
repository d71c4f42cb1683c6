package io.github.sqlaudit.jira.execution;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.CommentManager;
import com.atlassian.jira.user.ApplicationUser;

import io.github.sqlaudit.cmdb.CmdbRepository;
import io.github.sqlaudit.cmdb.Credential;
import io.github.sqlaudit.cmdb.Endpoint;
import io.github.sqlaudit.cmdb.Secret;
import io.github.sqlaudit.cmdb.TargetResolutionException;
import io.github.sqlaudit.execute.ApprovedScript;
import io.github.sqlaudit.execute.ExecutableStatements;
import io.github.sqlaudit.execute.ExecutionLedger;
import io.github.sqlaudit.execute.ExecutionLock;
import io.github.sqlaudit.execute.ExecutionRefusedException;
import io.github.sqlaudit.execute.ExecutionResult;
import io.github.sqlaudit.execute.ExecutionSummary;
import io.github.sqlaudit.execute.RemoteCommand;
import io.github.sqlaudit.execute.RemoteCommandException;
import io.github.sqlaudit.execute.ScriptChangedException;
import io.github.sqlaudit.execute.ScriptExecutor;
import io.github.sqlaudit.jira.store.ExecRunRepository;
import io.github.sqlaudit.jira.store.ExecRunState;
import io.github.sqlaudit.sql.Dialect;

/**
 * Runs one approved script for an issue, in the transition or in the background job, and keeps its
 * {@code ExecRun} row and the ticket informed: the cluster lock per issue and script, a stop requested
 * before it started, the SSH pre step (if it fails, the script does not run), the executor with the row's
 * progress and stop check, the post step after a completed run, and one comment with the outcome.
 */
public final class ScriptRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScriptRunner.class);
    /** Per stream of a host step, in the comment; the run row keeps more. */
    static final int COMMENT_OUTPUT = 2000;

    /** How a run ended. */
    sealed interface Outcome {
        String message();
    }

    /** The executor ran (whatever the status); the comment has the summary. */
    record Ran(ExecuteScripts.ScriptRun run, String message) implements Outcome {
        /** Every statement has run, or was recorded as failed when the settings say go on. */
        boolean completed() {
            return run.result().status() == ExecutionResult.Status.COMPLETED
                    || run.result().status() == ExecutionResult.Status.COMPLETED_WITH_FAILURES;
        }
    }

    /** Nothing of the script ran (locked, refused, pre step failed, no connection before the first batch ...). */
    record NotRun(String message) implements Outcome {
    }

    /** Nothing to do: the background job found its run already started or ended (a second delivery). */
    record Skipped(String message) implements Outcome {
    }

    private final ExecRunRepository runs;
    private final CmdbRepository cmdb;
    private final ExecutionLock lock;
    private final ExecuteConnections connections;
    private final CommentManager comments;
    private final Clock clock;

    public ScriptRunner(ExecRunRepository runs, CmdbRepository cmdb, ExecutionLock lock, ExecuteConnections connections,
            CommentManager comments, Clock clock) {
        this.runs = runs;
        this.cmdb = cmdb;
        this.lock = lock;
        this.connections = connections;
        this.comments = comments;
        this.clock = clock;
    }

    Outcome run(Issue issue, ApplicationUser user, ExecutionSettings settings, Endpoint endpoint, Dialect dialect,
            ApprovedScript script, Path copy, int runId) {
        String where = where(endpoint);
        Optional<ExecutionLock.Lease> lease = lock.tryAcquire(ExecutionLock.key(issue.getKey(), script.sha256()));
        if (lease.isEmpty()) {
            return notRun(issue, user, runId, ExecRunState.FAILED, "SQL Audit did not execute " + script.name()
                    + ": it is being executed right now by another transition of " + issue.getKey() + " (on this or"
                    + " another Jira node). Try again when that run has finished; it resumes where it stopped.");
        }
        try (ExecutionLock.Lease held = lease.get(); RunRecorder recorder = new RunRecorder(runs, runId, issue.getId(), clock)) {
            if (recorder.getAsBoolean()) {
                return notRun(issue, user, runId, ExecRunState.STOPPED, "SQL Audit did not execute " + script.name()
                        + ": a stop was requested before it started. Run the transition again to execute it.");
            }
            StringBuilder hostOutput = new StringBuilder();
            if (settings.hostSteps().pre().isPresent()) {
                Optional<String> failure = hostStep("pre", settings.hostSteps().pre().get(), endpoint, settings.hostSteps(),
                        runId, hostOutput);
                if (failure.isPresent()) {
                    return notRun(issue, user, runId, ExecRunState.FAILED, "SQL Audit did not execute " + script.name()
                            + " on " + where + ": the pre command failed, so the script did not run: " + failure.get()
                            + hostOutput);
                }
            }
            ExecutionResult result;
            String summary;
            try (Connection connection = open(endpoint)) {
                script.verify(copy); // the bytes about to run are still the reviewed ones
                ExecutionLedger ledger = new ExecutionLedger();
                result = new ScriptExecutor(ledger, clock).execute(connection, script,
                        ExecutableStatements.of(copy, dialect), settings.options(user == null ? "" : user.getKey()),
                        recorder, recorder);
                recorder.flush(result.executed() + result.skipped(), result.total(), result.rowsAffected());
                summary = ExecutionSummary.of(script.name(), where, result, ledger.entries(connection, script.sha256()));
            } catch (ExecutionRefusedException | ScriptChangedException e) {
                return notRun(issue, user, runId, ExecRunState.FAILED, "SQL Audit did not execute " + script.name()
                        + ": " + e.getMessage());
            } catch (SQLException | TargetResolutionException e) {
                LOG.warn("SQL Audit: executing {} of {} on {} failed", script.name(), issue.getKey(), where, e);
                return notRun(issue, user, runId, ExecRunState.FAILED, "SQL Audit could not execute " + script.name()
                        + " on " + where + ": " + e.getMessage() + ". What committed before is recorded in the ledger;"
                        + " run the transition again to resume.");
            } catch (IOException e) {
                return notRun(issue, user, runId, ExecRunState.FAILED, "SQL Audit could not read its copy of "
                        + script.name() + ": " + e.getMessage());
            }
            String postFailure = "";
            boolean completed = result.status() == ExecutionResult.Status.COMPLETED
                    || result.status() == ExecutionResult.Status.COMPLETED_WITH_FAILURES;
            if (completed && settings.hostSteps().post().isPresent()) { // not after a stop or a failure
                postFailure = hostStep("post", settings.hostSteps().post().get(), endpoint, settings.hostSteps(), runId,
                        hostOutput).map(f -> "The post command failed (the script's changes stay): " + f + "\n").orElse("");
            }
            String body = summary + postFailure + hostOutput;
            ExecRunState state = switch (result.status()) {
                case COMPLETED -> ExecRunState.COMPLETED;
                case STOPPED -> ExecRunState.STOPPED;
                case FAILED, COMPLETED_WITH_FAILURES -> ExecRunState.FAILED;
            };
            String error = result.firstFailure().map(Object::toString).orElse("") + postFailure;
            runs.finish(runId, state, error);
            comment(issue, user, body);
            return new Ran(new ExecuteScripts.ScriptRun(script.name(), script.sha256(), result), body);
        } catch (RuntimeException e) {
            runs.finish(runId, ExecRunState.FAILED, "SQL Audit failed while executing " + script.name() + ": " + e);
            throw e;
        }
    }

    /** Runs a host step, records its output; empty when it succeeded, else why it did not. */
    private Optional<String> hostStep(String which, String command, Endpoint endpoint, HostSteps steps, int runId,
            StringBuilder hostOutput) {
        try {
            RemoteCommand.Result result = new RemoteCommand(HostStepTarget.of(cmdb, endpoint, steps)).run(command);
            String record = "[" + which + "] " + command + " -> exit " + result.exitStatus() + " ("
                    + result.duration().toMillis() + " ms)\n" + section("stdout", result.stdout(), Integer.MAX_VALUE)
                    + section("stderr", result.stderr(), Integer.MAX_VALUE);
            runs.hostOutput(runId, record);
            hostOutput.append("\n[").append(which).append("] ").append(command).append(" -> exit ")
                    .append(result.exitStatus()).append('\n').append(section("stdout", result.stdout(), COMMENT_OUTPUT))
                    .append(section("stderr", result.stderr(), COMMENT_OUTPUT));
            return result.succeeded() ? Optional.empty() : Optional.of("'" + command + "' exited with "
                    + result.exitStatus() + ".");
        } catch (RemoteCommandException e) {
            runs.hostOutput(runId, "[" + which + "] " + command + " -> not run: " + e.getMessage() + "\n");
            return Optional.of(e.getMessage() + ".");
        }
    }

    private static String section(String name, String text, int limit) {
        if (text.isEmpty()) {
            return "";
        }
        String kept = text.length() <= limit ? text : text.substring(0, limit) + "\n[... " + (text.length() - limit)
                + " more characters in the SQL Audit panel's run record]";
        return name + ":\n" + kept + (kept.endsWith("\n") ? "" : "\n");
    }

    private NotRun notRun(Issue issue, ApplicationUser user, int runId, ExecRunState state, String message) {
        runs.finish(runId, state, message);
        comment(issue, user, message);
        return new NotRun(message);
    }

    static String where(Endpoint endpoint) {
        return endpoint.dataService().name() + " (" + endpoint.connection().host() + ":" + endpoint.connection().port() + ")";
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

    void comment(Issue issue, ApplicationUser user, String body) {
        try {
            comments.create(issue, user, body, false);
        } catch (RuntimeException e) {
            LOG.warn("SQL Audit could not comment on {}: {}", issue.getKey(), e.getMessage(), e);
        }
    }
}
