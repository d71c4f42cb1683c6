package io.github.sqlaudit.audit;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import io.github.sqlaudit.ProductVersion;
import io.github.sqlaudit.Sha256;
import io.github.sqlaudit.plan.Explanation;
import io.github.sqlaudit.plan.ReviewTarget;
import io.github.sqlaudit.rules.Evaluation;
import io.github.sqlaudit.rules.ResolvedRules;
import io.github.sqlaudit.rules.RuleConfig;
import io.github.sqlaudit.rules.RuleValue;
import io.github.sqlaudit.rules.RuleEngine;
import io.github.sqlaudit.rules.ScriptAudit;
import io.github.sqlaudit.rules.TargetFacts;
import io.github.sqlaudit.rules.Violation;
import io.github.sqlaudit.rules.Waivers;
import io.github.sqlaudit.rules.catalog.PlanRules;
import io.github.sqlaudit.sql.ScriptReadException;
import io.github.sqlaudit.sql.SqlParser;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.Utf8ScriptReader;

/**
 * Audits scripts: parses each one streaming, explains its queries and data changes on the target (never
 * running them), judges every statement with the template's rules and returns an {@link AuditReport} with
 * a verdict. The same service serves the Jira validator, the panel's re-audit and the command line.
 */
public final class AuditService {

    private final RuleEngine engine;
    private final Clock clock;

    public AuditService(RuleEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * @param target empty to audit without a database (rules that need one are reported as not evaluated)
     * @throws io.github.sqlaudit.plan.ReviewConnectionException when the target cannot be reached
     */
    public AuditReport audit(List<ScriptInput> scripts, Optional<ReviewTarget> target, String templateName,
            ResolvedRules rules, Waivers waivers) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        List<ScriptReport> reports = new ArrayList<>();
        OptionalLong countCeiling = countCeiling(rules);
        TargetSession session = target.map(t -> new TargetSession(t, countCeiling)).orElse(null);
        String serverVersion = "";
        try {
            for (ScriptInput script : scripts) {
                reports.add(auditScript(script, session, rules, waivers, started));
            }
            if (session != null) {
                serverVersion = session.serverVersion();
            }
        } finally {
            if (session != null) {
                session.close();
            }
        }
        return new AuditReport(ProductVersion.get(), started, target.map(ReviewTarget::describe).orElse("none"),
                serverVersion, templateName, reports, Duration.ofNanos(System.nanoTime() - t0),
                session == null ? Duration.ZERO : session.databaseTime());
    }

    /** The template's PLN-007 switches exact counts on; its value is the largest estimate still counted. */
    private OptionalLong countCeiling(ResolvedRules rules) {
        return engine.catalog().find(PlanRules.EXACT_COUNT)
                .map(rule -> rules.configFor(rule.spec()))
                .filter(RuleConfig::enabled)
                .map(config -> OptionalLong.of(((RuleValue.Threshold) config.value()).limit()))
                .orElse(OptionalLong.empty());
    }

    private ScriptReport auditScript(ScriptInput input, TargetSession session, ResolvedRules rules, Waivers waivers,
            Instant now) {
        SqlParser parser = SqlParser.forDialect(input.dialect());
        TargetFacts facts = session == null ? TargetFacts.none() : session;
        ScriptAudit audit = engine.start(input.dialect(), facts, rules, waivers, now);
        Explainability explainability = new Explainability();
        List<StatementReport> statements = new ArrayList<>();
        Optional<String> failure = Optional.empty();
        String sha256;
        long bytes;
        try (CountingDigestStream in = new CountingDigestStream(input.content().open());
                Reader reader = new Utf8ScriptReader(in)) {
            Iterator<Statement> parsed = parser.statements(reader);
            try {
                while (parsed.hasNext()) {
                    Statement statement = parsed.next();
                    Optional<Explanation> explanation = explain(statement, session, explainability);
                    explainability.observe(statement);
                    List<Violation> violations = audit.accept(statement);
                    statements.add(new StatementReport(statement.index(), statement.startLine(),
                            statement.end().line(), statement.kind(), statement.text(), statement.error(),
                            explanation, violations));
                }
            } catch (ScriptReadException e) {
                failure = Optional.of(input.name() + ": " + e.getMessage());
            }
            in.drain();
            sha256 = in.sha256();
            bytes = in.count();
        } catch (IOException e) {
            return new ScriptReport(input.name(), "", 0, input.dialect(), statements, List.of(), List.of(),
                    Optional.of(input.name() + ": cannot be read: " + e.getMessage()));
        }
        Evaluation end = audit.finish();
        return new ScriptReport(input.name(), sha256, bytes, input.dialect(), statements, end.violations(),
                end.notEvaluated(), failure);
    }

    private static Optional<Explanation> explain(Statement statement, TargetSession session,
            Explainability explainability) {
        if (session == null) {
            return Optional.empty();
        }
        if (!Explainability.isPlanned(statement)) {
            session.noPlanFor(statement, Optional.empty());
            return Optional.empty();
        }
        Optional<String> why = explainability.whyNot(statement);
        if (why.isPresent()) {
            Optional<Explanation> notExplainable = Optional.of(new Explanation.NotExplainable(why.get()));
            session.noPlanFor(statement, notExplainable);
            return notExplainable;
        }
        return Optional.of(session.explain(statement));
    }

    /** Hashes and counts the bytes as the parser reads them, so the script is read once. */
    private static final class CountingDigestStream extends FilterInputStream {
        private final java.security.MessageDigest digest = Sha256.newDigest();
        private long count;

        CountingDigestStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                digest.update((byte) b);
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                digest.update(buffer, offset, read);
                count += read;
            }
            return read;
        }

        /** Reads what the parser left (after a read error), so the hash covers the whole file. */
        void drain() throws IOException {
            byte[] buffer = new byte[64 * 1024];
            while (read(buffer, 0, buffer.length) != -1) {
                // hashing only
            }
        }

        String sha256() {
            return java.util.HexFormat.of().formatHex(digest.digest());
        }

        long count() {
            return count;
        }
    }
}
