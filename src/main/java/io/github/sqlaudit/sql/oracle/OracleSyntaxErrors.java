package io.github.sqlaudit.sql.oracle;

import java.util.List;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

import io.github.sqlaudit.sql.ExpectedTokens;
import io.github.sqlaudit.sql.SourcePosition;
import io.github.sqlaudit.sql.SyntaxError;

/**
 * Turns the first error ANTLR reports on an Oracle statement into a {@link SyntaxError} in words, positioned in the
 * script, and stops the parse there.
 */
final class OracleSyntaxErrors extends BaseErrorListener {

    private final SourcePosition chunkStart;
    private final String text;

    OracleSyntaxErrors(SourcePosition chunkStart, String text) {
        this.chunkStart = chunkStart;
        this.text = text;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String msg, RecognitionException e) {
        List<String> expected = List.of();
        if (recognizer instanceof Parser parser) {
            IntervalSet set = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
            expected = ExpectedTokens.describe(set, parser.getVocabulary(), OracleSyntaxErrors::kindOf);
        }
        throw new Failure(toSyntaxError((Token) offendingSymbol, expected));
    }

    SyntaxError toSyntaxError(Token token, List<String> expected) {
        boolean atEnd = token == null || token.getType() == Token.EOF;
        SourcePosition position = atEnd ? endPosition() : scriptPosition(token.getLine(), token.getCharPositionInLine());
        String offending = atEnd ? "<end of statement>" : token.getText();
        StringBuilder message = new StringBuilder();
        if (atEnd) {
            message.append("the statement ends too early");
        } else if (token.getType() == OracleLexer.UNEXPECTED_CHARACTER) {
            message.append(offending.equals("'") || offending.equals("\"")
                    ? "unterminated " + (offending.equals("\"") ? "quoted name" : "string") + " starting here"
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

    private static String kindOf(int type) {
        return switch (type) {
            case OracleLexer.IDENTIFIER, OracleLexer.QUOTED_IDENTIFIER -> "a name";
            case OracleLexer.STRING_LITERAL, OracleLexer.Q_STRING_LITERAL -> "a string";
            case OracleLexer.NUMERIC_LITERAL -> "a number";
            case OracleLexer.BIND_VARIABLE, OracleLexer.SUBSTITUTION_VARIABLE -> "a variable";
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
