package io.github.sqlaudit.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.sqlaudit.plan.Explanation;
import io.github.sqlaudit.rules.Violation;
import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.SyntaxError;

/**
 * One statement of an audited script: where it is, what it is, what the target's optimizer said and
 * which rules it breaks.
 *
 * @param text        the statement's text, cut to {@link #TEXT_LIMIT} characters for reports
 * @param explanation empty when no target was given or the statement is not a query or data change
 */
public record StatementReport(
        int index,
        int startLine,
        int endLine,
        StatementKind kind,
        String text,
        Optional<SyntaxError> syntaxError,
        Optional<Explanation> explanation,
        List<Violation> violations) {

    /** Reports show the start of long statements (a 10 MB INSERT is not worth repeating in full). */
    public static final int TEXT_LIMIT = 2000;

    public StatementReport {
        Objects.requireNonNull(kind, "kind");
        text = text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT) + " ...";
        Objects.requireNonNull(syntaxError, "syntaxError");
        Objects.requireNonNull(explanation, "explanation");
        violations = List.copyOf(violations);
    }

    public Verdict verdict() {
        return Verdict.of(violations);
    }
}
