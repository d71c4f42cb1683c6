package io.github.sqlaudit.sql;

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
 * The parser's view of a statement's tokens, all lexed beforehand (the lexer skips whitespace and comments, so
 * every token is on the default channel and the stream is a plain index into the list; ANTLR's
 * CommonTokenStream would search for on-channel tokens at every step). It also stops the parse when the
 * statement's time budget is spent: prediction reads tokens through LT and LA, so checking there bounds both
 * parsing and lookahead; the clock is read every 1024 calls to stay cheap.
 */
public final class DeadlineTokenStream implements TokenStream {

    private final List<Token> tokens;
    private final Token[] array;
    /** The token types, so that LA does not touch the token objects. */
    private final int[] types;
    private final TokenSource source;
    private final long deadline;
    private final int last;
    private int p;
    private int calls;

    /** {@code tokens} ends with EOF; each token's index is its position in the list. */
    public DeadlineTokenStream(List<Token> tokens, TokenSource source, long deadline) {
        this.tokens = tokens;
        this.source = source;
        this.deadline = deadline;
        this.last = tokens.size() - 1;
        this.array = tokens.toArray(new Token[0]);
        this.types = new int[array.length];
        for (int i = 0; i < array.length; i++) {
            types[i] = array[i].getType();
        }
    }

    /** All tokens {@code lexer} makes of its input, EOF included, numbered as CommonTokenStream numbers them. */
    public static DeadlineTokenStream lexed(Lexer lexer, long deadline) {
        List<Token> tokens = new ArrayList<>(64);
        Token token;
        do {
            token = lexer.nextToken();
            ((WritableToken) token).setTokenIndex(tokens.size());
            tokens.add(token);
        } while (token.getType() != Token.EOF);
        return new DeadlineTokenStream(tokens, lexer, deadline);
    }

    /** Every token, the closing EOF included. */
    public List<Token> getTokens() {
        return tokens;
    }

    @Override
    public Token LT(int k) {
        tick();
        if (k > 0) {
            int i = p + k - 1;
            return array[i < last ? i : last];
        }
        if (k == 0 || p + k < 0) {
            return null;
        }
        return array[p + k];
    }

    @Override
    public int LA(int k) {
        tick();
        if (k > 0) {
            int i = p + k - 1;
            return types[i < last ? i : last];
        }
        if (k == 0 || p + k < 0) {
            return Token.INVALID_TYPE;
        }
        return types[p + k];
    }

    private void tick() {
        if ((++calls & 0x3FF) == 0 && System.nanoTime() - deadline > 0) {
            throw new ParseBudgetExceeded();
        }
    }

    @Override
    public void consume() {
        if (p >= last) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // every token is kept
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = Math.max(0, Math.min(index, last));
    }

    @Override
    public int size() {
        return tokens.size();
    }

    @Override
    public String getSourceName() {
        return source.getSourceName();
    }

    @Override
    public Token get(int index) {
        return array[index];
    }

    @Override
    public TokenSource getTokenSource() {
        return source;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int stop = Math.min(interval.b, last);
        StringBuilder text = new StringBuilder();
        for (int i = start; i <= stop; i++) {
            Token token = array[i];
            if (token.getType() == Token.EOF) {
                break;
            }
            text.append(token.getText());
        }
        return text.toString();
    }

    @Override
    public String getText() {
        return getText(Interval.of(0, last));
    }

    @Override
    public String getText(RuleContext ctx) {
        return getText(ctx.getSourceInterval());
    }

    @Override
    public String getText(Token start, Token stop) {
        return start == null || stop == null ? "" : getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
    }

    /** Thrown when the budget is spent; turned into a SyntaxError by the caller. */
    public static final class ParseBudgetExceeded extends RuntimeException {
        ParseBudgetExceeded() {
            super("parse time budget exceeded", null, false, false);
        }
    }
}
