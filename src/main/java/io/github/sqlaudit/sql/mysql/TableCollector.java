package io.github.sqlaudit.sql.mysql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.sqlaudit.sql.ColumnRef;
import io.github.sqlaudit.sql.TableRef;

/**
 * Collects the tables a statement reads and writes. Tables named in FROM/JOIN (and subqueries, CTE bodies,
 * INSERT ... SELECT sources, FK references) are read; the targets of DML and the subjects of DDL are written.
 * Names of common table expressions are not tables and are left out. {@link DmlFactsCollector} extends it, so
 * that a DML statement is walked once for both.
 */
class TableCollector extends TreeWalker {

    private final Set<TableRef> read = new LinkedHashSet<>();
    private final Set<TableRef> written = new LinkedHashSet<>();
    private final Set<String> cteNames = new HashSet<>();
    private final Map<String, TableRef> aliases = new HashMap<>();

    List<TableRef> read() {
        Set<TableRef> onlyRead = new LinkedHashSet<>(read);
        onlyRead.removeAll(written);
        return List.copyOf(onlyRead);
    }

    List<TableRef> written() {
        return List.copyOf(written);
    }

    @Override
    public Void visitCommonTableExpression(MySqlParser.CommonTableExpressionContext ctx) {
        cteNames.add(Names.of(ctx.identifier()).toLowerCase(Locale.ROOT));
        return visitChildren(ctx);
    }

    @Override
    public Void visitSingleTable(MySqlParser.SingleTableContext ctx) {
        TableRef table = Names.table(ctx.tableName());
        if (!isCte(table)) {
            read.add(table);
        }
        aliases.put(table.name().toLowerCase(Locale.ROOT), table);
        if (ctx.tableAlias() != null) {
            aliases.put(Names.unquote(ctx.tableAlias().getStart().getText()).toLowerCase(Locale.ROOT), table);
        }
        return visitChildren(ctx);
    }

    @Override
    public Void visitExplicitTable(MySqlParser.ExplicitTableContext ctx) {
        read.add(Names.table(ctx.tableName()));
        return null;
    }

    @Override
    public Void visitReferenceDefinition(MySqlParser.ReferenceDefinitionContext ctx) {
        read.add(Names.table(ctx.tableName()));
        return null;
    }

    // ---- DML targets

    @Override
    public Void visitInsertStatement(MySqlParser.InsertStatementContext ctx) {
        written.add(Names.table(ctx.tableName()));
        return visitChildren(ctx);
    }

    @Override
    public Void visitReplaceStatement(MySqlParser.ReplaceStatementContext ctx) {
        written.add(Names.table(ctx.tableName()));
        return visitChildren(ctx);
    }

    @Override
    public Void visitUpdateStatement(MySqlParser.UpdateStatementContext ctx) {
        visitChildren(ctx);
        Set<TableRef> targets = new LinkedHashSet<>();
        boolean unqualified = false;
        for (MySqlParser.AssignmentContext assignment : ctx.assignmentList().assignment()) {
            ColumnRef column = Names.column(assignment.columnRef());
            resolve(column.qualifier()).ifPresent(targets::add);
            unqualified |= column.qualifier().isEmpty();
        }
        if (targets.isEmpty() || unqualified) {
            // Unqualified columns: the target is the only table, or the first one of the join.
            ctx.tableReferenceList().tableReference().stream().findFirst()
                    .map(MySqlParser.TableReferenceContext::tableFactor)
                    .filter(MySqlParser.SingleTableContext.class::isInstance)
                    .map(f -> Names.table(((MySqlParser.SingleTableContext) f).tableName()))
                    .ifPresent(targets::add);
        }
        written.addAll(targets);
        return null;
    }

    @Override
    public Void visitSingleTableDelete(MySqlParser.SingleTableDeleteContext ctx) {
        written.add(Names.table(ctx.tableName()));
        return visitChildren(ctx);
    }

    @Override
    public Void visitMultiTableDelete(MySqlParser.MultiTableDeleteContext ctx) {
        visitChildren(ctx);
        addDeleteTargets(ctx.deleteTargets());
        return null;
    }

    @Override
    public Void visitMultiTableDeleteUsing(MySqlParser.MultiTableDeleteUsingContext ctx) {
        visitChildren(ctx);
        addDeleteTargets(ctx.deleteTargets());
        return null;
    }

    @Override
    public Void visitDeleteHistory(MySqlParser.DeleteHistoryContext ctx) {
        written.add(Names.table(ctx.tableName()));
        return visitChildren(ctx);
    }

    @Override
    public Void visitLoadStatement(MySqlParser.LoadStatementContext ctx) {
        written.add(Names.table(ctx.tableName()));
        return null;
    }

