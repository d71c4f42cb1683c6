package io.github.sqlaudit.sql.mysql;

import java.util.List;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

import io.github.sqlaudit.sql.ExpectedTokens;
import io.github.sqlaudit.sql.SourcePosition;
import io.github.sqlaudit.sql.SyntaxError;

/**
 * Turns the first error ANTLR reports into a {@link SyntaxError} in words, positioned in the script, and stops the
 * parse there (recovering would only add noise for a reviewer).
 */
final class SyntaxErrorListener extends BaseErrorListener {

    private final SourcePosition chunkStart;
    private final String text;

    SyntaxErrorListener(SourcePosition chunkStart, String text) {
        this.chunkStart = chunkStart;
        this.text = text;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        Token token = (Token) offendingSymbol;
        if (e instanceof FailedPredicateException failed && recognizer instanceof Parser parser
                && failed.getMessage() != null && !failed.getMessage().startsWith("rule ")) {
            // A dialect check after a keyword (RETURNING, FOR SYSTEM_TIME ...): point at the keyword, say why.
            Token keyword = parser.getTokenStream().LT(-1);
            Token at = keyword != null ? keyword : token;
            SourcePosition position = scriptPosition(at.getLine(), at.getCharPositionInLine());
            throw new Failure(new SyntaxError(position.line(), position.column(), at.getText(),
                    "'" + ExpectedTokens.abbreviate(at.getText()) + "': " + failed.getMessage(), List.of()));
        }
        List<String> expected = List.of();
        if (recognizer instanceof Parser parser) {
            IntervalSet set = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
            expected = ExpectedTokens.describe(set, parser.getVocabulary(), SyntaxErrorListener::kindOf);
        }
        throw new Failure(toSyntaxError(token, expected));
    }

    SyntaxError toSyntaxError(Token token, List<String> expected) {
        boolean atEnd = token == null || token.getType() == Token.EOF;
        SourcePosition position = atEnd ? endPosition() : scriptPosition(token.getLine(), token.getCharPositionInLine());
        String offending = atEnd ? "<end of statement>" : token.getText();
        StringBuilder message = new StringBuilder();
        if (atEnd) {
            message.append("the statement ends too early");
        } else if (token.getType() == MySqlLexer.UNEXPECTED_CHARACTER) {
            message.append(isQuote(offending)
                    ? "unterminated " + (offending.equals("`") ? "quoted name" : "string") + " starting here"
                    : "unexpected character '" + offending + "'");
        } else {
            message.append("unexpected '").append(ExpectedTokens.abbreviate(offending)).append('\'');
        }
        if (!expected.isEmpty()) {
            message.append(", expected ").append(String.join(", ", expected));
        }
        return new SyntaxError(position.line(), position.column(), offending, message.toString(), expected);
    }

    /** Where the statement's text ends, one column after its last character. */
    private SourcePosition endPosition() {
        return SourcePosition.afterText(chunkStart, text);
    }

    /** Token positions (1-based line, 0-based column inside the chunk) → script position. */
    private SourcePosition scriptPosition(int line, int charPositionInLine) {
        return SourcePosition.inScript(chunkStart, line, charPositionInLine);
    }

    private static boolean isQuote(String text) {
        return text.equals("'") || text.equals("\"") || text.equals("`");
    }

    private static String kindOf(int type) {
        return switch (type) {
            case MySqlLexer.IDENTIFIER, MySqlLexer.QUOTED_IDENTIFIER -> "a name";
            case MySqlLexer.STRING_LITERAL, MySqlLexer.DQ_STRING_LITERAL, MySqlLexer.NATIONAL_STRING_LITERAL,
                 MySqlLexer.CHARSET_INTRODUCER -> "a string";
            case MySqlLexer.INTEGER_LITERAL, MySqlLexer.DECIMAL_LITERAL, MySqlLexer.FLOAT_LITERAL,
                 MySqlLexer.HEX_LITERAL, MySqlLexer.BIT_LITERAL -> "a number";
            case MySqlLexer.USER_VARIABLE, MySqlLexer.SYSTEM_VARIABLE -> "a variable";
            default -> null;
        };
    }

    /** Carries the error out of the parser. */
    static final class Failure extends RuntimeException {
        final transient SyntaxError error;

        Failure(SyntaxError error) {
            super(error.describe(), null, false, false);
            this.error = error;
        }
    }
}
