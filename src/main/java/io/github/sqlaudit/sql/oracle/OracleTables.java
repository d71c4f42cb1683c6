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

    /** One pass over the rule nodes (tokens hold no tables). */
    private void walk(ParserRuleContext node) {
        if (node instanceof NamedTableContext table) {
            addRead(table.objectName());
        } else if (node instanceof InsertIntoClauseContext into) {
            addWritten(into.dmlTarget().objectName());
        } else if (node instanceof UpdateStatementContext update) {
            addWritten(update.dmlTarget().objectName());
        } else if (node instanceof DeleteStatementContext delete) {
            addWritten(delete.dmlTarget().objectName());
        } else if (node instanceof MergeStatementContext merge) {
            addWritten(merge.objectName(0));
            if (merge.objectName().size() > 1) {
                addRead(merge.objectName(1));
            }
        } else if (node instanceof ReferencesClauseContext references) {
            addRead(references.objectName());
        } else if (node instanceof CreateTableStatementContext create) {
            addWritten(create.objectName());
        } else if (node instanceof AlterTableStatementContext alter) {
            addWritten(alter.objectName());
        } else if (node instanceof DropTableStatementContext drop) {
            addWritten(drop.objectName());
        } else if (node instanceof TruncateTableStatementContext truncate && truncate.TABLE() != null) {
            addWritten(truncate.objectName());
        } else if (node instanceof CreateIndexStatementContext index) {
            addWritten(index.objectName(1));
        } else if (node instanceof LockTableStatementContext lock) {
            lock.objectName().forEach(this::addWritten);
        } else if (node instanceof FlashbackTableStatementContext flashback) {
            flashback.objectName().forEach(this::addWritten);
        } else if (node instanceof CommentStatementContext comment) {
            if (comment.TABLE() != null) {
                addWritten(comment.objectName());
            } else if (comment.columnName() != null && comment.columnName().identifier().size() > 1) {
                List<IdentifierContext> parts = comment.columnName().identifier();
                int n = parts.size();
                written(n == 2 ? TableRef.of(OracleNames.of(parts.get(0)))
                        : TableRef.of(OracleNames.of(parts.get(n - 3)), OracleNames.of(parts.get(n - 2))));
            }
        } else if (node instanceof RenameStatementContext rename) {
            written(TableRef.of(OracleNames.of(rename.identifier(0))));
        } else if (node instanceof CreateViewStatementContext view) {
            addWritten(view.objectName(0));
        } else if (node instanceof CreateMaterializedViewStatementContext view) {
            addWritten(view.objectName());
        } else if (node instanceof CommonTableExpressionContext cte) {
            queryNames.add(OracleNames.of(cte.identifier()).toUpperCase(Locale.ROOT));
        }
        if (node.children != null) {
            for (ParseTree child : node.children) {
                if (child instanceof ParserRuleContext rule) {
                    walk(rule);
                }
            }
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
