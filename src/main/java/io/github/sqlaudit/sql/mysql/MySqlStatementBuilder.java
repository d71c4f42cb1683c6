package io.github.sqlaudit.sql.mysql;

import java.util.Optional;

import org.antlr.v4.runtime.ParserRuleContext;

import io.github.sqlaudit.sql.DdlFacts;
import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.DmlFacts;
import io.github.sqlaudit.sql.ScriptChunk;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;

/** Builds the {@link Statement} of a parsed statement: kind, tables, DML and DDL facts. */
final class MySqlStatementBuilder {

    private final ScriptChunk chunk;
    private final Dialect dialect;

    MySqlStatementBuilder(ScriptChunk chunk, Dialect dialect) {
        this.chunk = chunk;
        this.dialect = dialect;
    }

    Statement build(MySqlParser.SingleStatementContext tree) {
        MySqlParser.TopLevelStatementContext top = tree.topLevelStatement();
        StatementKind kind = StatementKinds.of(top);
        ParserRuleContext statement = top.statement() == null ? top : (ParserRuleContext) top.statement().getChild(0);
        Optional<DmlFacts> dml = Optional.empty();
        Optional<DdlFacts> ddl = Optional.empty();
        TableCollector tables;
        if (hasDmlFacts(kind)) {
            DmlFactsCollector collector = new DmlFactsCollector(); // one walk for the facts and the tables
            dml = Optional.of(collector.collect(statement));
            tables = collector;
        } else {
            tables = new TableCollector();
            top.accept(tables);
            if (kind.isDdl()) {
                ddl = DdlFactsBuilder.of(statement, tables.read());
            }
        }
        return Statement.parsed(chunk, dialect, kind, tables.read(), tables.written(), dml, ddl,
                SessionFactsBuilder.of(statement));
    }

    private static boolean hasDmlFacts(StatementKind kind) {
        return switch (kind) {
            case SELECT, INSERT, UPDATE, DELETE, REPLACE -> true;
            default -> false;
        };
    }
}
