package io.github.sqlaudit.rules.catalog;

import static io.github.sqlaudit.rules.RuleSpec.ALL_DIALECTS;
import static io.github.sqlaudit.rules.RuleSpec.MYSQL_FAMILY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.sqlaudit.rules.Rule;
import io.github.sqlaudit.rules.RuleSpec;
import io.github.sqlaudit.rules.RuleValue;
import io.github.sqlaudit.rules.ScriptRule;
import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.rules.StatementRule;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementCategory;
import io.github.sqlaudit.sql.StatementKind;

/** Script level: what a change script as a whole should and should not contain. */
final class ScriptRules {

    private static final Set<StatementKind> DATA_CHANGES = Set.of(StatementKind.INSERT, StatementKind.UPDATE,
            StatementKind.DELETE, StatementKind.REPLACE, StatementKind.LOAD_DATA);
    private static final Pattern SET_CURRENT_SCHEMA =
            Pattern.compile("(?i)^\\s*ALTER\\s+SESSION\\s+SET\\s+CURRENT_SCHEMA\\b");
    private static final Pattern GLOBAL_SCOPE = Pattern.compile("(?i)(\\bGLOBAL\\b|\\bPERSIST(_ONLY)?\\b|@@GLOBAL\\.)");
    private static final Pattern INCLUDE = Pattern.compile("(?i)^\\s*(SOURCE\\b|\\\\\\.)");

    private ScriptRules() {
    }

    static List<Rule> all() {
        return List.of(
                ScriptRule.of(RuleSpec.code("SCR-001")
                        .name("Unparseable statement")
                        .rationale("A statement the parser cannot read cannot be checked, and usually will not run "
                                + "either. Fix the syntax at the position given.")
                        .severity(Severity.ERROR).dialects(ALL_DIALECTS).build(),
                        v -> s -> s.error()
                                .map(e -> List.of("does not parse: " + e.describe() + " (at '" + e.offendingText() + "')"))
                                .orElse(List.of())),
                ScriptRule.of(RuleSpec.code("SCR-002")
                        .name("DDL and DML mixed in one script")
                        .rationale("DDL commits implicitly, so a script that mixes schema and data changes cannot "
                                + "be rolled back as a unit and is hard to resume. Put schema changes and data "
                                + "changes in separate scripts.")
                        .dialects(ALL_DIALECTS).build(),
                        v -> new MixedDdlAndDml()),
                ScriptRule.of(RuleSpec.code("SCR-003")
                        .name("More than N statements in one script")
                        .rationale("A very long script is hard to review and long to resume after a failure. "
                                + "Split it into scripts of at most N statements.")
                        .value(RuleValue.threshold(1000), "maximum statements per script")
                        .severity(Severity.INFO).dialects(ALL_DIALECTS).build(),
                        v -> new StatementCount(Checks.limit(v))),
                StatementRule.of(RuleSpec.code("SCR-004")
                        .name("Explicit transaction control")
                        .rationale("The executor wraps each reviewed script in its own transactions; BEGIN, "
                                + "COMMIT, ROLLBACK or LOCK TABLES in the script break its bookkeeping and resume. "
                                + "Remove them.")
                        .build(),
                        (ctx, v) -> Checks.when(Checks.isAny(ctx.statement(), StatementKind.TRANSACTION,
                                        StatementKind.LOCK_TABLES, StatementKind.UNLOCK_TABLES),
                                firstWords(ctx.statement()) + " controls the transaction")),
                StatementRule.of(RuleSpec.code("SCR-005")
                        .name("Changing the current schema")
                        .rationale("USE or ALTER SESSION SET CURRENT_SCHEMA makes the following statements run "
                                + "against another schema than the one the ticket targets. Qualify names instead.")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> Checks.when(Checks.isAny(ctx.statement(), StatementKind.USE)
                                        || SET_CURRENT_SCHEMA.matcher(ctx.statement().text()).find(),
                                firstWords(ctx.statement()) + " changes the current schema")),
                ScriptRule.of(RuleSpec.code("SCR-006")
                        .name("Several ALTER TABLE on the same table")
                        .rationale("Each ALTER TABLE may copy the table; several on one table copy it several "
                                + "times. Combine the operations into one ALTER TABLE.")
                        .severity(Severity.INFO).dialects(MYSQL_FAMILY).build(),
                        v -> new RepeatedAlters()),
                StatementRule.of(RuleSpec.code("SCR-007")
                        .name("Privileges or accounts changed in a change script")
                        .rationale("GRANT, REVOKE and user or role changes belong in an access request with its "
                                + "own approval, not in a schema or data change. Request them separately.")
                        .dialects(ALL_DIALECTS).build(),
                        (ctx, v) -> Checks.when(ctx.statement().kind().category() == StatementCategory.DCL,
                                firstWords(ctx.statement()) + " changes privileges or accounts")),
                StatementRule.of(RuleSpec.code("SCR-008")
                        .name("Session or global setting that weakens safety")
                        .rationale("SET GLOBAL/PERSIST changes the server for everyone, and turning off "
                                + "sql_log_bin, foreign or unique checks, or changing sql_mode hides the change from "
                                + "replicas or lets bad data in. Leave server settings to the DBA.")
                        .value(RuleValue.names("sql_log_bin", "foreign_key_checks", "unique_checks", "sql_mode",
                                "sql_safe_updates", "time_zone"), "session variables a script must not set")
                        .build(),
                        (ctx, v) -> {
                            if (!Checks.isAny(ctx.statement(), StatementKind.SET)) {
                                return List.of();
                            }
                            String code = SqlText.code(ctx.statement().text()).toLowerCase(Locale.ROOT);
                            List<String> details = new ArrayList<>();
                            if (GLOBAL_SCOPE.matcher(code).find()) {
                                details.add("changes a global server setting");
                            }
                            for (String variable : Checks.names(v).values()) {
                                if (Pattern.compile("\\b" + Pattern.quote(variable.toLowerCase(Locale.ROOT)) + "\\b")
                                        .matcher(code).find()) {
                                    details.add("sets " + variable);
                                }
                            }
                            return details;
                        }),
                StatementRule.of(RuleSpec.code("SCR-009")
                        .name("Script includes another file")
                        .rationale("SOURCE or \\. runs a file that is not attached to the ticket, so it was never "
                                + "reviewed. Attach its statements instead.")
                        .severity(Severity.ERROR).build(),
                        (ctx, v) -> Checks.when(INCLUDE.matcher(ctx.statement().text()).find(),
                                firstWords(ctx.statement()) + " runs a file outside the review")));
    }

