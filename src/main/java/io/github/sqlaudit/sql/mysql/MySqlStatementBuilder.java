package io.github.sqlaudit.sql.mysql;

import java.util.List;
import java.util.Optional;

import org.antlr.v4.runtime.Token;

import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.ScriptChunk;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;

/** Builds the {@link Statement} of a parsed statement: kind, tables, DML and DDL facts. */
final class MySqlStatementBuilder {

    private final ScriptChunk chunk;
    private final Dialect dialect;
    private final List<Token> tokens;

    MySqlStatementBuilder(ScriptChunk chunk, Dialect dialect, List<Token> tokens) {
        this.chunk = chunk;
        this.dialect = dialect;
        this.tokens = tokens;
    }

    Statement build(MySqlParser.SingleStatementContext tree) {
        StatementKind kind = StatementKinds.of(tree.topLevelStatement());
        return Statement.parsed(chunk, dialect, kind, List.of(), List.of(), Optional.empty(), Optional.empty());
    }
}
