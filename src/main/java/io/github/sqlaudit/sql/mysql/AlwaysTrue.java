package io.github.sqlaudit.sql.mysql;

import java.util.Optional;

import org.antlr.v4.runtime.tree.ParseTree;

import io.github.sqlaudit.sql.ColumnRef;

/**
 * Decides whether a WHERE condition is true for every row, the way {@code WHERE 1=1} or {@code WHERE x OR 1}
 * turn a targeted UPDATE/DELETE into one on the whole table.
 */
final class AlwaysTrue {

    private AlwaysTrue() {
    }

    static boolean test(ParseTree condition) {
        ParseTree expr = Expressions.unwrap(condition);
        if (expr instanceof MySqlParser.OrExprContext or) {
            return test(or.expr(0)) || test(or.expr(1));
        }
        if (expr instanceof MySqlParser.AndExprContext and) {
            return test(and.expr(0)) && test(and.expr(1));
        }
        if (expr instanceof MySqlParser.NotExprContext not) {
            return AlwaysFalse.test(not.expr());
        }
        if (expr instanceof MySqlParser.ComparisonContext comparison) {
            return sameValueComparedEqual(comparison);
        }
        if (expr instanceof MySqlParser.IsPredicateContext is && is.NOT() != null && is.NULL() != null) {
            return Expressions.literalType(is.predicate()).filter(t -> t != io.github.sqlaudit.sql.LiteralType.NULL).isPresent();
        }
        return truthyLiteral(expr);
    }

    private static boolean truthyLiteral(ParseTree expr) {
        if (expr instanceof MySqlParser.LiteralContext literal && literal.TRUE() != null) {
            return true;
        }
        Optional<Double> number = Expressions.numberValue(expr);
        return number.isPresent() && number.get() != 0;
    }

    /** {@code 1 = 1}, {@code 'a' = 'a'}, {@code col = col}, {@code 2 > 1}. */
    private static boolean sameValueComparedEqual(MySqlParser.ComparisonContext comparison) {
        String operator = comparison.comparisonOperator().getStart().getText();
        ParseTree left = comparison.predicate();
        ParseTree right = comparison.bitExpr();
        Optional<Double> leftNumber = Expressions.numberValue(left);
        Optional<Double> rightNumber = Expressions.numberValue(right);
        if (leftNumber.isPresent() && rightNumber.isPresent()) {
            double l = leftNumber.get();
            double r = rightNumber.get();
            return switch (operator) {
                case "=", "<=>" -> l == r;
                case "<>", "!=" -> l != r;
                case "<" -> l < r;
                case "<=" -> l <= r;
                case ">" -> l > r;
                case ">=" -> l >= r;
                default -> false;
            };
        }
        boolean equalityLike = operator.equals("=") || operator.equals("<=>") || operator.equals("<=")
                || operator.equals(">=");
        if (!equalityLike) {
            return false;
        }
        Optional<String> leftText = Expressions.stringValue(left);
        Optional<String> rightText = Expressions.stringValue(right);
        if (leftText.isPresent() && rightText.isPresent()) {
            return leftText.get().equals(rightText.get());
        }
        Optional<ColumnRef> leftColumn = Expressions.column(left);
        return leftColumn.isPresent() && leftColumn.equals(Expressions.column(right));
    }

    /** The negated side of {@code NOT ...}: a literal false or zero. */
    private static final class AlwaysFalse {
        static boolean test(ParseTree condition) {
            ParseTree expr = Expressions.unwrap(condition);
            if (expr instanceof MySqlParser.LiteralContext literal && literal.FALSE() != null) {
                return true;
            }
            Optional<Double> number = Expressions.numberValue(expr);
            return number.isPresent() && number.get() == 0;
        }
    }
}