    /** SCR-002: reports the first statement that changes data after schema changes, or the reverse. */
    private static final class MixedDdlAndDml implements ScriptRule.Check {
        private Statement first;
        private boolean reported;

        @Override
        public List<String> accept(Statement statement) {
            boolean ddl = statement.kind().isDdl();
            if (!ddl && !DATA_CHANGES.contains(statement.kind()) || reported) {
                return List.of();
            }
            if (first == null) {
                first = statement;
                return List.of();
            }
            if (first.kind().isDdl() == ddl) {
                return List.of();
            }
            reported = true;
            return List.of(kindName(statement) + " at line " + statement.startLine() + " follows "
                    + kindName(first) + " at line " + first.startLine() + ": schema and data changes are mixed");
        }
    }

    /** SCR-003: reports the first statement over the limit (client commands do not count). */
    private static final class StatementCount implements ScriptRule.Check {
        private final long limit;
        private long count;

        StatementCount(long limit) {
            this.limit = limit;
        }

        @Override
        public List<String> accept(Statement statement) {
            if (statement.chunk().clientCommand()) {
                return List.of();
            }
            count++;
            return count == limit + 1
                    ? List.of("statement " + count + " of the script is over the limit of " + limit)
                    : List.of();
        }
    }

    /** SCR-006: reports every ALTER TABLE of a table already altered in the script. */
    private static final class RepeatedAlters implements ScriptRule.Check {
        private final Map<String, Integer> firstAlterLine = new HashMap<>();

        @Override
        public List<String> accept(Statement statement) {
            if (statement.kind() != StatementKind.ALTER_TABLE || statement.tablesWritten().isEmpty()) {
                return List.of();
            }
            String table = statement.tablesWritten().get(0).qualifiedName().toLowerCase(Locale.ROOT);
            Integer first = firstAlterLine.putIfAbsent(table, statement.startLine());
            return first == null ? List.of()
                    : List.of("table " + statement.tablesWritten().get(0) + " was already altered at line " + first);
        }
    }

    private static String kindName(Statement statement) {
        return statement.kind().name().replace('_', ' ');
    }

    /** The first two words of a statement as written, for messages ({@code LOCK TABLES}, {@code USE shop}). */
    private static String firstWords(Statement statement) {
        String[] words = statement.text().trim().split("\\s+", 3);
        return words.length > 1 ? words[0] + " " + words[1] : words[0];
    }
}
