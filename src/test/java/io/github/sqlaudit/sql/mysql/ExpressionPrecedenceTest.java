package io.github.sqlaudit.sql.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.sqlaudit.sql.DeadlineTokenStream;

/**
 * How operators group, per the MySQL 8.4 Reference Manual 14.4.1 "Operator Precedence" (COLLATE and BINARY above
 * unary minus and ~, then ^, * /, + -, << >>, &, |, comparison): the operand and operator levels share one
 * left-recursive rule, and this pins the grouping it must keep.
 */
class ExpressionPrecedenceTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "-a COLLATE x => (- (a COLLATE x))",
        "BINARY a COLLATE b => (BINARY (a COLLATE b))",
        "a COLLATE x COLLATE y => ((a COLLATE x) COLLATE y)",
        "-a ^ b => ((- a) ^ b)",
        "a ^ - b ^ c => ((a ^ (- b)) ^ c)",
        "- - a => (- (- a))",
        "~a * b => ((~ a) * b)",
        "BINARY a + b => ((BINARY a) + b)",
        "a * b + c => ((a * b) + c)",
        "a + b COLLATE c => (a + (b COLLATE c))",
        "a | b & c << d + e * f ^ g => (a | (b & (c << (d + (e * (f ^ g))))))",
        "a - INTERVAL 2 HOUR * 3 => ((a - INTERVAL 2 HOUR) * 3)",
        "INTERVAL 1 DAY + a * 2 => (INTERVAL 1 DAY + (a * 2))",
        "INTERVAL 1 DAY + a | b => (INTERVAL 1 DAY + (a | b))",
        "-INTERVAL 1 DAY + a * 2 => (- (INTERVAL 1 DAY + (a * 2)))",
        "a BETWEEN 1 AND 2 + 3 => (a BETWEEN 1 AND (2 + 3))",
        "CASE WHEN a THEN b END + 1 => ((CASE WHEN a THEN b END) + 1)",
        "@v := 1 + 2 => (@v := (1 + 2))",
    })
    void groupsAsTheManualSays(String expression, String grouping) {
        MySqlLexer lexer = new MySqlLexer(CharStreams.fromString(""));
        MySqlParser parser = new MySqlParser(new DeadlineTokenStream(
                new MySqlTokenizer(lexer).tokenize("SELECT " + expression, false), lexer, Long.MAX_VALUE));
        MySqlParser.SelectStatementContext select = parser.singleStatement().topLevelStatement().statement()
                .selectStatement();
        MySqlParser.SelectItemContext item = DmlFactsCollector.firstSpecification(select.queryExpression())
                .selectItemList().selectItem(0);
        assertThat(parser.getNumberOfSyntaxErrors()).isZero();
        assertThat(shape(item)).isEqualTo(grouping);
    }

    /** The tree with single-child rule chains collapsed: each remaining parenthesis is one operator's operands. */
    private static String shape(ParseTree tree) {
        if (tree instanceof TerminalNode node) {
            return node.getText();
        }
        if (tree.getChildCount() == 1) {
            return shape(tree.getChild(0));
        }
        StringBuilder shape = new StringBuilder("(");
        for (int i = 0; i < tree.getChildCount(); i++) {
            shape.append(i > 0 ? " " : "").append(shape(tree.getChild(i)));
        }
        return shape.append(')').toString();
    }
}
