package io.github.sqlaudit.sql.oracle;

import java.util.Optional;

import org.antlr.v4.runtime.ParserRuleContext;

import io.github.sqlaudit.sql.DdlFacts;
import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.DmlFacts;
import io.github.sqlaudit.sql.ScriptChunk;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.oracle.OracleParser.SingleStatementContext;

/** Builds the {@link Statement} of a parsed Oracle statement: kind, tables, DML and DDL facts. */
final class OracleStatementBuilder {

    private final ScriptChunk chunk;

    OracleStatementBuilder(ScriptChunk chunk) {
        this.chunk = chunk;
    }

    Statement build(SingleStatementContext tree) {
        ParserRuleContext statement = tree.statement() != null
                ? (ParserRuleContext) tree.statement().getChild(0)
                : (ParserRuleContext) tree.plsqlUnit().getChild(tree.plsqlUnit().getChildCount() - 1); // after any labels
        StatementKind kind = OracleStatementKinds.of(statement);
        OracleTables tables = OracleTables.of(statement);
        Optional<DmlFacts> dml = switch (kind) {
            case SELECT, INSERT, UPDATE, DELETE, MERGE -> Optional.of(OracleDmlFacts.of(statement));
            default -> Optional.empty();
        };
        Optional<DdlFacts> ddl = kind.isDdl() ? Optional.of(OracleDdlFacts.of(statement, tables)) : Optional.empty();
        return Statement.parsed(chunk, Dialect.ORACLE, kind, tables.read(), tables.written(), dml, ddl);
    }
}
