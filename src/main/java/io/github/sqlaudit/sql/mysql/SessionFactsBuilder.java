package io.github.sqlaudit.sql.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.antlr.v4.runtime.ParserRuleContext;

import io.github.sqlaudit.sql.SessionFacts;
import io.github.sqlaudit.sql.TableRef;
import io.github.sqlaudit.sql.VariableAssignment;
import io.github.sqlaudit.sql.VariableScope;

/** Builds the {@link SessionFacts} of CALL, USE and SET. */
final class SessionFactsBuilder {

    private SessionFactsBuilder() {
    }

    static Optional<SessionFacts> of(ParserRuleContext statement) {
        if (statement instanceof MySqlParser.CallStatementContext call) {
            return Optional.of(new SessionFacts(Optional.of(Names.table(call.qualifiedName())), Optional.empty(), List.of()));
        }
        if (statement instanceof MySqlParser.UseStatementContext use) {
            return Optional.of(new SessionFacts(Optional.empty(), Optional.of(Names.of(use.identifier())), List.of()));
        }
        if (statement instanceof MySqlParser.SetStatementContext set) {
            return Optional.of(new SessionFacts(Optional.empty(), Optional.empty(), assignments(set)));
        }
        return Optional.empty();
    }

    private static List<VariableAssignment> assignments(MySqlParser.SetStatementContext set) {
        List<VariableAssignment> assignments = new ArrayList<>();
        if (set instanceof MySqlParser.SetVariablesContext variables) {
            variables.setAssignment().forEach(a -> assignments.add(assignment(a)));
        } else if (set instanceof MySqlParser.SetStatementForContext statementFor) {
            statementFor.setAssignment().forEach(a -> assignments.add(assignment(a)));
        } else if (set instanceof MySqlParser.SetNamesContext names) {
            String value = names.DEFAULT() != null ? "DEFAULT" : Names.source(names.charsetName())
                    + (names.collationName() != null ? " COLLATE " + Names.source(names.collationName()) : "");
            assignments.add(new VariableAssignment("names", VariableScope.SESSION, value));
        } else if (set instanceof MySqlParser.SetCharsetContext charset) {
            assignments.add(new VariableAssignment("character_set", VariableScope.SESSION,
                    Names.source(charset.charsetName() != null ? charset.charsetName() : charset)));
        } else if (set instanceof MySqlParser.SetTransactionContext transaction) {
            VariableScope scope = transaction.GLOBAL() != null ? VariableScope.GLOBAL : VariableScope.SESSION;
            String text = Names.source(transaction);
            assignments.add(new VariableAssignment("transaction", scope,
                    text.substring(text.toUpperCase(Locale.ROOT).indexOf("TRANSACTION") + "TRANSACTION".length()).strip()));
        }
        return assignments;
    }

    private static VariableAssignment assignment(MySqlParser.SetAssignmentContext assignment) {
        String value = assignment.setValue() != null ? Names.source(assignment.setValue())
                : assignment.charsetName() != null ? Names.source(assignment.charsetName()) : "";
        if (assignment.charsetName() != null) {
            String name = assignment.NAMES() != null ? "names" : "character_set";
            return new VariableAssignment(name, VariableScope.SESSION, value);
        }
        if (assignment.variable() != null) {
            return variable(assignment.variable().getStart().getText(), value);
        }
        if (assignment.columnRef() != null) {
            // A bare name is a session variable outside stored programs; NEW.x and declared locals inside them.
            boolean qualified = !assignment.columnRef().dotIdentifier().isEmpty();
            String name = Names.column(assignment.columnRef()).qualifiedName().toLowerCase(Locale.ROOT);
            return new VariableAssignment(name, qualified ? VariableScope.LOCAL : VariableScope.SESSION, value);
        }
        String scopeWord = assignment.getStart().getText().toUpperCase(Locale.ROOT);
        String name = Names.of(assignment.identifier())
                + (assignment.dotIdentifier() != null ? "." + Names.of(assignment.dotIdentifier()) : "");
        return new VariableAssignment(name.toLowerCase(Locale.ROOT), scope(scopeWord), value);
    }

    /** {@code @x}, {@code @@x}, {@code @@global.x}, {@code @@session.x} ... */
    private static VariableAssignment variable(String token, String value) {
        if (!token.startsWith("@@")) {
            return new VariableAssignment(Names.unquote(token.substring(1)).toLowerCase(Locale.ROOT), VariableScope.USER, value);
        }
        String name = token.substring(2);
        int dot = name.indexOf('.');
        VariableScope scope = VariableScope.SESSION;
        if (dot > 0) {
            scope = scope(name.substring(0, dot).toUpperCase(Locale.ROOT));
            name = name.substring(dot + 1);
        }
        return new VariableAssignment(Names.unquote(name).toLowerCase(Locale.ROOT), scope, value);
    }

    private static VariableScope scope(String word) {
        return switch (word) {
            case "GLOBAL" -> VariableScope.GLOBAL;
            case "PERSIST" -> VariableScope.PERSIST;
            case "PERSIST_ONLY" -> VariableScope.PERSIST_ONLY;
            default -> VariableScope.SESSION; // SESSION, LOCAL
        };
    }
}
