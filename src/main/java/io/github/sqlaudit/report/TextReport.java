package io.github.sqlaudit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.sqlaudit.audit.AuditReport;
import io.github.sqlaudit.audit.ScriptReport;
import io.github.sqlaudit.audit.StatementReport;
import io.github.sqlaudit.plan.Explanation;
import io.github.sqlaudit.plan.PlanMetrics;
import io.github.sqlaudit.plan.TableAccess;
import io.github.sqlaudit.rules.NotEvaluated;
import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.rules.Violation;

/**
 * The audit report for a terminal: per script an aligned table of the statements (line, kind, rows,
 * cost, access, index, flags) with each statement's violations under it, then the verdict.
 */
public final class TextReport {

    private static final String ROW = "%6s  %-14s %12s %10s  %-12s %-24s %s%n";

    public String render(AuditReport report) {
        StringBuilder out = new StringBuilder();
        for (ScriptReport script : report.scripts()) {
            out.append(String.format(Locale.ROOT, "%s  [%s, %,d bytes, SHA-256 %s]%n", script.name(),
                    script.dialect().name().toLowerCase(Locale.ROOT), script.bytes(), abbreviate(script.sha256(), 12)));
            script.failure().ifPresent(f -> out.append("  CANNOT AUDIT: ").append(f).append('\n'));
            out.append(String.format(Locale.ROOT, ROW, "LINE", "KIND", "ROWS(EST)", "COST", "ACCESS", "INDEX", "FLAGS"));
            for (StatementReport statement : script.statements()) {
                row(out, statement);
                statement.syntaxError().ifPresent(e -> out.append("        SYNTAX  ").append(e.describe()).append('\n'));
                for (Violation violation : statement.violations()) {
                    out.append("        ").append(violationLine(violation)).append('\n');
                }
            }
            for (Violation violation : script.scriptViolations()) {
                out.append("  script  ").append(violationLine(violation)).append('\n');
            }
            if (!script.notEvaluated().isEmpty()) {
                out.append("  not evaluated: ").append(String.join(", ",
                        script.notEvaluated().stream().map(NotEvaluated::code).toList()))
                        .append(" (").append(script.notEvaluated().get(0).reason()).append(")\n");
            }
            out.append(String.format(Locale.ROOT, "  => %s%n%n", script.verdict()));
        }
        var counts = report.countsBySeverity();
        out.append(String.format(Locale.ROOT, "%s: %d statements in %d scripts; %d errors, %d warnings, %d notes;"
                        + " target %s%s; template %s; %d ms (%d ms in the database)%n",
                report.verdict(), report.statementCount(), report.scripts().size(), counts.get(Severity.ERROR),
                counts.get(Severity.WARN), counts.get(Severity.INFO), report.target(),
                report.serverVersion().isEmpty() ? "" : " (" + report.serverVersion() + ")", report.template(),
                report.duration().toMillis(), report.databaseTime().toMillis()));
        return out.toString();
    }

    private static void row(StringBuilder out, StatementReport statement) {
        String rows = "";
        String cost = "";
        String access = "";
        String key = "";
        List<String> flags = new ArrayList<>();
        if (statement.explanation().isPresent()) {
            Explanation explanation = statement.explanation().get();
            if (explanation instanceof Explanation.Explained explained) {
                PlanMetrics metrics = explained.metrics();
                rows = metrics.estimatedRows().isPresent()
                        ? String.format(Locale.ROOT, "%,d", metrics.estimatedRows().getAsLong()) : "?";
                cost = metrics.cost().isPresent() ? String.format(Locale.ROOT, "%.2f", metrics.cost().getAsDouble()) : "-";
                access = String.join(",", metrics.tables().stream().filter(t -> !t.isInternal())
                        .map(t -> t.accessType().label()).toList());
                key = String.join(",", metrics.tables().stream().filter(TableAccess::usesIndex).map(TableAccess::key)
                        .toList());
                metrics.countedRows().ifPresent(counted -> flags.add(String.format(Locale.ROOT, "counted %,d", counted)));
                if (metrics.fullTableScan()) {
                    flags.add("full-scan");
                }
                if (metrics.filesort()) {
                    flags.add("filesort");
                }
                if (metrics.temporaryTable()) {
                    flags.add("temporary");
                }
            } else if (explanation instanceof Explanation.NotExplainable notExplainable) {
                flags.add("not explainable: " + notExplainable.reason());
            } else if (explanation instanceof Explanation.Rejected rejected) {
                flags.add("rejected by the target: " + rejected.message());
            }
        }
        out.append(String.format(Locale.ROOT, ROW, statement.startLine(), statement.kind(), rows, cost,
                abbreviate(access, 12), abbreviate(key, 24), String.join(" ", flags)));
    }

    static String violationLine(Violation violation) {
        String marker = switch (violation.status()) {
            case ENFORCED -> "";
            case SHADOW -> violation.wouldBlock() ? " [shadow: would block]" : " [shadow]";
            case WAIVED -> " [waived by " + violation.waiver().map(w -> w.author()).orElse("?") + "]";
        };
        return String.format(Locale.ROOT, "%-5s %-8s %s%s  Fix: %s", violation.severity(), violation.code(),
                violation.detail(), marker, violation.description());
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}
