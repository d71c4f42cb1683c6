package io.github.sqlaudit.sql.oracle;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.Interval;

/**
 * All tokens of one statement, lexed up front and read by index. The Oracle lexer skips whitespace and comments,
 * so every token is on the default channel and none of {@code CommonTokenStream}'s channel bookkeeping (a scan per
 * read, lazy fetching) is needed on the parser's hottest path. The parse stops with {@link BudgetExceeded} once
 * the statement's time budget is spent (checked every 1024 reads).
 */
final class StatementTokens implements TokenStream {

    private final TokenSource source;
    private final List<Token> tokens = new ArrayList<>(64);
    private final long deadline;
    private int p;
    private int reads;

    StatementTokens(Lexer lexer, long deadline) {
        this.source = lexer;
        this.deadline = deadline;
        Token token;
        do {
            token = lexer.nextToken();
            ((WritableToken) token).setTokenIndex(tokens.size()); // as CommonTokenStream numbers them
            tokens.add(token);
        } while (token.getType() != Token.EOF);
    }

    /** Every token, the closing EOF included. */
    List<Token> tokens() {
        return tokens;
    }

    @Override
    public Token LT(int k) {
        if ((++reads & 0x3FF) == 0 && System.nanoTime() - deadline > 0) {
            throw new BudgetExceeded();
        }
        if (k == 0) {
            return null;
        }
        int i = k > 0 ? p + k - 1 : p + k;
        if (i < 0) {
            return null;
        }
        return tokens.get(Math.min(i, tokens.size() - 1)); // past the end: EOF
    }

    @Override
    public int LA(int i) {
        Token token = LT(i);
        return token == null ? Token.INVALID_TYPE : token.getType();
    }

    @Override
    public void consume() {
        if (tokens.get(p).getType() == Token.EOF) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public Token get(int index) {
        return tokens.get(index);
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = Math.min(Math.max(index, 0), tokens.size() - 1);
    }

    @Override
    public int size() {
        return tokens.size();
    }

    @Override
    public int mark() {
        return -1; // every token stays in memory: nothing to keep
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public TokenSource getTokenSource() {
        return source;
    }

    @Override
    public String getSourceName() {
        return source.getSourceName();
    }

    @Override
    public String getText() {
        return getText(Interval.of(0, tokens.size() - 1));
    }

    @Override
    public String getText(Interval interval) {
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(interval.a, 0); i <= interval.b && i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.getType() == Token.EOF) {
                break;
            }
            text.append(token.getText());
        }
        return text.toString();
    }

    @Override
    public String getText(RuleContext context) {
        return getText(context.getSourceInterval());
    }

    @Override
    public String getText(Token start, Token stop) {
        return start == null || stop == null ? "" : getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
    }

    static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super("parse time budget exceeded", null, false, false);
        }
    }
}
