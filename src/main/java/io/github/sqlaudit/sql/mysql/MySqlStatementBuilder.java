package io.github.sqlaudit.sql.mysql;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.antlr.v4.runtime.ParserRuleContext;

import io.github.sqlaudit.sql.DdlFacts;
import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.DmlFacts;
import io.github.sqlaudit.sql.ObjectType;
import io.github.sqlaudit.sql.ScriptChunk;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.TableRef;

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
        List<TableRef> read;
        List<TableRef> written;
        if (hasDmlFacts(kind)) {
            DmlFactsCollector collector = new DmlFactsCollector(); // one walk for the facts and the tables
            dml = Optional.of(collector.collect(statement));
            read = collector.read();
            written = collector.written();
        } else if (kind.isDdl() && tablesFollowFromFacts(statement)) {
            // Plain DDL names its tables in the facts already; no need to walk a CREATE TABLE's whole tree.
            ddl = DdlFactsBuilder.of(statement, List.of());
            Set<TableRef> writtenSet = new LinkedHashSet<>();
            Set<TableRef> readSet = new LinkedHashSet<>();
            ddl.ifPresent(facts -> tablesOf(facts, readSet, writtenSet));
            readSet.removeAll(writtenSet);
            read = List.copyOf(readSet);
            written = List.copyOf(writtenSet);
        } else {
            TableCollector tables = new TableCollector();
            top.accept(tables);
            read = tables.read();
            written = tables.written();
            if (kind.isDdl()) {
                ddl = DdlFactsBuilder.of(statement, read);
            }
        }
        return Statement.parsed(chunk, dialect, kind, read, written, dml, ddl, SessionFactsBuilder.of(statement));
    }

    /** DDL whose tables are all in its facts: no query inside, no rename or partition exchange in an ALTER. */
    private static boolean tablesFollowFromFacts(ParserRuleContext statement) {
        if (statement instanceof MySqlParser.CreateTableStatementContext create) {
            MySqlParser.CreateTableBodyContext body = create.createTableBody();
            return body instanceof MySqlParser.CreateTableWithElementsContext elements
                    ? elements.insertQuery() == null
                    : !(body instanceof MySqlParser.CreateTableAsQueryContext);
        }
        if (statement instanceof MySqlParser.AlterTableStatementContext alter) {
            return alter.alterTableActions() == null || alter.alterTableActions().alterSpecification().stream()
                    .noneMatch(spec -> spec instanceof MySqlParser.RenameTableContext
                            || spec instanceof MySqlParser.ExchangePartitionContext
                            || spec instanceof MySqlParser.ConvertPartitionToTableContext
                            || spec instanceof MySqlParser.ConvertTableToPartitionContext);
        }
        return statement instanceof MySqlParser.CreateIndexStatementContext
                || statement instanceof MySqlParser.DropIndexStatementContext
                || statement instanceof MySqlParser.DropTableStatementContext
                || statement instanceof MySqlParser.TruncateTableStatementContext
                || statement instanceof MySqlParser.RenameTableStatementContext;
    }

    private static void tablesOf(DdlFacts facts, Set<TableRef> read, Set<TableRef> written) {
        facts.object().filter(o -> o.type() == ObjectType.TABLE).ifPresent(o -> written.add(o.name()));
        facts.onTable().ifPresent(written::add);
        facts.dropped().stream().filter(o -> o.type() == ObjectType.TABLE).forEach(o -> written.add(o.name()));
        facts.renames().forEach(r -> {
            written.add(r.from());
            written.add(r.to());
        });
        facts.foreignKeys().forEach(fk -> read.add(fk.referencedTable()));
        facts.alterOperations().forEach(op -> op.foreignKey().ifPresent(fk -> read.add(fk.referencedTable())));
        read.addAll(facts.createdFrom());
    }

    private static boolean hasDmlFacts(StatementKind kind) {
        return switch (kind) {
            case SELECT, INSERT, UPDATE, DELETE, REPLACE -> true;
            default -> false;
        };
    }
}
