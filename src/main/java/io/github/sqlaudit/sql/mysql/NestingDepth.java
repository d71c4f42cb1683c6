package io.github.sqlaudit.sql.mysql;

import java.util.List;

import org.antlr.v4.runtime.Token;

/** Measures how deeply parentheses nest in a statement, before the recursive-descent parser has to. */
final class NestingDepth {

    private NestingDepth() {
    }

    static int of(List<Token> tokens) {
        int depth = 0;
        int max = 0;
        for (Token token : tokens) {
            int type = token.getType();
            if (type == MySqlLexer.LEFT_PAREN) {
                max = Math.max(max, ++depth);
            } else if (type == MySqlLexer.RIGHT_PAREN) {
                depth--;
            }
        }
        return max;
    }

    /** The first token that opens the given nesting level. */
    static Token tokenAtDepth(List<Token> tokens, int level) {
        int depth = 0;
        for (Token token : tokens) {
            if (token.getType() == MySqlLexer.LEFT_PAREN && ++depth == level) {
                return token;
            } else if (token.getType() == MySqlLexer.RIGHT_PAREN) {
                depth--;
            }
        }
        return tokens.get(0);
    }
}
