package io.github.sqlaudit.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.sqlaudit.rules.NotEvaluated;
import io.github.sqlaudit.rules.Violation;
import io.github.sqlaudit.sql.Dialect;

/**
 * One audited script.
 *
 * @param sha256          of the exact bytes audited: the executor runs only bytes with this hash
 * @param statements      every statement, in order
 * @param scriptViolations what only the whole script shows (statement counts, DDL and DML mixed ...)
 * @param notEvaluated    rules that could not run (no target, ...), never counted as passed
 * @param failure         a script that could not be read to the end (bad encoding ...): blocks
 */
public record ScriptReport(
        String name,
        String sha256,
        long bytes,
        Dialect dialect,
        List<StatementReport> statements,
        List<Violation> scriptViolations,
        List<NotEvaluated> notEvaluated,
        Optional<String> failure) {

    public ScriptReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(dialect, "dialect");
        statements = List.copyOf(statements);
        scriptViolations = List.copyOf(scriptViolations);
        notEvaluated = List.copyOf(notEvaluated);
        Objects.requireNonNull(failure, "failure");
    }

    public List<Violation> allViolations() {
        List<Violation> all = new ArrayList<>();
        statements.forEach(s -> all.addAll(s.violations()));
        all.addAll(scriptViolations);
        return all;
    }

    public Verdict verdict() {
        return failure.isPresent() ? Verdict.BLOCK : Verdict.of(allViolations());
    }

    public long parseFailures() {
        return statements.stream().filter(s -> s.syntaxError().isPresent()).count();
    }
}
