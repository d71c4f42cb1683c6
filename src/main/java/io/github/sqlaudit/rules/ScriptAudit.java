package io.github.sqlaudit.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.Statement;

/**
 * The evaluation of one script in progress: feed it the statements as the parser streams them and collect each
 * statement's violations at once; {@link #finish()} adds what only the end of the script tells. Holds no statement
 * beyond the one being judged, so scripts of any size are audited in constant memory. One thread, one script.
 */
public final class ScriptAudit {

    private final Dialect dialect;
    private final TargetFacts target;
    private final Waivers waivers;
    private final Instant now;
    private final List<Active<StatementRule>> statementRules = new ArrayList<>();
    private final List<Running> scriptChecks = new ArrayList<>();
    private final List<CustomRule> customRules;
    private final List<NotEvaluated> notEvaluated = new ArrayList<>();
    private boolean finished;

    /** An enabled rule with its settings. */
    private record Active<R extends Rule>(R rule, RuleConfig config) {
    }

    /** A script rule's check running over this script. */
    private record Running(ScriptRule.Check check, Active<ScriptRule> active) {
    }

    ScriptAudit(RuleCatalog catalog, Dialect dialect, TargetFacts target, ResolvedRules settings, Waivers waivers,
                Instant now) {
        this.dialect = dialect;
        this.target = target;
        this.waivers = waivers;
        this.now = now;
        for (Rule rule : catalog.rules()) {
            RuleSpec spec = rule.spec();
            RuleConfig config = settings.configFor(spec);
            if (!config.enabled() || !spec.appliesTo(dialect)) {
                continue;
            }
            if (spec.needsTarget() && !target.available()) {
                notEvaluated.add(new NotEvaluated(spec.code(),
                        "needs the target database (plan or table facts) and the audit has none"));
                continue;
            }
            if (rule instanceof StatementRule statementRule) {
                statementRules.add(new Active<>(statementRule, config));
            } else if (rule instanceof ScriptRule scriptRule) {
                scriptChecks.add(new Running(scriptRule.start(config.value()), new Active<>(scriptRule, config)));
            }
        }
        this.customRules = settings.customRules().stream().filter(CustomRule::enabled).toList();
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The violations of this statement: statement rules, script rules so far, custom rules. */
    public List<Violation> accept(Statement statement) {
        if (finished) {
            throw new IllegalStateException("the script audit is finished");
        }
        Judged judged = new Judged(statement);
        if (statement.ok()) { // a statement that does not parse has no facts; SCR-001 reports it
            StatementContext context = new StatementContext(statement, target);
            for (Active<StatementRule> active : statementRules) {
                List<String> details;
                try {
                    details = active.rule().check(context, active.config().value());
                } catch (RuntimeException e) {
                    throw failure(active.rule(), statement, e);
                }
                details.forEach(detail -> judged.add(active.rule(), active.config(), detail));
            }
        }
        for (Running running : scriptChecks) {
            Active<ScriptRule> active = running.active();
            List<String> details;
            try {
                details = running.check().accept(statement);
            } catch (RuntimeException e) {
                throw failure(active.rule(), statement, e);
            }
            details.forEach(detail -> judged.add(active.rule(), active.config(), detail));
        }
        for (CustomRule custom : customRules) {
            custom.match(statement).ifPresent(detail -> judged.add(custom.code(), custom.name(), custom.severity(),
                    custom.shadow(), detail, custom.message()));
        }
        return judged.violations;
    }

    /** The violations only the end of the script reveals, and the rules that could not be evaluated. */
    public Evaluation finish() {
        finished = true;
        List<Violation> violations = new ArrayList<>();
        for (Running running : scriptChecks) {
            Active<ScriptRule> active = running.active();
            for (Finding finding : running.check().finish()) {
                Judged judged = new Judged(finding.statement());
                judged.add(active.rule(), active.config(), finding.detail());
                violations.addAll(judged.violations);
            }
        }
        return new Evaluation(violations, notEvaluated);
    }

    private static IllegalStateException failure(Rule rule, Statement statement, RuntimeException e) {
        return new IllegalStateException("rule " + rule.code() + " failed on the statement at line "
                + statement.startLine() + ": " + e, e);
    }

    /** Turns findings on one statement into violations: shadow mode and waivers decide their status. */
    private final class Judged {
        private final Statement statement;
        private final List<Violation> violations = new ArrayList<>();
        private Optional<String> fingerprint = Optional.empty();

        Judged(Statement statement) {
            this.statement = statement;
        }

        void add(Rule rule, RuleConfig config, String detail) {
            add(rule.code(), rule.spec().name(), config.severity(), config.shadow(), detail, config.description());
        }

        void add(String code, String name, Severity severity, boolean shadow, String detail, String description) {
            if (fingerprint.isEmpty()) {
                fingerprint = Optional.of(StatementFingerprint.of(statement));
            }
            Optional<Waiver> waiver = waivers.activeFor(code, fingerprint.get(), now);
            Violation.Status status = waiver.isPresent() ? Violation.Status.WAIVED
                    : shadow ? Violation.Status.SHADOW : Violation.Status.ENFORCED;
            violations.add(new Violation(code, name, severity, detail, description, statement.index(),
                    statement.startLine(), fingerprint.get(), status, waiver));
        }
    }
}
