package io.github.sqlaudit.rules;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.ScriptChunk;
import io.github.sqlaudit.sql.SourcePosition;
import io.github.sqlaudit.sql.SqlParser;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;

/** Turns a rule case's SQL into statements: through the real parser, or classified by hand where none exists yet. */
final class CaseParser {

    private CaseParser() {
    }

    static List<Statement> parse(RuleCase ruleCase, Dialect dialect) {
        if (ruleCase.directive("kind").isPresent()) {
            return List.of(handClassified(ruleCase, dialect));
        }
        try (Stream<Statement> statements = SqlParser.forDialect(dialect).parseScript(new StringReader(ruleCase.sql()))) {
            return statements.toList();
        }
    }

    /**
     * One statement of the given kind, with the tables the case names: for dialects whose grammar is not there yet
     * (Oracle), so the rules that read the statement's kind, text and delimiter can still be exercised.
     */
    private static Statement handClassified(RuleCase ruleCase, Dialect dialect) {
        String delimiter = ruleCase.directive("delimiter").orElse(";");
        String text = ruleCase.sql().strip();
        if (text.endsWith(delimiter)) {
            text = text.substring(0, text.length() - delimiter.length()).strip();
        }
        int lines = (int) text.lines().count();
        ScriptChunk chunk = new ScriptChunk(0, text, new SourcePosition(1, 1), new SourcePosition(Math.max(lines, 1), 1),
                delimiter.equals("none") ? "" : delimiter, false);
        return Statement.parsed(chunk, dialect, StatementKind.valueOf(ruleCase.directive("kind").get()),
                tables(ruleCase, "reads"), tables(ruleCase, "writes"), Optional.empty(),
                Optional.empty());
    }

    private static List<io.github.sqlaudit.sql.TableRef> tables(RuleCase ruleCase, String directive) {
        return ruleCase.directive(directive)
                .map(list -> Stream.of(list.split("\\s*,\\s*")).filter(s -> !s.isEmpty()).map(CaseTarget::tableRef).toList())
                .orElse(List.of());
    }
}
