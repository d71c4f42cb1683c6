package io.github.sqlaudit.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    public Evaluation evaluate(ScriptContext script, ResolvedRules settings, Waivers waivers, Instant now) {
        Run run = new Run(waivers, now);
        List<NotEvaluated> notEvaluated = new ArrayList<>();
        for (Rule rule : catalog.rules()) {
            RuleSpec spec = rule.spec();
            RuleConfig config = settings.configFor(spec);
            if (!config.enabled() || !spec.appliesTo(script.dialect())) {
                continue;
            }
            if (spec.needsTarget() && !script.target().available()) {
                notEvaluated.add(new NotEvaluated(spec.code(),
                        "needs the target database (plan or table facts) and the audit has none"));
                continue;
            }
            if (rule instanceof StatementRule statementRule) {
                checkStatements(statementRule, config, script, run);
            } else if (rule instanceof ScriptRule scriptRule) {
                checkScript(scriptRule, config, script, run);
            }
        }
        for (CustomRule custom : settings.customRules()) {
            if (!custom.enabled()) {
                continue;
            }
            for (Statement statement : script.statements()) {
                Optional<String> detail = custom.match(statement);
                if (detail.isPresent()) {
                    run.add(custom.code(), custom.name(), custom.severity(), custom.shadow(), detail.get(),
                            custom.message(), statement);
                }
            }
        }
        return new Evaluation(run.violations, notEvaluated);
    }

    private static void checkStatements(StatementRule rule, RuleConfig config, ScriptContext script, Run run) {
        for (Statement statement : script.statements()) {
            if (!statement.ok()) {
                continue; // no facts to judge; the script rule for parse failures reports it
            }
            List<String> details;
            try {
                details = rule.check(new StatementContext(statement, script.target()), config.value());
            } catch (RuntimeException e) {
                throw failure(rule, statement, e);
            }
            for (String detail : details) {
                run.add(rule.code(), rule.spec().name(), config.severity(), config.shadow(), detail,
                        config.description(), statement);
            }
        }
    }

    private static void checkScript(ScriptRule rule, RuleConfig config, ScriptContext script, Run run) {
        List<Finding> findings;
        try {
            findings = rule.check(script, config.value());
        } catch (RuntimeException e) {
            throw new IllegalStateException("rule " + rule.code() + " failed on the script: " + e.getMessage(), e);
        }
        for (Finding finding : findings) {
            run.add(rule.code(), rule.spec().name(), config.severity(), config.shadow(), finding.detail(),
                    config.description(), finding.statement());
        }
    }

    private static IllegalStateException failure(Rule rule, Statement statement, RuntimeException e) {
        return new IllegalStateException("rule " + rule.code() + " failed on the statement at line "
                + statement.startLine() + ": " + e, e);
    }

    /** The state of one evaluation: the violations so far and the fingerprints computed once per statement. */
    private static final class Run {
        private final Waivers waivers;
        private final Instant now;
        private final List<Violation> violations = new ArrayList<>();
        private final Map<Integer, String> fingerprints = new HashMap<>();

        Run(Waivers waivers, Instant now) {
            this.waivers = waivers;
            this.now = now;
        }

        void add(String code, String name, Severity severity, boolean shadow, String detail, String description,
                 Statement statement) {
            String fingerprint = fingerprints.computeIfAbsent(statement.index(), i -> StatementFingerprint.of(statement));
            Optional<Waiver> waiver = waivers.activeFor(code, fingerprint, now);
            Violation.Status status = waiver.isPresent() ? Violation.Status.WAIVED
                    : shadow ? Violation.Status.SHADOW : Violation.Status.ENFORCED;
            violations.add(new Violation(code, name, severity, detail, description, statement.index(),
                    statement.startLine(), fingerprint, status, waiver));
        }
    }
}
