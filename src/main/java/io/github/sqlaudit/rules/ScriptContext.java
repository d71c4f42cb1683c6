package io.github.sqlaudit.rules;

import java.util.List;
import java.util.Objects;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.Statement;

/** A whole script as a script rule sees it: every statement, parsed or not, in order. */
public record ScriptContext(Dialect dialect, List<Statement> statements, TargetFacts target) {

    public ScriptContext {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(target, "target");
        statements = List.copyOf(statements);
    }
}
