package io.github.sqlaudit.sql.mysql;

import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

/**
 * A token stream that stops the parse when the statement's time budget is spent. Prediction reads tokens through
 * LT (LA goes through it too), so checking there bounds both parsing and lookahead; the clock is read every 1024 calls to stay cheap.
 */
final class DeadlineTokenStream extends CommonTokenStream {

    private final long deadline;
    private int calls;

    DeadlineTokenStream(TokenSource source, long deadline) {
        super(source);
        this.deadline = deadline;
    }

    @Override
    public Token LT(int k) {
        tick();
        return super.LT(k);
    }

    private void tick() {
        if ((++calls & 0x3FF) == 0 && System.nanoTime() - deadline > 0) {
            throw new ParseBudgetExceeded();
        }
    }

    /** Thrown when the budget is spent; turned into a SyntaxError by the caller. */
    static final class ParseBudgetExceeded extends RuntimeException {
        ParseBudgetExceeded() {
            super("parse time budget exceeded", null, false, false);
        }
    }
}
