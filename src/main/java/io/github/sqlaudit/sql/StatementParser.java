package io.github.sqlaudit.sql;

/**
 * Parses one statement of one dialect. Implementations keep a lexer and parser for reuse, so an instance is used
 * by one thread at a time; the generated parsers' DFA cache is shared by all instances.
 */
public interface StatementParser {

    /** Parses a chunk cut by the dialect's {@link ScriptSplitter}; never throws for bad SQL (see {@link Statement#error()}). */
    Statement parse(ScriptChunk chunk);
}
