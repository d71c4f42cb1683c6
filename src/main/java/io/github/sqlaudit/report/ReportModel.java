package io.github.sqlaudit.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.sqlaudit.audit.AuditReport;
import io.github.sqlaudit.audit.ScriptReport;
import io.github.sqlaudit.audit.StatementReport;
import io.github.sqlaudit.audit.Verdict;
import io.github.sqlaudit.plan.Explanation;
import io.github.sqlaudit.plan.PlanMetrics;
import io.github.sqlaudit.plan.TableAccess;
import io.github.sqlaudit.rules.NotEvaluated;
import io.github.sqlaudit.rules.Violation;

/**
 * An {@link AuditReport} as plain values (maps, lists, strings, numbers, booleans): what the Velocity
 * templates read (Jira 10's allow-list blocks method calls on our own objects) and what the JSON report
 * is. Its shape is versioned by {@link #SCHEMA_VERSION}; docs/report-json.md describes it.
 */
public final class ReportModel {

    /** Bump when a field changes meaning or disappears; adding fields keeps the version. */
    public static final int SCHEMA_VERSION = 1;

    private ReportModel() {
    }

    public static Map<String, Object> of(AuditReport report) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("schemaVersion", SCHEMA_VERSION);
        model.put("productVersion", report.productVersion());
        model.put("auditedAt", report.auditedAt().toString());
        model.put("verdict", report.verdict().name());
        model.put("lozenge", lozenge(report.verdict()));
        model.put("target", report.target());
        model.put("serverVersion", report.serverVersion());
        model.put("template", report.template());
        model.put("statements", report.statementCount());
        model.put("durationMs", report.duration().toMillis());
        model.put("databaseMs", report.databaseTime().toMillis());
        Map<String, Object> counts = new LinkedHashMap<>();
        report.countsBySeverity().forEach((severity, count) -> counts.put(severity.name(), count));
        model.put("counts", counts);
        List<Object> scripts = new ArrayList<>();
        report.scripts().forEach(script -> scripts.add(script(script)));
        model.put("scripts", scripts);
        return model;
    }

    static Map<String, Object> script(ScriptReport script) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", script.name());
        model.put("sha256", script.sha256());
        model.put("bytes", script.bytes());
        model.put("dialect", script.dialect().name().toLowerCase(Locale.ROOT));
        model.put("verdict", script.verdict().name());
        model.put("lozenge", lozenge(script.verdict()));
        model.put("failure", script.failure().orElse(""));
        model.put("parseFailures", script.parseFailures());
        List<Object> statements = new ArrayList<>();
        script.statements().forEach(statement -> statements.add(statement(statement)));
        model.put("statements", statements);
        List<Object> scriptViolations = new ArrayList<>();
        script.scriptViolations().forEach(v -> scriptViolations.add(violation(v)));
        model.put("scriptViolations", scriptViolations);
        List<Object> notEvaluated = new ArrayList<>();
        for (NotEvaluated rule : script.notEvaluated()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", rule.code());
            item.put("reason", rule.reason());
            notEvaluated.add(item);
        }
        model.put("notEvaluated", notEvaluated);
        return model;
    }

    static Map<String, Object> statement(StatementReport statement) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("index", statement.index());
        model.put("line", statement.startLine());
        model.put("endLine", statement.endLine());
        model.put("kind", statement.kind().name());
        model.put("text", statement.text());
        model.put("ok", statement.syntaxError().isEmpty());
        model.put("error", statement.syntaxError().map(e -> e.describe()).orElse(""));
        model.put("verdict", statement.verdict().name());
        model.put("plan", plan(statement));
        List<Object> violations = new ArrayList<>();
        statement.violations().forEach(v -> violations.add(violation(v)));
        model.put("violations", violations);
        return model;
    }

    /** {@code status}: explained, not-explainable, rejected or none; numbers only when explained. */
    static Map<String, Object> plan(StatementReport statement) {
        Map<String, Object> plan = new LinkedHashMap<>();
        if (statement.explanation().isEmpty()) {
            plan.put("status", "none");
            return plan;
        }
        Explanation explanation = statement.explanation().get();
        if (explanation instanceof Explanation.NotExplainable notExplainable) {
            plan.put("status", "not-explainable");
            plan.put("reason", notExplainable.reason());
        } else if (explanation instanceof Explanation.Rejected rejected) {
            plan.put("status", "rejected");
            plan.put("reason", rejected.message());
        } else if (explanation instanceof Explanation.Explained explained) {
            PlanMetrics metrics = explained.metrics();
            plan.put("status", "explained");
            plan.put("estimatedRows", metrics.estimatedRows().isPresent() ? metrics.estimatedRows().getAsLong() : null);
            plan.put("countedRows", metrics.countedRows().isPresent() ? metrics.countedRows().getAsLong() : null);
            plan.put("cost", metrics.cost().isPresent() ? round(metrics.cost().getAsDouble()) : null);
            plan.put("access", String.join(",", metrics.tables().stream().filter(t -> !t.isInternal())
                    .map(t -> t.accessType().label()).toList()));
            plan.put("keys", String.join(",", metrics.tables().stream().filter(TableAccess::usesIndex)
                    .map(TableAccess::key).toList()));
            plan.put("filesort", metrics.filesort());
            plan.put("temporary", metrics.temporaryTable());
            plan.put("fullScan", metrics.fullTableScan());
            List<String> flags = new ArrayList<>();
            if (metrics.fullTableScan()) {
                flags.add("full scan");
            }
            if (metrics.filesort()) {
                flags.add("filesort");
            }
            if (metrics.temporaryTable()) {
                flags.add("temporary");
            }
            plan.put("flags", String.join(", ", flags));
            List<Object> tables = new ArrayList<>();
            for (TableAccess table : metrics.tables()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("table", table.table());
                item.put("access", table.accessType().label());
                item.put("key", table.key());
                item.put("rows", table.rowsExamined().isPresent() ? table.rowsExamined().getAsLong() : null);
                item.put("filtered", table.filtered());
                tables.add(item);
            }
            plan.put("tables", tables);
        }
        return plan;
    }

    static Map<String, Object> violation(Violation violation) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("code", violation.code());
        model.put("rule", violation.ruleName());
        model.put("severity", violation.severity().name());
        model.put("status", violation.status().name());
        model.put("blocks", violation.blocks());
        model.put("wouldBlock", violation.wouldBlock());
        model.put("line", violation.line());
        model.put("detail", violation.detail());
        model.put("description", violation.description());
        model.put("waivedBy", violation.waiver().map(w -> w.author()).orElse(""));
        model.put("waiverReason", violation.waiver().map(w -> w.reason()).orElse(""));
        return model;
    }

    /** AUI lozenge modifier for a verdict. */
    static String lozenge(Verdict verdict) {
        return switch (verdict) {
            case PASS -> "success";
            case WARN -> "moved";
            case BLOCK -> "error";
        };
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
