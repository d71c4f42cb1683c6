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

    /** Descends through the rules that only wrap one operand (expr → predicate → bitExpr → literal). */
    static ParseTree unwrap(ParseTree tree) {
        ParseTree current = tree;
        while (true) {
            if (current instanceof MySqlParser.PredicateExprContext predicate) {
                current = predicate.predicate();
            } else if (current instanceof MySqlParser.BitPredicateContext bit) {
                current = bit.bitExpr();
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
                && (unary.getStart().getType() == MySqlLexer.MINUS_SIGN || unary.getStart().getType() == MySqlLexer.PLUS)) {
            return literalType(unary.bitExpr()).filter(t -> t == LiteralType.NUMBER);
        }
        if (!(inner instanceof MySqlParser.LiteralContext literal)) {
            return Optional.empty();
        }
        // One look at the first token instead of a children scan per literal kind (this runs for every comparison).
        return Optional.of(switch (literal.getStart().getType()) {
            case MySqlLexer.STRING_LITERAL, MySqlLexer.DQ_STRING_LITERAL, MySqlLexer.NATIONAL_STRING_LITERAL,
                 MySqlLexer.CHARSET_INTRODUCER -> LiteralType.STRING;
            case MySqlLexer.INTEGER_LITERAL, MySqlLexer.DECIMAL_LITERAL, MySqlLexer.FLOAT_LITERAL -> LiteralType.NUMBER;
            case MySqlLexer.HEX_LITERAL, MySqlLexer.BIT_LITERAL -> LiteralType.BINARY;
            case MySqlLexer.TRUE, MySqlLexer.FALSE -> LiteralType.BOOLEAN;
            case MySqlLexer.NULL -> LiteralType.NULL;
            default -> LiteralType.TEMPORAL; // DATE/TIME/TIMESTAMP 'text' and ODBC {d '...'} escapes
        });
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
