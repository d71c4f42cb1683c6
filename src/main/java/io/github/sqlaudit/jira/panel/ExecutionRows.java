package io.github.sqlaudit.jira.panel;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.sqlaudit.execute.ExecutionProgress;
import io.github.sqlaudit.jira.store.ExecRunRecord;
import io.github.sqlaudit.jira.store.ExecRunState;

/**
 * An execution run as the panel and {@code GET /executions} show it, in plain values: state, statements
 * done of total, rows changed, elapsed time and the estimated time left ({@link ExecutionProgress}'s
 * estimate at the run's last update, less the time since), who ran and who stopped it. A run whose node
 * went silent is {@code stale}, not active: no one should wait for it.
 */
public final class ExecutionRows {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ExecutionRows() {
    }

    public static List<Map<String, Object>> of(List<ExecRunRecord> runs, Instant now, boolean canStop) {
        return runs.stream().map(run -> row(run, now, canStop)).toList();
    }

    public static Map<String, Object> row(ExecRunRecord run, Instant now, boolean canStop) {
        boolean stale = run.stale(now);
        boolean active = run.state().active() && !stale;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", run.id());
        row.put("script", run.scriptName());
        row.put("sha256", run.sha256());
        row.put("state", stale ? "STALE" : run.state().name());
        row.put("lozenge", lozenge(run.state(), stale));
        row.put("active", active);
        row.put("stale", stale);
        row.put("background", run.background());
        row.put("done", run.statementsDone());
        row.put("total", run.statementsTotal());
        row.put("percent", run.statementsTotal() == 0 ? (run.state() == ExecRunState.COMPLETED ? 100 : 0)
                : (int) (100L * run.statementsDone() / run.statementsTotal()));
        row.put("rows", run.rowsAffected());
        row.put("queued", WHEN.format(run.queuedAt()));
        row.put("started", run.startedAt().map(WHEN::format).orElse(""));
        row.put("finished", run.finishedAt().map(WHEN::format).orElse(""));
        Duration elapsed = run.startedAt().map(start -> Duration.between(start, run.finishedAt()
                .orElse(active ? now : run.updatedAt()))).orElse(Duration.ZERO);
        row.put("elapsedSeconds", Math.max(0, elapsed.toSeconds()));
        row.put("elapsed", run.startedAt().isPresent() ? text(elapsed) : "");
        Optional<Duration> left = active ? remaining(run, now) : Optional.empty();
        row.put("remainingSeconds", left.map(Duration::toSeconds).orElse(-1L));
        row.put("remaining", left.map(ExecutionRows::text).orElse(""));
        row.put("by", run.userName().isEmpty() ? run.userKey() : run.userName());
        row.put("target", run.target());
        row.put("stopRequestedBy", run.stopRequestedBy().orElse(""));
        row.put("canStop", canStop && active && !run.stopRequested());
        row.put("error", run.errorSummary());
        row.put("hostOutput", run.hostOutput());
        return row;
    }

    /** The executor's estimate when the row was last written, less the time since. */
    static Optional<Duration> remaining(ExecRunRecord run, Instant now) {
        if (run.startedAt().isEmpty() || run.statementsDone() == 0) {
            return Optional.empty();
        }
        ExecutionProgress progress = new ExecutionProgress();
        progress.progress(run.statementsDone(), run.statementsTotal(), run.rowsAffected(),
                Duration.between(run.startedAt().get(), run.updatedAt()));
        Duration sinceUpdate = Duration.between(run.updatedAt(), now);
        return progress.snapshot().remaining().map(left -> left.minus(sinceUpdate).isNegative() ? Duration.ZERO
                : left.minus(sinceUpdate));
    }

    static String text(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }

    private static String lozenge(ExecRunState state, boolean stale) {
        if (stale) {
            return "removed";
        }
        return switch (state) {
            case COMPLETED -> "success";
            case FAILED -> "error";
            case STOPPED, STOPPING -> "moved";
            case QUEUED, RUNNING -> "current";
        };
    }
}
