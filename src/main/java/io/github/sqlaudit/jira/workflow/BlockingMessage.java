package io.github.sqlaudit.jira.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.sqlaudit.rules.Severity;

/**
 * The text of a refused transition: a first line saying why, then one line per blocking finding,
 * {@code file:line  CODE  detail Fix: ...}, capped so the dialog stays readable, with "and N more: see the
 * SQL Audit panel" for the rest. Reads the report's plain model ({@code ReportModel}), so a freshly made
 * report and a stored one (a finished background audit) give the same message.
 */
public final class BlockingMessage {

    public static final int DEFAULT_CAP = 10;

    private final int cap;

    public BlockingMessage(int cap) {
        this.cap = cap;
    }

    /** Whether the report blocks under the settings' threshold. */
    public static boolean blocks(Map<String, Object> report, Severity blockOn) {
        return !blockingLines(report, blockOn).isEmpty();
    }

    /** The message, or empty text when nothing blocks. */
    public String build(Map<String, Object> report, Severity blockOn) {
        List<String> lines = blockingLines(report, blockOn);
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder message = new StringBuilder("SQL Audit blocked this transition: ")
                .append(lines.size()).append(lines.size() == 1 ? " finding" : " findings")
                .append(blockOn == Severity.WARN ? " at WARN or ERROR" : " at ERROR")
                .append(" (template '").append(report.get("template")).append("', target ").append(report.get("target"))
                .append(").");
        lines.stream().limit(cap).forEach(line -> message.append('\n').append(line));
        if (lines.size() > cap) {
            message.append("\nand ").append(lines.size() - cap).append(" more: see the SQL Audit panel");
        }
        return message.toString();
    }

    private static List<String> blockingLines(Map<String, Object> report, Severity blockOn) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> script : maps(report.get("scripts"))) {
            String name = String.valueOf(script.get("name"));
            String failure = String.valueOf(script.getOrDefault("failure", ""));
            if (!failure.isEmpty()) {
                lines.add(failure);
            }
            for (Map<String, Object> statement : maps(script.get("statements"))) {
                addBlocking(lines, name, maps(statement.get("violations")), blockOn);
            }
            addBlocking(lines, name, maps(script.get("scriptViolations")), blockOn);
        }
        return lines;
    }

    private static void addBlocking(List<String> lines, String script, List<Map<String, Object>> violations,
                                    Severity blockOn) {
        for (Map<String, Object> violation : violations) {
            if (isBlocking(String.valueOf(violation.get("status")), String.valueOf(violation.get("severity")), blockOn)) {
                String fix = oneLine(String.valueOf(violation.getOrDefault("description", "")));
                lines.add(script + ":" + whole(violation.get("line")) + "  " + violation.get("code") + "  "
                        + oneLine(String.valueOf(violation.get("detail"))) + (fix.isEmpty() ? "" : " Fix: " + fix));
            }
        }
    }

    static boolean isBlocking(String status, String severity, Severity blockOn) {
        if (!status.equals("ENFORCED")) {
            return false;
        }
        return severity.equals("ERROR") || (blockOn == Severity.WARN && severity.equals("WARN"));
    }

    /** Numbers read back from JSON may be doubles; lines are whole. */
    private static String whole(Object number) {
        return number instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(number);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object list) {
        return list instanceof List<?> items ? (List<Map<String, Object>>) items : List.of();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