    // ---- DDL subjects

    @Override
    public Void visitCreateTableStatement(MySqlParser.CreateTableStatementContext ctx) {
        written.add(Names.table(ctx.tableName()));
        return visitChildren(ctx);
    }

    @Override
    public Void visitCreateTableLike(MySqlParser.CreateTableLikeContext ctx) {
        read.add(Names.table(ctx.tableName()));
        return null;
    }

    @Override
    public Void visitCreateTableLikeParenthesized(MySqlParser.CreateTableLikeParenthesizedContext ctx) {
        read.add(Names.table(ctx.tableName()));
        return null;
    }

    @Override
    public Void visitAlterTableStatement(MySqlParser.AlterTableStatementContext ctx) {
        written.add(Names.table(ctx.tableName()));
        return visitChildren(ctx);
    }

    @Override
    public Void visitRenameTable(MySqlParser.RenameTableContext ctx) {
        written.add(Names.table(ctx.tableName()));
        return null;
    }

    @Override
    public Void visitExchangePartition(MySqlParser.ExchangePartitionContext ctx) {
        written.add(Names.table(ctx.tableName()));
        return null;
    }

    @Override
    public Void visitDropTableStatement(MySqlParser.DropTableStatementContext ctx) {
        ctx.tableNameList().tableName().forEach(t -> written.add(Names.table(t)));
        return null;
    }

    @Override
    public Void visitRenamePair(MySqlParser.RenamePairContext ctx) {
        ctx.tableName().forEach(t -> written.add(Names.table(t)));
        return null;
    }

    @Override
    public Void visitTruncateTableStatement(MySqlParser.TruncateTableStatementContext ctx) {
        written.add(Names.table(ctx.tableName()));
        return null;
    }

    @Override
    public Void visitCreateIndexStatement(MySqlParser.CreateIndexStatementContext ctx) {
        written.add(Names.table(ctx.tableName()));
        return null;
    }

    @Override
    public Void visitDropIndexStatement(MySqlParser.DropIndexStatementContext ctx) {
        written.add(Names.table(ctx.tableName()));
        return null;
    }

    @Override
    public Void visitCreateViewStatement(MySqlParser.CreateViewStatementContext ctx) {
        written.add(Names.table(ctx.tableName()));
        return visitChildren(ctx);
    }

    @Override
    public Void visitAlterViewStatement(MySqlParser.AlterViewStatementContext ctx) {
        written.add(Names.table(ctx.tableName()));
        return visitChildren(ctx);
    }

    @Override
    public Void visitDropViewStatement(MySqlParser.DropViewStatementContext ctx) {
        ctx.tableNameList().tableName().forEach(t -> written.add(Names.table(t)));
        return null;
    }

    @Override
    public Void visitCreateTriggerStatement(MySqlParser.CreateTriggerStatementContext ctx) {
        read.add(Names.table(ctx.tableName()));
        return visitChildren(ctx);
    }

    @Override
    public Void visitTableMaintenanceStatement(MySqlParser.TableMaintenanceStatementContext ctx) {
        ctx.tableNameList().tableName().forEach(t -> read.add(Names.table(t)));
        return null;
    }

    @Override
    public Void visitLockTablesStatement(MySqlParser.LockTablesStatementContext ctx) {
        ctx.tableLock().forEach(lock -> read.add(Names.table(lock.tableName())));
        return null;
    }

    @Override
    public Void visitDescribeTable(MySqlParser.DescribeTableContext ctx) {
        read.add(Names.table(ctx.tableName()));
        return null;
    }

    private void addDeleteTargets(MySqlParser.DeleteTargetsContext targets) {
        for (MySqlParser.DeleteTargetContext target : targets.deleteTarget()) {
            String first = Names.of(target.identifier());
            TableRef table = target.dotIdentifier() != null
                    ? TableRef.of(first, Names.of(target.dotIdentifier()))
                    : aliases.getOrDefault(first.toLowerCase(Locale.ROOT), TableRef.of(first));
            written.add(table);
        }
    }

    private Optional<TableRef> resolve(Optional<String> qualifier) {
        return qualifier.map(q -> {
            int dot = q.indexOf('.');
            if (dot > 0) {
                return TableRef.of(q.substring(0, dot), q.substring(dot + 1));
            }
            return aliases.getOrDefault(q.toLowerCase(Locale.ROOT), TableRef.of(q));
        });
    }

    private boolean isCte(TableRef table) {
        return table.schema().isEmpty() && cteNames.contains(table.name().toLowerCase(Locale.ROOT));
    }
}
