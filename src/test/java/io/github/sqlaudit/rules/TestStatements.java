package io.github.sqlaudit.rules;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.DmlFacts;
import io.github.sqlaudit.sql.ScriptChunk;
import io.github.sqlaudit.sql.SourcePosition;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.SyntaxError;
import io.github.sqlaudit.sql.TableRef;

/**
 * Statements built by hand for the engine and configuration tests, which are about what the engine does with a
 * rule's findings, not about parsing (the rule cases in src/test/resources/rules go through the real parser).
 */
public final class TestStatements {

    private TestStatements() {
    }

    public static ScriptChunk chunk(int index, int line, String text) {
        return new ScriptChunk(index, text, new SourcePosition(line, 1), new SourcePosition(line, text.length() + 1),
                ";", false);
    }

    /** {@code DELETE FROM table} with or without a WHERE clause. */
    public static Statement delete(int index, int line, String table, boolean where) {
        String text = "DELETE FROM " + table + (where ? " WHERE id = 1" : "");
        return Statement.parsed(chunk(index, line, text), Dialect.MYSQL, StatementKind.DELETE, List.of(),
                List.of(TableRef.of(table)), Optional.of(dml(where)), Optional.empty());
    }

    public static Statement failed(int index, int line, String text) {
        return Statement.failed(chunk(index, line, text), Dialect.MYSQL, StatementKind.OTHER,
                new SyntaxError(line, 8, "FORM", "unexpected 'FORM'", List.of("FROM")));
    }

    public static DmlFacts dml(boolean where) {
        return new DmlFacts(where, false, false, OptionalLong.empty(), false, false, List.of(), 1, 0, false, 0, false,
                false, false, List.of(), List.of(), List.of(), List.of(), List.of(), false, false);
    }
}
