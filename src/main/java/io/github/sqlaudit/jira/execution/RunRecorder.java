package io.github.sqlaudit.jira.execution;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.sqlaudit.execute.ExecutionListener;
import io.github.sqlaudit.jira.store.ExecRunRepository;

/**
 * Keeps a run's {@code ExecRun} row in step with the executor, for every node to see: progress after
 * committed batches (written at most every {@link #WRITE_EVERY}, and always at the end), the stop request
 * (read from the database at most every {@link #WRITE_EVERY}: it may come from any node), and a heartbeat
 * every {@link #HEARTBEAT} while a long batch or a host step reports nothing (also on the issue's runs
 * queued behind this one), so a row that stops changing means its node is gone.
 */
final class RunRecorder implements ExecutionListener, BooleanSupplier, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunRecorder.class);

    static final Duration WRITE_EVERY = Duration.ofSeconds(1);
    static final Duration HEARTBEAT = Duration.ofSeconds(30);

    private final ExecRunRepository runs;
    private final int runId;
    private final long issueId;
    private final Clock clock;
    private final ScheduledExecutorService heartbeat;
    private Instant lastWrite = Instant.MIN;
    private Instant lastStopCheck = Instant.MIN;
    private boolean stopRequested;

    RunRecorder(ExecRunRepository runs, int runId, long issueId, Clock clock) {
        this.runs = runs;
        this.runId = runId;
        this.issueId = issueId;
        this.clock = clock;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sqlaudit-execution-heartbeat-" + runId);
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public synchronized void progress(int statementsDone, int total, long rowsAffected, Duration elapsed) {
        Instant now = clock.instant();
        if (!now.isBefore(lastWrite.plus(WRITE_EVERY))) {
            runs.progress(runId, statementsDone, total, rowsAffected);
            lastWrite = now;
        }
    }

    /** The executor's stop check, between batches. */
    @Override
    public synchronized boolean getAsBoolean() {
        Instant now = clock.instant();
        if (!stopRequested && !now.isBefore(lastStopCheck.plus(WRITE_EVERY))) {
            stopRequested = runs.stopRequested(runId);
            lastStopCheck = now;
        }
        return stopRequested;
    }

    /** Writes the final counts. */
    synchronized void flush(int statementsDone, int statementsTotal, long rowsAffected) {
        runs.progress(runId, statementsDone, statementsTotal, rowsAffected);
    }

    private void beat() {
        try {
            runs.touch(runId);
            runs.touchQueuedAfter(issueId, runId); // the scripts queued behind this one wait for it
        } catch (RuntimeException e) {
            LOG.warn("SQL Audit could not write the heartbeat of execution run {}: {}", runId, e.getMessage());
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
    }
}
