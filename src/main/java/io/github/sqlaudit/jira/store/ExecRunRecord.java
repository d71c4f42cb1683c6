package io.github.sqlaudit.jira.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A stored execution run as plain values. */
public record ExecRunRecord(
        int id,
        long issueId,
        String issueKey,
        String scriptName,
        long attachmentId,
        String sha256,
        ExecRunState state,
        boolean background,
        int statementsDone,
        int statementsTotal,
        long rowsAffected,
        Instant queuedAt,
        Optional<Instant> startedAt,
        Instant updatedAt,
        Optional<Instant> finishedAt,
        String userKey,
        String userName,
        Optional<String> stopRequestedBy,
        Optional<Instant> stopRequestedAt,
        String target,
        String settings,
        String errorSummary,
        String hostOutput) {

    /**
     * An active run silent for this long belongs to a node that stopped (the running node writes at least
     * every 30 s, see the execute post-function's RunRecorder); its cluster lock is gone with the node, and the next transition resumes it.
     */
    public static final Duration STALE_AFTER = Duration.ofMinutes(3);

    public boolean stale(Instant now) {
        return state.active() && updatedAt.plus(STALE_AFTER).isBefore(now);
    }

    public boolean stopRequested() {
        return stopRequestedAt.isPresent();
    }
}
