package io.github.sqlaudit.jira.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The audit result as a Jira comment (wiki markup): the verdict, counts by severity, the top findings and a
 * pointer to the panel. Text from scripts and rules is escaped, so a file name like {@code a*b*.sql} or a
 * detail with braces cannot turn into markup. Reads the report's plain model, like the panel.
 */
public final class AuditComment {

    static final int TOP = 5;

    private AuditComment() {
    }

    public static String of(Map<String, Object> report, boolean blocked) {
        Map<String, Object> counts = map(report.get("counts"));
        List<Map<String, Object>> scripts = maps(report.get("scripts"));
        StringBuilder text = new StringBuilder();
        text.append("*SQL Audit: ").append(report.get("verdict")).append('*')
                .append(blocked ? " (transition blocked)" : "").append('\n');
        text.append(whole(report.get("statements"))).append(" statements in ").append(scripts.size())
                .append(scripts.size() == 1 ? " script" : " scripts").append(": ")
                .append(whole(counts.get("ERROR"))).append(" errors, ")
                .append(whole(counts.get("WARN"))).append(" warnings, ")
                .append(whole(counts.get("INFO"))).append(" notes (template ")
                .append(escape(String.valueOf(report.get("template")))).append(", target ")
                .append(escape(String.valueOf(report.get("target")))).append(")\n");
        List<String> top = new ArrayList<>();
        for (Map<String, Object> script : scripts) {
            String failure = String.valueOf(script.getOrDefault("failure", ""));
            if (!failure.isEmpty()) {
                top.add("* " + escape(failure));
            }
        }
        for (String severity : List.of("ERROR", "WARN")) {
            for (Map<String, Object> script : scripts) {
                List<Map<String, Object>> violations = new ArrayList<>();
                maps(script.get("statements")).forEach(s -> violations.addAll(maps(s.get("violations"))));
                violations.addAll(maps(script.get("scriptViolations")));
                for (Map<String, Object> violation : violations) {
                    if ("ENFORCED".equals(violation.get("status")) && severity.equals(violation.get("severity"))) {
                        top.add("* " + severity + " " + escape(String.valueOf(script.get("name"))) + ":"
                                + whole(violation.get("line")) + " " + violation.get("code") + " "
                                + escape(String.valueOf(violation.get("detail"))));
                    }
                }
            }
        }
        top.stream().limit(TOP).forEach(line -> text.append(line).append('\n'));
        if (top.size() > TOP) {
            text.append("and ").append(top.size() - TOP).append(" more.\n");
        }
        text.append("Details per statement (plan metrics, rules, fixes) are in the SQL Audit panel of this issue.");
        return text.toString();
    }

    /** An audit that could not run (no target, target down ...) as a comment. */
    public static String failed(String failure) {
        return "*SQL Audit could not run* (transition blocked)\n" + escape(failure)
                + "\nThe SQL Audit panel of this issue shows the audit history.";
    }

    /** Escapes Jira wiki markup characters with a backslash; whitespace runs become one space. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
            if ("*_+^~{}[]|!#\\".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String whole(Object number) {
        return number instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(number);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object list) {
        return list instanceof List<?> items ? (List<Map<String, Object>>) items : List.of();
    }
}
