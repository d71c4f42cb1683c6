package io.github.sqlaudit.sql.mysql;

import java.util.Locale;
import java.util.Optional;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

import io.github.sqlaudit.sql.ColumnRef;
import io.github.sqlaudit.sql.LiteralType;

/** Reads what an expression is when it is simple: a bare column, a literal, a function of a column. */
final class Expressions {

    private Expressions() {
    }

    /** Descends through the rules that only wrap one operand (expr → predicate → bitExpr → simpleExpr → literal). */
    static ParseTree unwrap(ParseTree tree) {
        ParseTree current = tree;
        while (true) {
            if (current instanceof MySqlParser.PredicateExprContext predicate) {
                current = predicate.predicate();
            } else if (current instanceof MySqlParser.BitPredicateContext bit) {
                current = bit.bitExpr();
            } else if (current instanceof MySqlParser.SimpleBitExprContext simple) {
                current = simple.simpleExpr();
            } else if (current instanceof MySqlParser.ParenthesizedExprContext parenthesized) {
                current = parenthesized.expr();
            } else if (current instanceof MySqlParser.LiteralExprContext literal) {
                current = literal.literal();
            } else {
                return current;
            }
        }
    }

    /** The column when the expression is just a column (no JSON path). */
    static Optional<ColumnRef> column(ParseTree tree) {
        if (unwrap(tree) instanceof MySqlParser.ColumnRefExprContext column && column.jsonPath() == null) {
            return Optional.of(Names.column(column.columnRef()));
        }
        return Optional.empty();
    }

    /** The literal's type when the expression is a literal (a signed number counts). */
    static Optional<LiteralType> literalType(ParseTree tree) {
        ParseTree inner = unwrap(tree);
        if (inner instanceof MySqlParser.UnaryExprContext unary
                && (unary.getChild(0).getText().equals("-") || unary.getChild(0).getText().equals("+"))) {
            return literalType(unary.simpleExpr()).filter(t -> t == LiteralType.NUMBER);
        }
        if (!(inner instanceof MySqlParser.LiteralContext literal)) {
            return Optional.empty();
        }
        if (literal.textLiteral() != null) {
            return Optional.of(literal.DATE() != null || literal.TIME() != null || literal.TIMESTAMP() != null
                    ? LiteralType.TEMPORAL : LiteralType.STRING);
        }
        if (literal.numberLiteral() != null) {
            return Optional.of(LiteralType.NUMBER);
        }
        if (literal.HEX_LITERAL() != null || literal.BIT_LITERAL() != null) {
            return Optional.of(LiteralType.BINARY);
        }
        if (literal.TRUE() != null || literal.FALSE() != null) {
            return Optional.of(LiteralType.BOOLEAN);
        }
        if (literal.NULL() != null) {
            return Optional.of(LiteralType.NULL);
        }
        return Optional.of(LiteralType.TEMPORAL); // ODBC {d '...'} escapes
    }

    /** The value of a string literal expression, unquoted. */
    static Optional<String> stringValue(ParseTree tree) {
        ParseTree inner = unwrap(tree);
        if (inner instanceof MySqlParser.LiteralContext literal && literal.textLiteral() != null
                && literal.DATE() == null && literal.TIME() == null && literal.TIMESTAMP() == null) {
            return Optional.of(Names.text(literal.textLiteral()));
        }
        return Optional.empty();
    }

    /** A numeric literal's value when the expression is one. */
    static Optional<Double> numberValue(ParseTree tree) {
        ParseTree inner = unwrap(tree);
        if (inner instanceof MySqlParser.LiteralContext literal) {
            inner = literal.numberLiteral();
        }
        if (inner instanceof MySqlParser.NumberLiteralContext number) {
            try {
                return Optional.of(Double.parseDouble(number.getStart().getText()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Upper-case name of a function call, or empty when the expression is not a (non-aggregate) function call. */
    static Optional<String> functionName(MySqlParser.FunctionCallContext call) {
        if (call instanceof MySqlParser.GenericFunctionCallContext generic) {
            return Optional.of(Names.unquote(generic.functionName().getStart().getText()).toUpperCase(Locale.ROOT));
        }
        if (call instanceof MySqlParser.SpecialFunctionCallContext special) {
            return Optional.of(special.specialFunction().getStart().getText().toUpperCase(Locale.ROOT));
        }
        if (call instanceof MySqlParser.QualifiedFunctionCallContext qualified) {
            return Optional.of((qualified.identifier().getText() + qualified.dotIdentifier().getText())
                    .toUpperCase(Locale.ROOT));
        }
        return Optional.empty();
    }
}
