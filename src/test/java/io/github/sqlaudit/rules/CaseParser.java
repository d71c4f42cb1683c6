package io.github.sqlaudit.rules;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.SqlParser;
import io.github.sqlaudit.sql.Statement;

/** Turns a rule case's SQL into statements through the real parser of its dialect (no hand-made statements). */
final class CaseParser {

    private CaseParser() {
    }

    static List<Statement> parse(RuleCase ruleCase, Dialect dialect) {
        try (Stream<Statement> statements = SqlParser.forDialect(dialect).parseScript(new StringReader(ruleCase.sql()))) {
            return statements.toList();
        }
    }
}
