package io.github.sqlaudit.sql.oracle;

import java.util.List;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import io.github.sqlaudit.sql.DeadlineTokenStream;
import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.Ll1Prediction;
import io.github.sqlaudit.sql.ParseLimits;
import io.github.sqlaudit.sql.ScriptChunk;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.StatementParser;
import io.github.sqlaudit.sql.SyntaxError;

/**
 * Parses one Oracle statement or PL/SQL unit: SLL prediction with bail-out first, full LL with error reporting
 * only when SLL fails. The generated parser's DFA cache is static, shared by every instance.
 *
 * <p>Not thread-safe: the lexer and parser are reused from statement to statement.
 */
public final class OracleStatementParser implements StatementParser {

    private final ParseLimits limits;
    private final OracleLexer lexer;
    private final OracleParser parser;

    public OracleStatementParser(ParseLimits limits) {
        this.limits = limits;
        this.lexer = new OracleLexer(CharStreams.fromString(""));
        this.lexer.removeErrorListeners();
        this.parser = new OracleParser(null);
        this.parser.removeErrorListeners();
        this.parser.setInterpreter(new Ll1Prediction(parser, OracleParser._ATN, OracleParser._decisionToDFA,
                OracleParser._sharedContextCache));
    }

    @Override
    public Statement parse(ScriptChunk chunk) {
        String text = chunk.text();
        OracleSyntaxErrors errors = new OracleSyntaxErrors(chunk.start(), text);
        long deadline = System.nanoTime() + limits.budgetNanos(text.length());
        lexer.setInputStream(CharStreams.fromString(text + "\n"));
        DeadlineTokenStream tokens = null;
        try {
            tokens = DeadlineTokenStream.lexed(lexer, deadline);
            List<Token> all = tokens.getTokens();
            Token tooDeep = tooDeep(all, limits.maxNestingDepth());
            if (tooDeep != null) {
                SyntaxError at = errors.toSyntaxError(tooDeep, List.of());
                return Statement.failed(chunk, Dialect.ORACLE, OracleStatementKinds.guess(all), new SyntaxError(
                        at.line(), at.column(), at.offendingText(), "the statement is nested more than "
                        + limits.maxNestingDepth() + " levels deep; simplify it", List.of()));
            }
            OracleParser.SingleStatementContext tree;
            try {
                tree = parseWith(tokens, PredictionMode.SLL, null);
            } catch (ParseCancellationException sllFailed) {
                tree = parseWith(tokens, PredictionMode.LL, errors);
            }
            return new OracleStatementBuilder(chunk).build(tree);
        } catch (OracleSyntaxErrors.Failure failure) {
            return Statement.failed(chunk, Dialect.ORACLE, OracleStatementKinds.guess(tokens.getTokens()), failure.error);
        } catch (DeadlineTokenStream.ParseBudgetExceeded | StackOverflowError e) {
            String why = e instanceof StackOverflowError ? "the statement is nested too deeply to parse; simplify it"
                    : "the parser gave up after its time budget; split or simplify the statement";
            return Statement.failed(chunk, Dialect.ORACLE,
                    tokens == null ? StatementKind.OTHER : OracleStatementKinds.guess(tokens.getTokens()),
                    new SyntaxError(chunk.start().line(), chunk.start().column(), firstWord(text), why, List.of()));
        }
    }

    private OracleParser.SingleStatementContext parseWith(DeadlineTokenStream tokens, PredictionMode mode,
                                                          OracleSyntaxErrors errors) {
        tokens.seek(0);
        parser.setTokenStream(tokens);
        parser.getInterpreter().setPredictionMode(mode);
        parser.removeErrorListeners();
        if (errors == null) {
            parser.setErrorHandler(new BailErrorStrategy());
        } else {
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(errors);
        }
        return parser.singleStatement();
    }

    /** The first token that opens a parenthesis nesting level beyond {@code max}, or null. */
    private static Token tooDeep(List<Token> tokens, int max) {
        int depth = 0;
        for (Token token : tokens) {
            switch (token.getType()) {
                case OracleLexer.LEFT_PAREN -> {
                    if (++depth > max) {
                        return token;
                    }
                }
                case OracleLexer.RIGHT_PAREN -> depth--;
                default -> { }
            }
        }
        return null;
    }

    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && end < 40) {
            end++;
        }
        return text.substring(0, end);
    }
}
