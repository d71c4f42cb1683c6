package io.github.sqlaudit.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.github.sqlaudit.sql.mysql.MySqlStatementParser;
import io.github.sqlaudit.sql.oracle.OracleStatementParser;

/**
 * The entry point for parsing scripts: splits them with the dialect's {@link ScriptSplitter} and parses each
 * statement with the dialect's grammar (SLL prediction first, full LL only when SLL fails).
 *
 * <pre>{@code
 * SqlParser parser = SqlParser.forDialect(Dialect.MYSQL);
 * try (Stream<Statement> statements = parser.parseScript(reader)) {
 *     statements.forEach(...);
 * }
 * }</pre>
 *
 * <p>An instance reuses its lexer and parser and is meant for one thread at a time; create one per thread.
 * Scripts are streamed: only the statement being parsed is held in memory.
 */
public final class SqlParser {

    private final Dialect dialect;
    private final ScriptSplitter splitter;
    private final StatementParser statementParser;

    private SqlParser(Dialect dialect, ScriptSplitter splitter, StatementParser statementParser) {
        this.dialect = dialect;
        this.splitter = splitter;
        this.statementParser = statementParser;
    }

    public static SqlParser forDialect(Dialect dialect) {
        return forDialect(dialect, ParseLimits.DEFAULT);
    }

    public static SqlParser forDialect(Dialect dialect, ParseLimits limits) {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(limits, "limits");
        return switch (dialect) {
            case MYSQL, MARIADB -> new SqlParser(dialect, ScriptSplitter.forDialect(dialect),
                    new MySqlStatementParser(dialect, limits));
            case ORACLE -> new SqlParser(dialect, ScriptSplitter.forDialect(dialect),
                    new OracleStatementParser(limits));
        };
    }

    /**
     * Parses a built-in set of common statements once, so that the shared DFA cache and the JIT know them before
     * the first real script (call it at startup; the effect lasts for the JVM). Returns the statements parsed.
     */
    public static int warmUp(Dialect dialect) {
        SqlParser parser = forDialect(dialect);
        try (InputStream in = SqlParser.class.getResourceAsStream(dialect == Dialect.ORACLE
                ? "/io/github/sqlaudit/sql/oracle/warm-up.sql" : "/io/github/sqlaudit/sql/mysql/warm-up.sql")) {
            if (in == null) {
                throw new IllegalStateException("warm-up.sql is missing from the classpath");
            }
            int parsed = 0;
            Iterator<Statement> statements = parser.statements(new Utf8ScriptReader(in));
            while (statements.hasNext()) {
                statements.next();
                parsed++;
            }
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * Parses a script lazily: each statement is split and parsed as the iterator advances. Reading errors
     * surface as {@link ScriptReadException}.
     */
    public Iterator<Statement> statements(Reader script) {
        Iterator<ScriptChunk> chunks = splitter.split(script);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return chunks.hasNext();
            }

            @Override
            public Statement next() {
                return parse(chunks.next());
            }
        };
    }

    /** {@link #statements(Reader)} as a sequential stream; closing the stream closes the reader. */
    public Stream<Statement> parseScript(Reader script) {
        Spliterator<Statement> spliterator = Spliterators.spliteratorUnknownSize(statements(script),
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(() -> {
            try {
                script.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Parses a whole script given as text (tests, small inputs). */
    public List<Statement> parseAll(String script) {
        try (Stream<Statement> statements = parseScript(new StringReader(script))) {
            return statements.toList();
        }
    }

    /** Parses one chunk cut by this dialect's splitter. */
    public Statement parse(ScriptChunk chunk) {
        if (chunk.clientCommand()) {
            return Statement.parsed(chunk, dialect, StatementKind.CLIENT_COMMAND, List.of(), List.of(),
                    Optional.empty(), Optional.empty());
        }
        return statementParser.parse(chunk);
    }

    /**
     * Parses a single statement's text (a trailing delimiter is allowed); the statement is placed at line 1,
     * column 1.
     */
    public Statement parseStatement(String text) {
        List<Statement> statements = parseAll(text);
        if (statements.size() != 1) {
            throw new IllegalArgumentException("expected one statement, found " + statements.size());
        }
        return statements.get(0);
    }
}
