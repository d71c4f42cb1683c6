package io.github.sqlaudit.sql;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement of a script with what the parser learned about it. Immutable.
 *
 * <p>A statement that failed to parse carries its {@link SyntaxError} and no facts; its kind is still recognised
 * from the leading keywords where possible, so a rule can say "this DELETE does not parse".
 *
 * @param chunk         the splitter's piece: exact text, position, index in the script
 * @param dialect       the dialect it was parsed as
 * @param kind          what the statement does
 * @param tablesRead    tables the statement reads (FROM, JOIN, subqueries, INSERT ... SELECT sources), de-duplicated
 * @param tablesWritten tables the statement changes (DML targets, DDL subjects), de-duplicated
 * @param dml           facts for SELECT/INSERT/UPDATE/DELETE/REPLACE
 * @param ddl           facts for schema changes
 * @param error         why it did not parse
 * @param session       facts for CALL, USE and SET
 */
public record Statement(
        ScriptChunk chunk,
        Dialect dialect,
        StatementKind kind,
        List<TableRef> tablesRead,
        List<TableRef> tablesWritten,
        Optional<DmlFacts> dml,
        Optional<DdlFacts> ddl,
        Optional<SyntaxError> error,
        Optional<SessionFacts> session) {

    public Statement {
        Objects.requireNonNull(chunk, "chunk");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dml, "dml");
        Objects.requireNonNull(ddl, "ddl");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(session, "session");
        tablesRead = List.copyOf(tablesRead);
        tablesWritten = List.copyOf(tablesWritten);
    }

    /** A statement that parsed. */
    public static Statement parsed(ScriptChunk chunk, Dialect dialect, StatementKind kind,
                                   List<TableRef> tablesRead, List<TableRef> tablesWritten,
                                   Optional<DmlFacts> dml, Optional<DdlFacts> ddl) {
        return new Statement(chunk, dialect, kind, tablesRead, tablesWritten, dml, ddl, Optional.empty(),
                Optional.empty());
    }

    /** A statement that parsed, with session facts (CALL, USE, SET). */
    public static Statement parsed(ScriptChunk chunk, Dialect dialect, StatementKind kind,
                                   List<TableRef> tablesRead, List<TableRef> tablesWritten,
                                   Optional<DmlFacts> dml, Optional<DdlFacts> ddl, Optional<SessionFacts> session) {
        return new Statement(chunk, dialect, kind, tablesRead, tablesWritten, dml, ddl, Optional.empty(), session);
    }

    /** A statement that did not parse. */
    public static Statement failed(ScriptChunk chunk, Dialect dialect, StatementKind kind, SyntaxError error) {
        return new Statement(chunk, dialect, kind, List.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.of(error), Optional.empty());
    }

    public boolean ok() {
        return error.isEmpty();
    }

    /** The exact source text, without the delimiter. */
    public String text() {
        return chunk.text();
    }

    /** 0-based position of the statement in its script. */
    public int index() {
        return chunk.index();
    }

    public SourcePosition start() {
        return chunk.start();
    }

    public SourcePosition end() {
        return chunk.end();
    }

    public int startLine() {
        return chunk.start().line();
    }
}
