package io.github.sqlaudit.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AuditCommentTest {

    static Map<String, Object> violation(String severity, String code, int line, String detail) {
        return Map.of("code", code, "severity", severity, "status", "ENFORCED", "line", line, "detail", detail,
                "description", "fix it");
    }

    static Map<String, Object> report(List<Map<String, Object>> violations) {
        Map<String, Object> statement = Map.of("violations", violations);
        Map<String, Object> script = Map.of("name", "a*b*.sql", "failure", "", "statements", List.of(statement),
                "scriptViolations", List.of());
        return Map.of("verdict", "BLOCK", "statements", 1, "template", "default", "target", "jdbc:mysql://db/shop",
                "counts", Map.of("ERROR", violations.size(), "WARN", 0, "INFO", 0), "scripts", List.of(script));
    }

    @Test
    void showsVerdictCountsTopFindingsAndThePanel() {
        List<Map<String, Object>> violations = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            violations.add(violation("ERROR", "DML-001", i, "DELETE without WHERE"));
        }
        String comment = AuditComment.of(report(violations), true);
        assertThat(comment).startsWith("*SQL Audit: BLOCK* (transition blocked)\n1 statements in 1 script: 7 errors");
        assertThat(comment.lines().filter(l -> l.startsWith("* ERROR"))).hasSize(AuditComment.TOP);
        assertThat(comment).contains("and 2 more.").endsWith("in the SQL Audit panel of this issue.");
    }

    @Test
    void markupInFileNamesAndDetailsIsEscaped() {
        String comment = AuditComment.of(report(List.of(violation("ERROR", "X-1", 3, "uses {code} and [link|http://x]"))), true);
        assertThat(comment).contains("a\\*b\\*.sql:3").contains("uses \\{code\\} and \\[link\\|http://x\\]");
    }
}
