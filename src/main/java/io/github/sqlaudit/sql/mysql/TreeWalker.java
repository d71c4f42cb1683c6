package io.github.sqlaudit.sql.mysql;

import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.RuleNode;

/**
 * A visitor that walks rule nodes only: the facts never come from a bare token, so the terminals (a third of the
 * tree) are not visited at all.
 */
abstract class TreeWalker extends MySqlParserBaseVisitor<Void> {

    @Override
    public Void visitChildren(RuleNode node) {
        List<ParseTree> children = ((ParserRuleContext) node).children;
        if (children == null) {
            return null;
        }
        for (int i = 0, n = children.size(); i < n; i++) {
            ParseTree child = children.get(i);
            if (child instanceof ParserRuleContext rule) {
                rule.accept(this);
            }
        }
        return null;
    }
}
