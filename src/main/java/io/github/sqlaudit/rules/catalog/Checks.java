package io.github.sqlaudit.rules.catalog;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.sqlaudit.rules.RuleValue;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.TableRef;

/** Small helpers shared by the catalog entries, so that each entry reads as its condition and its message. */
final class Checks {

    private Checks() {
    }

    static List<String> fire(String detail) {
        return List.of(detail);
    }

    static List<String> pass() {
        return List.of();
    }

    static List<String> when(boolean condition, String detail) {
        return condition ? List.of(detail) : List.of();
    }

    static long limit(RuleValue value) {
        return ((RuleValue.Threshold) value).limit();
    }

    static RuleValue.Names names(RuleValue value) {
        return (RuleValue.Names) value;
    }

    static RuleValue.Regex regex(RuleValue value) {
        return (RuleValue.Regex) value;
    }

    static boolean flag(RuleValue value) {
        return ((RuleValue.Flag) value).on();
    }

    static boolean isAny(Statement statement, StatementKind... kinds) {
        return Set.of(kinds).contains(statement.kind());
    }

    /** {@code DELETE on orders} or {@code UPDATE on a, b}: how messages name what a statement changes. */
    static String subject(Statement statement) {
        List<TableRef> tables = statement.tablesWritten().isEmpty() ? statement.tablesRead() : statement.tablesWritten();
        String verb = statement.kind().name().replace('_', ' ');
        if (tables.isEmpty()) {
            return verb;
        }
        return verb + " on " + tables.stream().map(TableRef::qualifiedName).collect(Collectors.joining(", "));
    }
}
