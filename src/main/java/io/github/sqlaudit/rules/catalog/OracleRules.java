package io.github.sqlaudit.rules.catalog;

import static io.github.sqlaudit.rules.RuleSpec.ORACLE_ONLY;
import static io.github.sqlaudit.rules.catalog.Checks.isAny;
import static io.github.sqlaudit.rules.catalog.Checks.pass;
import static io.github.sqlaudit.rules.catalog.Checks.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.sqlaudit.rules.RuleSpec;
import io.github.sqlaudit.rules.RuleValue;
import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.rules.StatementRule;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.TableRef;

/**
 * Oracle: habits of SQL*Plus scripts and Oracle features that hurt in a change script. Several options these
 * rules look for (NOLOGGING, NOCACHE, NOWAIT, PARALLEL hints, EXECUTE IMMEDIATE) are not in the statement model
 * yet; until they are, the rules read the statement's code with literals and comments blanked out.
 */
final class OracleRules {

    private static final Pattern PLSQL_UNIT = Pattern.compile(
            "(?is)^\\s*(?:CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:(?:NON)?EDITIONABLE\\s+)?"
                    + "(?:PROCEDURE|FUNCTION|TRIGGER|PACKAGE|TYPE\\s+BODY|LIBRARY)\\b|DECLARE\\b|BEGIN\\b)");
    private static final Pattern COMMIT_OR_ROLLBACK = Pattern.compile("(?i)^\\s*(COMMIT|ROLLBACK)\\b");
    private static final Pattern NOCACHE = Pattern.compile("(?i)\\bNOCACHE\\b");
    private static final Pattern CACHE_SIZE = Pattern.compile("(?i)\\bCACHE\\s+(\\d+)");
    private static final Pattern FOR_UPDATE = Pattern.compile("(?i)\\bFOR\\s+UPDATE\\b");
    private static final Pattern WAIT_MODE = Pattern.compile("(?i)\\b(NOWAIT|WAIT\\s+\\d+|SKIP\\s+LOCKED)\\b");
    private static final Pattern DYNAMIC_CONCAT = Pattern.compile("(?is)\\bEXECUTE\\s+IMMEDIATE\\b[^;]*?\\|\\|");
    private static final Pattern NOLOGGING = Pattern.compile("(?i)\\bNOLOGGING\\b");
    private static final Pattern PARALLEL = Pattern.compile(
            "(?is)/\\*\\+[^*]*\\bPARALLEL\\b|\\bENABLE\\s+PARALLEL\\s+DML\\b|\\bFORCE\\s+PARALLEL\\s+DML\\b");
    private static final Pattern PURGE = Pattern.compile("(?i)\\bPURGE\\b");
    private static final Pattern ONLINE = Pattern.compile("(?i)\\bONLINE\\b");

    private OracleRules() {
    }

