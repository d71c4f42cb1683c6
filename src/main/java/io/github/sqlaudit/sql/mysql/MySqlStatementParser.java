package io.github.sqlaudit.sql.mysql;

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
import io.github.sqlaudit.sql.StatementParser;
import io.github.sqlaudit.sql.SyntaxError;

/**
 * Parses one MySQL or MariaDB statement: SLL prediction with bail-out first (fast, right for nearly every
 * statement), full LL with error reporting only when SLL fails. The generated parser's DFA cache is static, so
 * every instance shares what the others learned.
 *
 * <p>Not thread-safe: the lexer and parser are reused from statement to statement.
 */
public final class MySqlStatementParser implements StatementParser {

    private final Dialect dialect;
    private final ParseLimits limits;
    private final MySqlLexer lexer;
    private final MySqlParser parser;
    private final MySqlTokenizer tokenizer;

    public MySqlStatementParser(Dialect dialect, ParseLimits limits) {
        if (dialect != Dialect.MYSQL && dialect != Dialect.MARIADB) {
            throw new IllegalArgumentException("not a MySQL dialect: " + dialect);
        }
        this.dialect = dialect;
        this.limits = limits;
        this.lexer = new MySqlLexer(CharStreams.fromString(""));
        this.lexer.removeErrorListeners();
        this.parser = new MySqlParser(null);
        this.parser.removeErrorListeners();
        this.parser.setInterpreter(new Ll1Prediction(parser, MySqlParser._ATN, MySqlParser._decisionToDFA,
                MySqlParser._sharedContextCache));
        this.tokenizer = new MySqlTokenizer(lexer);
    }

    @Override
    public Statement parse(ScriptChunk chunk) {
        Outcome outcome = tryParse(chunk, dialect == Dialect.MARIADB);
        if (outcome.error == null) {
            return new MySqlStatementBuilder(chunk, dialect).build(outcome.tree);
        }
        SyntaxError error = withDialectHint(chunk, outcome.error);
        return Statement.failed(chunk, dialect, StatementKinds.guess(outcome.tokens), error);
    }

    /** When the other dialect accepts the statement, say so: the script may target the wrong database. */
    private SyntaxError withDialectHint(ScriptChunk chunk, SyntaxError error) {
        boolean mariaDb = dialect == Dialect.MARIADB;
        if (error.message().startsWith("the statement is nested") || error.message().startsWith("the parser gave up")
                || error.message().endsWith(" syntax") || error.message().endsWith(" types")) {
            return error;
        }
        Outcome other = tryParse(chunk, !mariaDb);
        if (other.error != null) {
            return error;
        }
        String hint = mariaDb ? " (this is MySQL syntax that MariaDB does not accept)"
                : " (this is MariaDB syntax that MySQL does not accept)";
        return new SyntaxError(error.line(), error.column(), error.offendingText(), error.message() + hint,
                error.expected());
    }

    private Outcome tryParse(ScriptChunk chunk, boolean mariaDb) {
        String text = chunk.text();
        SyntaxErrorListener errors = new SyntaxErrorListener(chunk.start(), text);
        long deadline = System.nanoTime() + limits.budgetNanos(text.length());
        List<Token> all = tokenizer.tokenize(text, mariaDb);
        DeadlineTokenStream tokens = new DeadlineTokenStream(all, lexer, deadline);
        try {
            int depth = NestingDepth.of(all);
            if (depth > limits.maxNestingDepth()) {
                Token at = NestingDepth.tokenAtDepth(all, limits.maxNestingDepth() + 1);
                SyntaxError tooDeep = errors.toSyntaxError(at, List.of());
                return Outcome.failed(all, new SyntaxError(tooDeep.line(), tooDeep.column(), tooDeep.offendingText(),
                        "the statement is nested more than " + limits.maxNestingDepth()
                                + " levels deep; simplify it", List.of()));
            }
            parser.setMariaDb(mariaDb);
            MySqlParser.SingleStatementContext tree;
            try {
                tree = parseWith(tokens, PredictionMode.SLL, null);
            } catch (ParseCancellationException sllFailed) {
                tree = parseWith(tokens, PredictionMode.LL, errors);
            }
            return Outcome.parsed(all, tree);
        } catch (SyntaxErrorListener.Failure failure) {
            return Outcome.failed(tokens.getTokens(), failure.error);
        } catch (DeadlineTokenStream.ParseBudgetExceeded | StackOverflowError e) {
            String why = e instanceof StackOverflowError ? "the statement is nested too deeply to parse; simplify it"
                    : "the parser gave up after its time budget; split or simplify the statement";
            return Outcome.failed(tokens.getTokens(), new SyntaxError(chunk.start().line(), chunk.start().column(),
                    firstWord(text), why, List.of()));
        }
    }

    private MySqlParser.SingleStatementContext parseWith(DeadlineTokenStream tokens, PredictionMode mode,
                                                         SyntaxErrorListener errors) {
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

    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && end < 40) {
            end++;
        }
        return text.substring(0, end);
    }

    /** The result of one attempt: a tree, or an error; the tokens either way (to guess a failed statement's kind). */
    private record Outcome(List<Token> tokens, MySqlParser.SingleStatementContext tree, SyntaxError error) {
        static Outcome parsed(List<Token> tokens, MySqlParser.SingleStatementContext tree) {
            return new Outcome(tokens, tree, null);
        }

        static Outcome failed(List<Token> tokens, SyntaxError error) {
            return new Outcome(tokens, null, error);
        }
    }
}
