package io.github.sqlaudit.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.TableRef;

/**
 * Decides, statement by statement through a script, whether EXPLAIN on the target can say anything true
 * before the script runs. It cannot for DDL (EXPLAIN covers queries and data changes), for statements on
 * a table the script itself creates or alters earlier (the target does not have that table yet, or has it
 * in its old shape), and for statements that use a user variable the script sets earlier (its value is
 * unknown until then).
 */
final class Explainability {

    private static final Set<StatementKind> EXPLAINABLE = Set.of(StatementKind.SELECT, StatementKind.INSERT,
            StatementKind.UPDATE, StatementKind.DELETE, StatementKind.REPLACE);

    private final Set<String> changedTables = new HashSet<>();
    private final Set<String> variablesSet = new HashSet<>();

    /** True for the statements that get an explanation at all (queries, data changes, DDL). */
    static boolean isPlanned(Statement statement) {
        return statement.ok() && (EXPLAINABLE.contains(statement.kind()) || statement.kind().isDdl());
    }

    /** Why the statement cannot be explained, or empty when it can. */
    Optional<String> whyNot(Statement statement) {
        if (statement.kind().isDdl()) {
            return Optional.of("DDL: EXPLAIN covers queries and data changes; the DDL rules and the table facts"
                    + " judge it");
        }
        for (TableRef table : touched(statement)) {
            if (changedTables.contains(key(table))) {
                return Optional.of("table " + table.qualifiedName() + " is created or altered earlier in this script,"
                        + " so the target cannot plan it yet");
            }
        }
        for (String variable : UserVariables.in(statement.text())) {
            if (variablesSet.contains(variable)) {
                return Optional.of("uses @" + variable + ", which the script sets earlier: its value is known only"
                        + " when the script runs");
            }
        }
        return Optional.empty();
    }

    /** Remembers what this statement changes for the statements after it. */
    void observe(Statement statement) {
        if (statement.kind().isDdl()) {
            statement.tablesWritten().forEach(t -> changedTables.add(key(t)));
        }
        if (statement.kind() == StatementKind.SET) {
            variablesSet.addAll(UserVariables.in(statement.text()));
        }
    }

    private static List<TableRef> touched(Statement statement) {
        List<TableRef> tables = new java.util.ArrayList<>(statement.tablesRead());
        tables.addAll(statement.tablesWritten());
        return tables;
    }

    /** Bare table names, lower case: a script rarely mixes qualified and unqualified names of one table. */
    private static String key(TableRef table) {
        return table.name().toLowerCase(Locale.ROOT);
    }
}