    static List<StatementRule> all() {
        return List.of(
                StatementRule.of(RuleSpec.code("ORA-001")
                        .name("PL/SQL unit without a closing /")
                        .rationale("In SQL*Plus and SQLcl a PL/SQL block or stored unit runs only when a line "
                                + "holding just / follows it; without it the next statements become part of the "
                                + "unit. End each unit with / on its own line.")
                        .dialects(ORACLE_ONLY).build(),
                        (ctx, v) -> when(PLSQL_UNIT.matcher(SqlText.code(ctx.statement().text())).find()
                                        && !ctx.statement().chunk().delimiter().equals("/"),
                                "PL/SQL unit is not ended by a / line")),
                StatementRule.of(RuleSpec.code("ORA-002")
                        .name("COMMIT or ROLLBACK inside a change script")
                        .rationale("The executor commits a reviewed script as a unit; a COMMIT or ROLLBACK in the "
                                + "middle splits it, so a failure leaves it half applied. Remove it, or set the "
                                + "value to true where scripts manage their own transactions.")
                        .value(RuleValue.flag(false), "transaction control allowed")
                        .dialects(ORACLE_ONLY).build(),
                        (ctx, v) -> when(!Checks.flag(v) && isAny(ctx.statement(), StatementKind.TRANSACTION)
                                        && COMMIT_OR_ROLLBACK.matcher(ctx.statement().text()).find(),
                                firstWord(ctx.statement()) + " inside the change script")),
                StatementRule.of(RuleSpec.code("ORA-003")
                        .name("Sequence without CACHE")
                        .rationale("A sequence with NOCACHE or a small cache takes a dictionary update per value "
                                + "and serialises inserts, worst on RAC. Declare CACHE with at least the minimum.")
                        .value(RuleValue.threshold(20), "minimum CACHE size")
                        .dialects(ORACLE_ONLY).build(),
                        (ctx, v) -> isAny(ctx.statement(), StatementKind.CREATE_SEQUENCE, StatementKind.ALTER_SEQUENCE)
                                ? sequenceCache(ctx.statement(), Checks.limit(v)) : pass()),
                StatementRule.of(RuleSpec.code("ORA-004")
                        .name("SELECT ... FOR UPDATE without NOWAIT or WAIT")
                        .rationale("FOR UPDATE without NOWAIT or WAIT n waits forever for locked rows and can hang "
                                + "the deployment. Add WAIT n (or NOWAIT, or SKIP LOCKED).")
                        .dialects(ORACLE_ONLY).build(),
                        (ctx, v) -> {
                            String code = SqlText.code(ctx.statement().text());
                            return when(isAny(ctx.statement(), StatementKind.SELECT)
                                            && FOR_UPDATE.matcher(code).find() && !WAIT_MODE.matcher(code).find(),
                                    "FOR UPDATE without NOWAIT, WAIT n or SKIP LOCKED");
                        }),
                StatementRule.of(RuleSpec.code("ORA-005")
                        .name("EXECUTE IMMEDIATE with concatenated input")
                        .rationale("Building dynamic SQL by concatenation lets input change the statement (SQL "
                                + "injection) and defeats cursor sharing. Use bind variables with USING, and "
                                + "DBMS_ASSERT for names.")
                        .dialects(ORACLE_ONLY).build(),
                        (ctx, v) -> when(SqlText.has(ctx.statement().text(), DYNAMIC_CONCAT),
                                "EXECUTE IMMEDIATE builds its statement with ||")),
                StatementRule.of(RuleSpec.code("ORA-006")
                        .name("Object without schema qualification")
                        .rationale("An unqualified name resolves against whatever schema the session runs as, "
                                + "which differs between the DBA's session and the application. Qualify it: "
                                + "schema.object.")
                        .severity(Severity.INFO).dialects(ORACLE_ONLY).build(),
                        (ctx, v) -> Stream.concat(ctx.statement().tablesWritten().stream(),
                                        ctx.statement().tablesRead().stream())
                                .distinct()
                                .filter(t -> t.schema().isEmpty() && !t.name().equalsIgnoreCase("DUAL"))
                                .map(TableRef::name)
                                .map(name -> name + " is not qualified with a schema")
                                .toList()),
                StatementRule.of(RuleSpec.code("ORA-007")
                        .name("NOLOGGING")
                        .rationale("NOLOGGING operations write no redo: the change cannot be recovered from "
                                + "backups and never reaches a Data Guard standby. Leave logging on, or plan a "
                                + "backup right after with the DBA.")
                        .dialects(ORACLE_ONLY).build(),
                        (ctx, v) -> when(SqlText.has(ctx.statement().text(), NOLOGGING),
                                "NOLOGGING turns off redo for this change")),
                StatementRule.of(RuleSpec.code("ORA-008")
                        .name("Parallel DML or parallel hint")
                        .rationale("Parallel DML locks whole tables or partitions and can take every parallel "
                                + "server of the instance. Run it serially, or schedule it with the DBA.")
                        .dialects(ORACLE_ONLY).build(),
                        (ctx, v) -> when(SqlText.has(ctx.statement().text(), PARALLEL),
                                "requests parallel execution")),
                StatementRule.of(RuleSpec.code("ORA-009")
                        .name("DROP ... PURGE")
                        .rationale("PURGE skips the recycle bin, so FLASHBACK TABLE ... TO BEFORE DROP cannot undo "
                                + "the drop. Drop without PURGE.")
                        .dialects(ORACLE_ONLY).build(),
                        (ctx, v) -> when(isAny(ctx.statement(), StatementKind.DROP_TABLE)
                                        && SqlText.has(ctx.statement().text(), PURGE),
                                "DROP ... PURGE bypasses the recycle bin")),
                StatementRule.of(RuleSpec.code("ORA-010")
                        .name("CREATE INDEX without ONLINE")
                        .rationale("Without ONLINE, CREATE INDEX blocks DML on the table for the whole build. Add "
                                + "ONLINE (Enterprise Edition).")
                        .dialects(ORACLE_ONLY).build(),
                        (ctx, v) -> when(isAny(ctx.statement(), StatementKind.CREATE_INDEX)
                                        && !SqlText.has(ctx.statement().text(), ONLINE),
                                "CREATE INDEX without ONLINE blocks writes to the table")),
                StatementRule.of(RuleSpec.code("ORA-011")
                        .name("A / line that runs a statement a second time")
                        .rationale("In SQL*Plus a line holding only / runs the buffer: after a statement already "
                                + "ended by ; or by a / line, it runs that statement again (an INSERT inserts "
                                + "twice, a block runs twice). The executor runs each reviewed statement once "
                                + "and refuses such a line. Remove the / or the terminator before it.")
                        .severity(Severity.ERROR).dialects(ORACLE_ONLY).build(),
                        (ctx, v) -> when(ctx.statement().chunk().clientCommand()
                                        && ctx.statement().text().strip().equals("/"),
                                "this / line runs the statement before it a second time")));
    }

    private static List<String> sequenceCache(Statement statement, long minimum) {
        String code = SqlText.code(statement.text());
        if (NOCACHE.matcher(code).find()) {
            return List.of("sequence is NOCACHE");
        }
        Matcher cache = CACHE_SIZE.matcher(code);
        List<String> details = new ArrayList<>();
        if (cache.find()) {
            long size = Long.parseLong(cache.group(1));
            if (size < minimum) {
                details.add("sequence CACHE " + size + " is below " + minimum);
            }
        } else if (statement.kind() == StatementKind.CREATE_SEQUENCE) {
            details.add("sequence has no CACHE clause");
        }
        return details;
    }

    private static String firstWord(Statement statement) {
        Matcher matcher = COMMIT_OR_ROLLBACK.matcher(statement.text());
        return matcher.find() ? matcher.group(1).toUpperCase(Locale.ROOT) : statement.kind().name();
    }
}
