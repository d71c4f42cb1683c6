package io.github.sqlaudit.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.Statement;

/**
 * Runs the catalog's rules and a template's custom rules over a script and turns what they find into
 * {@link Violation}s: configuration decides which rules run with which value and severity, shadow mode and
 * waivers decide whether a violation counts. A rule that throws is a bug in the rule: the engine reports it
 * with the rule code and the line rather than letting a script pass unchecked.
 */
public final class RuleEngine {

    private final RuleCatalog catalog;

    public RuleEngine(RuleCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    /** Starts the audit of one script whose statements will be streamed to it. */
    public ScriptAudit start(Dialect dialect, TargetFacts target, ResolvedRules settings, Waivers waivers,
                             Instant now) {
        return new ScriptAudit(catalog, dialect, target, settings, waivers, now);
    }

    /** Audits a script already in memory: every statement's violations, then the script's. */
    public Evaluation evaluate(ScriptContext script, ResolvedRules settings, Waivers waivers, Instant now) {
        ScriptAudit audit = start(script.dialect(), script.target(), settings, waivers, now);
        List<Violation> violations = new ArrayList<>();
        for (Statement statement : script.statements()) {
            violations.addAll(audit.accept(statement));
        }
        Evaluation end = audit.finish();
        violations.addAll(end.violations());
        return new Evaluation(violations, end.notEvaluated());
    }
}
