package io.github.sqlaudit.jira.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.sqlaudit.jira.store.ExecRunRecord;
import io.github.sqlaudit.jira.store.ExecRunState;

/** What a run row tells the user: progress, elapsed time, the estimate of the time left, staleness. */
class ExecutionRowsTest {

    static final Instant START = Instant.parse("2026-11-26T14:00:00Z");

    static ExecRunRecord run(ExecRunState state, int done, int total, Instant updated, Optional<Instant> finished) {
        return new ExecRunRecord(1, 42L, "ORD-42", "big.sql", 5L, "ab".repeat(32), state, true, done, total, done,
                START, Optional.of(START), updated, finished, "JIRAUSER1", "Dana", Optional.empty(), Optional.empty(),
                "shop-prod", "{}", "", "");
    }

    @Test
    void aRunningScriptShowsItsProgressAndTheTimeLeftFromItsRate() {
        // 250 of 1000 statements in 60 s, last written 10 s ago: 180 s left at that rate, 170 s from now.
        ExecRunRecord running = run(ExecRunState.RUNNING, 250, 1000, START.plusSeconds(60), Optional.empty());
        Map<String, Object> row = ExecutionRows.row(running, START.plusSeconds(70), true);
        assertThat(row).containsEntry("percent", 25).containsEntry("active", true).containsEntry("stale", false)
                .containsEntry("elapsed", "1 min 10 s").containsEntry("remainingSeconds", 170L)
                .containsEntry("remaining", "2 min 50 s").containsEntry("canStop", true).containsEntry("state", "RUNNING");
    }

    @Test
    void aRunWhoseNodeWentSilentIsStaleNotActiveAndCannotBeStopped() {
        ExecRunRecord silent = run(ExecRunState.RUNNING, 250, 1000, START.plusSeconds(60), Optional.empty());
        Map<String, Object> row = ExecutionRows.row(silent, START.plusSeconds(60).plus(ExecRunRecord.STALE_AFTER)
                .plusSeconds(1), true);
        assertThat(row).containsEntry("state", "STALE").containsEntry("active", false).containsEntry("stale", true)
                .containsEntry("canStop", false).containsEntry("remaining", "");
    }

    @Test
    void aFinishedRunShowsHowLongItTookAndNoEstimate() {
        ExecRunRecord done = run(ExecRunState.COMPLETED, 1000, 1000, START.plusSeconds(3700),
                Optional.of(START.plusSeconds(3700)));
        Map<String, Object> row = ExecutionRows.row(done, START.plus(Duration.ofDays(1)), true);
        assertThat(row).containsEntry("elapsed", "1 h 01 min").containsEntry("remaining", "")
                .containsEntry("percent", 100).containsEntry("canStop", false).containsEntry("lozenge", "success");
    }
}
