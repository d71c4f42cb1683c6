package io.github.sqlaudit.sql.oracle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

import io.github.sqlaudit.sql.TableRef;
import io.github.sqlaudit.sql.oracle.OracleParser.*;

/**
 * The tables an Oracle statement reads and writes, over the whole tree: queries, subqueries, DML targets, DDL
 * subjects and the SQL inside PL/SQL bodies. Names of WITH subqueries are not tables.
 */
final class OracleTables {

    private final List<TableRef> read = new ArrayList<>();
    private final List<TableRef> written = new ArrayList<>();
    private final Set<String> queryNames = new HashSet<>();

    static OracleTables of(ParserRuleContext statement) {
        OracleTables tables = new OracleTables();
        tables.walk(statement);
        if (!tables.queryNames.isEmpty()) { // WITH subqueries are known only after the walk: drop them from the reads
            tables.read.removeIf(t -> t.schema().isEmpty() && tables.queryNames.contains(t.name().toUpperCase(Locale.ROOT)));
        }
        return tables;
    }

    List<TableRef> read() {
        return read;
    }

    List<TableRef> written() {
        return written;
    }

    /**
     * One pass over the rule nodes (tokens hold no tables), dispatched on the rule: a switch costs one call per node
     * where a chain of type tests cost one test per kind of statement. Names, literals and data types hold no
     * tables and are not entered.
     */
    private void walk(ParserRuleContext node) {
        switch (node.getRuleIndex()) {
            case OracleParser.RULE_queryTableExpression -> {
                if (node instanceof NamedTableContext table) {
                    addRead(table.objectName());
                }
            }
            case OracleParser.RULE_insertIntoClause ->
                    addWritten(((InsertIntoClauseContext) node).dmlTarget().objectName());
            case OracleParser.RULE_updateStatement ->
                    addWritten(((UpdateStatementContext) node).dmlTarget().objectName());
            case OracleParser.RULE_deleteStatement ->
                    addWritten(((DeleteStatementContext) node).dmlTarget().objectName());
            case OracleParser.RULE_mergeStatement -> {
                MergeStatementContext merge = (MergeStatementContext) node;
                addWritten(merge.objectName(0));
                if (merge.objectName().size() > 1) {
                    addRead(merge.objectName(1));
                }
            }
            case OracleParser.RULE_referencesClause -> addRead(((ReferencesClauseContext) node).objectName());
            case OracleParser.RULE_createTableStatement -> addWritten(((CreateTableStatementContext) node).objectName());
            case OracleParser.RULE_alterTableStatement -> addWritten(((AlterTableStatementContext) node).objectName());
            case OracleParser.RULE_dropTableStatement -> addWritten(((DropTableStatementContext) node).objectName());
            case OracleParser.RULE_truncateTableStatement -> {
                TruncateTableStatementContext truncate = (TruncateTableStatementContext) node;
                if (truncate.TABLE() != null) {
                    addWritten(truncate.objectName());
                }
            }
            case OracleParser.RULE_createIndexStatement -> addWritten(((CreateIndexStatementContext) node).objectName(1));
            case OracleParser.RULE_lockTableStatement ->
                    ((LockTableStatementContext) node).objectName().forEach(this::addWritten);
            case OracleParser.RULE_flashbackTableStatement ->
                    ((FlashbackTableStatementContext) node).objectName().forEach(this::addWritten);
            case OracleParser.RULE_commentStatement -> comment((CommentStatementContext) node);
            case OracleParser.RULE_renameStatement ->
                    written(TableRef.of(OracleNames.of(((RenameStatementContext) node).identifier(0))));
            case OracleParser.RULE_createViewStatement -> addWritten(((CreateViewStatementContext) node).objectName(0));
            case OracleParser.RULE_createMaterializedViewStatement ->
                    addWritten(((CreateMaterializedViewStatementContext) node).objectName());
            case OracleParser.RULE_commonTableExpression -> queryNames.add(
                    OracleNames.of(((CommonTableExpressionContext) node).identifier()).toUpperCase(Locale.ROOT));
            case OracleParser.RULE_identifier, OracleParser.RULE_qualifiedName, OracleParser.RULE_objectName,
                    OracleParser.RULE_literal, OracleParser.RULE_dataType -> {
                return;
            }
            default -> { }
        }
        List<ParseTree> children = node.children;
        if (children != null) {
            for (int i = 0, n = children.size(); i < n; i++) {
                if (children.get(i) instanceof ParserRuleContext rule) {
                    walk(rule);
                }
            }
        }
    }

    private void comment(CommentStatementContext comment) {
        if (comment.TABLE() != null) {
            addWritten(comment.objectName());
        } else if (comment.columnName() != null && comment.columnName().identifier().size() > 1) {
            List<IdentifierContext> parts = comment.columnName().identifier();
            int n = parts.size();
            written(n == 2 ? TableRef.of(OracleNames.of(parts.get(0)))
                    : TableRef.of(OracleNames.of(parts.get(n - 3)), OracleNames.of(parts.get(n - 2))));
        }
    }

    private void addRead(ObjectNameContext name) {
        if (name == null) {
            return;
        }
        TableRef table = OracleNames.table(name);
        if (!read.contains(table)) {
            read.add(table);
        }
    }

    private void addWritten(ObjectNameContext name) {
        if (name != null) {
            written(OracleNames.table(name));
        }
    }

    private void written(TableRef table) {
        if (!written.contains(table)) {
            written.add(table);
        }
    }
}
