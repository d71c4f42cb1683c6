package io.github.sqlaudit.jira.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The execution runs in Active Objects ({@link ExecRun}). Every write is its own short transaction and
 * every read goes to the database (no state kept in this node), so several nodes can write and watch the
 * same run: one runs it, any can request a stop or show the progress.
 */
public final class ExecRunRepository {

    /** Error summaries and host output beyond this are cut: a comment-sized record, not a log file. */
    static final int MAX_TEXT = 64 * 1024;

    private final ActiveObjects ao;
    private final Clock clock;

    public ExecRunRepository(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    /** What is known when a run is created. */
    public record NewRun(long issueId, String issueKey, String scriptName, long attachmentId, String sha256,
                         boolean background, String userKey, String userName, String target, String settings) {
    }

    /** Writes a run in its first state: QUEUED for a background job, RUNNING for a run in the transition. */
    public ExecRunRecord create(NewRun run, ExecRunState state) {
        if (state != ExecRunState.QUEUED && state != ExecRunState.RUNNING) {
            throw new IllegalArgumentException("a run starts QUEUED or RUNNING, not " + state);
        }
        Date now = now();
        return ao.executeInTransaction(() -> {
            ExecRun row = ao.create(ExecRun.class,
                    new DBParam("ISSUE_ID", run.issueId()),
                    new DBParam("ISSUE_KEY", run.issueKey()),
                    new DBParam("SCRIPT_NAME", cut(run.scriptName(), 255)),
                    new DBParam("SHA256", run.sha256()),
                    new DBParam("STATE", state.name()),
                    new DBParam("QUEUED_AT", now),
                    new DBParam("UPDATED_AT", now));
            row.setAttachmentId(run.attachmentId());
            row.setBackground(run.background());
            row.setUserKey(run.userKey());
            row.setUserName(cut(run.userName(), 255));
            row.setTarget(cut(run.target(), 450));
            row.setSettings(run.settings());
            if (state == ExecRunState.RUNNING) {
                row.setStartedAt(now);
            }
            row.save();
            return record(row);
        });
    }

    /** A queued run's job has started on some node (a stop requested meanwhile keeps it STOPPING). */
    public void started(int id) {
        update(id, row -> {
            if (ExecRunState.valueOf(row.getState()) == ExecRunState.QUEUED) {
                row.setState(ExecRunState.RUNNING.name());
            }
            row.setStartedAt(now());
        });
    }

    /** Where the executor is; the state is left alone (a stop request may have made it STOPPING). */
    public void progress(int id, int done, int total, long rows) {
        update(id, row -> {
            row.setStatementsDone(done);
            row.setStatementsTotal(total);
            row.setRowsAffected(rows);
        });
    }

    /** The running node is alive (a heartbeat while a long batch or host step gives no progress). */
    public void touch(int id) {
        update(id, row -> { });
    }

    /**
     * The issue's runs queued after {@code runId} are still waiting for it, not abandoned: they are written
     * with the running one's heartbeat, so they turn stale only if its node dies.
     */
    public void touchQueuedAfter(long issueId, int runId) {
        ao.executeInTransaction(() -> {
            Date now = now();
            for (ExecRun row : ao.find(ExecRun.class, Query.select().where("ISSUE_ID = ? AND ID > ? AND STARTED_AT IS NULL"
                    + " AND STATE IN (?, ?)", issueId, runId, ExecRunState.QUEUED.name(), ExecRunState.STOPPING.name()))) {
                row.setUpdatedAt(now);
                row.save();
            }
            return null;
        });
    }

    /** Adds what a host step printed. */
    public void hostOutput(int id, String output) {
        update(id, row -> row.setHostOutput(cut(text(row.getHostOutput()) + output, MAX_TEXT)));
    }

    /** The run ended. */
    public void finish(int id, ExecRunState state, String errorSummary) {
        if (state.active()) {
            throw new IllegalArgumentException("a run cannot finish " + state);
        }
        update(id, row -> {
            row.setState(state.name());
            row.setFinishedAt(now());
            row.setErrorSummary(cut(errorSummary == null ? "" : errorSummary, MAX_TEXT));
        });
    }

    /**
     * Records a stop request on an active run; the running node sees it at its next check and ends after
     * the current batch. A run that has already ended is returned unchanged.
     */
    public Optional<ExecRunRecord> requestStop(int id, String userKey) {
        return ao.executeInTransaction(() -> {
            // The condition is the database's, not this node's cached copy: a run another node has just
            // finished is not turned back into STOPPING.
            ExecRun[] active = ao.find(ExecRun.class, Query.select().where("ID = ? AND STOP_REQUESTED_AT IS NULL"
                    + " AND STATE IN (?, ?)", id, ExecRunState.QUEUED.name(), ExecRunState.RUNNING.name()));
            if (active.length == 1) {
                Date now = now();
                ExecRun row = active[0];
                row.setStopRequestedBy(userKey);
                row.setStopRequestedAt(now);
                row.setState(ExecRunState.STOPPING.name());
                row.setUpdatedAt(now);
                row.save();
            }
            return find(id);
        });
    }

    /** Read from the database each time: the request may come from another node. */
    public boolean stopRequested(int id) {
        return ao.count(ExecRun.class, Query.select().where("ID = ? AND STOP_REQUESTED_AT IS NOT NULL", id)) > 0;
    }

    public Optional<ExecRunRecord> find(int id) {
        ExecRun[] rows = ao.find(ExecRun.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(record(rows[0]));
    }

    /** The issue's runs, newest first. */
    public List<ExecRunRecord> history(long issueId, int limit) {
        List<ExecRunRecord> runs = new ArrayList<>();
        for (ExecRun row : ao.find(ExecRun.class, Query.select().where("ISSUE_ID = ?", issueId).order("ID DESC").limit(limit))) {
            runs.add(record(row));
        }
        return runs;
    }

    /** The newest run of each script of the issue (by name), newest script first. */
    public List<ExecRunRecord> latestPerScript(long issueId, int scanned) {
        Map<String, ExecRunRecord> latest = new LinkedHashMap<>();
        for (ExecRunRecord run : history(issueId, scanned)) {
            latest.putIfAbsent(run.scriptName(), run);
        }
        return List.copyOf(latest.values());
    }

    private void update(int id, java.util.function.Consumer<ExecRun> change) {
        ao.executeInTransaction(() -> {
            // Read fresh (another node may have written since this node cached the row); save() writes only
            // the columns changed here.
            ExecRun[] rows = ao.find(ExecRun.class, Query.select().where("ID = ?", id));
            if (rows.length == 0) {
                throw new IllegalStateException("execution run " + id + " is not in the database");
            }
            ExecRun row = rows[0];
            change.accept(row);
            row.setUpdatedAt(now());
            row.save();
            return null;
        });
    }

    private Date now() {
        return Date.from(clock.instant());
    }

    private static ExecRunRecord record(ExecRun row) {
        return new ExecRunRecord(row.getID(), row.getIssueId(), row.getIssueKey(), row.getScriptName(),
                row.getAttachmentId(), row.getSha256(), ExecRunState.valueOf(row.getState()), row.getBackground(),
                row.getStatementsDone(), row.getStatementsTotal(), row.getRowsAffected(), row.getQueuedAt().toInstant(),
                instant(row.getStartedAt()), row.getUpdatedAt().toInstant(), instant(row.getFinishedAt()),
                text(row.getUserKey()), text(row.getUserName()), Optional.ofNullable(row.getStopRequestedBy()),
                instant(row.getStopRequestedAt()), text(row.getTarget()), text(row.getSettings()),
                text(row.getErrorSummary()), text(row.getHostOutput()));
    }

    private static Optional<Instant> instant(Date date) {
        return Optional.ofNullable(date).map(Date::toInstant);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String cut(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() <= max ? value : value.substring(0, max - 3) + "...";
    }
}
