package io.github.sqlaudit.execute;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of a run as the ticket comment says it: status, totals, rows changed per statement (the
 * first {@link #STATEMENT_LINES}), and the failing statement with its line and the database's error.
 * Plain text; the Jira layer adds nothing but the posting.
 */
public final class ExecutionSummary {

    static final int STATEMENT_LINES = 30;

    private ExecutionSummary() {
    }

    public static String of(String script, String target, ExecutionResult result, List<ExecutionLedger.Entry> ledger) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "SQL Audit executed %s on %s: %s.%n", script, target,
                switch (result.status()) {
                    case COMPLETED -> "completed";
                    case FAILED -> "stopped at a failing statement";
                    case COMPLETED_WITH_FAILURES -> "completed, with failures";
                    case STOPPED -> "stopped on request (run the transition again to resume)";
                }));
        text.append(String.format(Locale.ROOT, "%d of %d statements ran now, %d had run before; %,d rows changed;"
                        + " %d ms.%n", result.executed(), result.total(), result.skipped(), result.rowsAffected(),
                result.duration().toMillis()));
        List<ExecutionLedger.Entry> done = ledger.stream().filter(e -> e.status().equals(ExecutionLedger.DONE)).toList();
        if (!done.isEmpty()) {
            text.append("Rows changed per statement:\n");
            done.stream().limit(STATEMENT_LINES).forEach(e -> text.append(String.format(Locale.ROOT,
                    "  statement %d (line %d): %,d rows%n", e.statementIndex() + 1, e.startLine(), e.rowsAffected())));
            if (done.size() > STATEMENT_LINES) {
                text.append(String.format(Locale.ROOT, "  and %d more statements: see the SQL Audit panel.%n",
                        done.size() - STATEMENT_LINES));
            }
        }
        for (ExecutionResult.Failure failure : result.failures()) {
            text.append("Failed: ").append(failure).append('\n');
        }
        if (result.status() == ExecutionResult.Status.FAILED) {
            text.append("Fix the cause, then run the transition again: execution resumes after the last completed"
                    + " statement.\n");
        }
        return text.toString();
    }
}
