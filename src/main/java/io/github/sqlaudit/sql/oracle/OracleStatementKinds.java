package io.github.sqlaudit.sql.oracle;

import java.util.List;
import java.util.Locale;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.oracle.OracleParser.*;

/** The {@link StatementKind} of a parsed Oracle statement, and a best guess from the leading words of one that did not parse. */
final class OracleStatementKinds {

    private OracleStatementKinds() {
    }

    static StatementKind of(ParserRuleContext statement) {
        if (statement instanceof SelectStatementContext) {
            return StatementKind.SELECT;
        }
        if (statement instanceof BlockContext) {
            return StatementKind.PLSQL_BLOCK;
        }
        if (statement instanceof InsertStatementContext) return StatementKind.INSERT;
        if (statement instanceof UpdateStatementContext) return StatementKind.UPDATE;
        if (statement instanceof DeleteStatementContext) return StatementKind.DELETE;
        if (statement instanceof MergeStatementContext) return StatementKind.MERGE;
        if (statement instanceof LockTableStatementContext) return StatementKind.LOCK_TABLES;
        if (statement instanceof CallStatementContext) return StatementKind.CALL;
        if (statement instanceof ExplainPlanStatementContext) return StatementKind.EXPLAIN;
        if (statement instanceof CreateTableStatementContext) return StatementKind.CREATE_TABLE;
        if (statement instanceof AlterTableStatementContext) return StatementKind.ALTER_TABLE;
        if (statement instanceof DropTableStatementContext) return StatementKind.DROP_TABLE;
        if (statement instanceof TruncateTableStatementContext) return StatementKind.TRUNCATE;
        if (statement instanceof RenameStatementContext) return StatementKind.RENAME_TABLE;
        if (statement instanceof CreateIndexStatementContext) return StatementKind.CREATE_INDEX;
        if (statement instanceof AlterIndexStatementContext) return StatementKind.ALTER_INDEX;
        if (statement instanceof DropIndexStatementContext) return StatementKind.DROP_INDEX;
        if (statement instanceof CreateViewStatementContext) return StatementKind.CREATE_VIEW;
        if (statement instanceof AlterViewStatementContext) return StatementKind.ALTER_VIEW;
        if (statement instanceof DropViewStatementContext) return StatementKind.DROP_VIEW;
        if (statement instanceof CreateMaterializedViewStatementContext) return StatementKind.CREATE_MATERIALIZED_VIEW;
        if (statement instanceof AlterMaterializedViewStatementContext) return StatementKind.ALTER_MATERIALIZED_VIEW;
        if (statement instanceof DropMaterializedViewStatementContext) return StatementKind.DROP_MATERIALIZED_VIEW;
        if (statement instanceof CreateSequenceStatementContext) return StatementKind.CREATE_SEQUENCE;
        if (statement instanceof AlterSequenceStatementContext) return StatementKind.ALTER_SEQUENCE;
        if (statement instanceof DropSequenceStatementContext) return StatementKind.DROP_SEQUENCE;
        if (statement instanceof CreateSynonymStatementContext) return StatementKind.CREATE_SYNONYM;
        if (statement instanceof DropSynonymStatementContext) return StatementKind.DROP_SYNONYM;
        if (statement instanceof CommentStatementContext) return StatementKind.COMMENT;
        if (statement instanceof FlashbackTableStatementContext) return StatementKind.FLASHBACK_TABLE;
        if (statement instanceof PurgeStatementContext) return StatementKind.ADMIN_OTHER;
        if (statement instanceof AnalyzeStatementContext) return StatementKind.TABLE_MAINTENANCE;
        if (statement instanceof CreateProcedureStatementContext) return StatementKind.CREATE_PROCEDURE;
        if (statement instanceof CreateFunctionStatementContext) return StatementKind.CREATE_FUNCTION;
        if (statement instanceof CreatePackageStatementContext) return StatementKind.CREATE_PACKAGE;
        if (statement instanceof CreatePackageBodyStatementContext) return StatementKind.CREATE_PACKAGE_BODY;
        if (statement instanceof CreateTriggerStatementContext) return StatementKind.CREATE_TRIGGER;
        if (statement instanceof CreateTypeStatementContext) return StatementKind.CREATE_TYPE;
        if (statement instanceof CreateTypeBodyStatementContext) return StatementKind.CREATE_TYPE_BODY;
        if (statement instanceof AlterCompileStatementContext alter) return alterCompileKind(alter);
        if (statement instanceof DropOtherStatementContext drop) return dropKind(drop);
        if (statement instanceof CreateUserStatementContext) return StatementKind.CREATE_USER;
        if (statement instanceof AlterUserStatementContext) return StatementKind.ALTER_USER;
        if (statement instanceof DropUserStatementContext) return StatementKind.DROP_USER;
        if (statement instanceof CreateRoleStatementContext) return StatementKind.CREATE_ROLE;
        if (statement instanceof GrantStatementContext) return StatementKind.GRANT;
        if (statement instanceof RevokeStatementContext) return StatementKind.REVOKE;
        if (statement instanceof CommitStatementContext || statement instanceof RollbackStatementContext
                || statement instanceof SavepointStatementContext || statement instanceof SetTransactionStatementContext
                || statement instanceof SetConstraintsStatementContext) {
            return StatementKind.TRANSACTION;
        }
        if (statement instanceof SetRoleStatementContext) return StatementKind.SET_ROLE;
        if (statement instanceof AlterSessionStatementContext) return StatementKind.ALTER_SESSION;
        if (statement instanceof AlterSystemStatementContext) return StatementKind.ALTER_SYSTEM;
        if (statement instanceof AuditStatementContext || statement instanceof AlterRoleStatementContext
                || statement instanceof CreateProfileStatementContext || statement instanceof AlterDatabaseStatementContext
                || statement instanceof CreatePluggableDatabaseStatementContext
                || statement instanceof AlterPluggableDatabaseStatementContext
                || statement instanceof DropPluggableDatabaseStatementContext) {
            return StatementKind.ADMIN_OTHER;
        }
        return StatementKind.OTHER_DDL; // libraries, directories, database links, contexts, domains, clusters
    }

    private static StatementKind alterCompileKind(AlterCompileStatementContext alter) {
        return switch (alter.getChild(1).getText().toUpperCase(Locale.ROOT)) {
            case "PROCEDURE" -> StatementKind.ALTER_PROCEDURE;
            case "FUNCTION" -> StatementKind.ALTER_FUNCTION;
            case "VIEW" -> StatementKind.ALTER_VIEW;
            case "MATERIALIZED" -> StatementKind.ALTER_MATERIALIZED_VIEW;
            default -> StatementKind.OTHER_DDL;
        };
    }

    private static StatementKind dropKind(DropOtherStatementContext drop) {
        return switch (drop.getChild(1).getText().toUpperCase(Locale.ROOT)) {
            case "PROCEDURE" -> StatementKind.DROP_PROCEDURE;
            case "FUNCTION" -> StatementKind.DROP_FUNCTION;
            case "TRIGGER" -> StatementKind.DROP_TRIGGER;
            case "ROLE" -> StatementKind.DROP_ROLE;
            default -> StatementKind.OTHER_DDL;
        };
    }

    /** The kind a statement that did not parse most likely has, from its first words. */
    static StatementKind guess(List<Token> tokens) {
        String[] words = new String[5];
        int n = 0;
        for (Token token : tokens) {
            if (token.getType() == Token.EOF || n == words.length) {
                break;
            }
            words[n++] = token.getText().toUpperCase(Locale.ROOT);
        }
        if (n == 0) {
            return StatementKind.OTHER;
        }
        switch (words[0]) {
            case "SELECT", "WITH": return StatementKind.SELECT;
            case "INSERT": return StatementKind.INSERT;
            case "UPDATE": return StatementKind.UPDATE;
            case "DELETE": return StatementKind.DELETE;
            case "MERGE": return StatementKind.MERGE;
            case "DECLARE", "BEGIN": return StatementKind.PLSQL_BLOCK;
            case "COMMIT", "ROLLBACK", "SAVEPOINT": return StatementKind.TRANSACTION;
            case "GRANT": return StatementKind.GRANT;
            case "REVOKE": return StatementKind.REVOKE;
            case "TRUNCATE": return StatementKind.TRUNCATE;
            case "COMMENT": return StatementKind.COMMENT;
            case "CREATE", "ALTER", "DROP": return ddlGuess(words, n);
            default: return StatementKind.OTHER;
        }
    }

    private static StatementKind ddlGuess(String[] words, int n) {
        String verb = words[0];
        String object = StatementKind.OTHER.name();
        for (int i = 1; i < n; i++) {
            String w = words[i];
            if (w.equals("OR") || w.equals("REPLACE") || w.equals("EDITIONABLE") || w.equals("NONEDITIONABLE")
                    || w.equals("UNIQUE") || w.equals("BITMAP") || w.equals("GLOBAL") || w.equals("TEMPORARY")
                    || w.equals("PUBLIC") || w.equals("PRIVATE") || w.equals("FORCE") || w.equals("NO")) {
                continue;
            }
            object = w;
            if (w.equals("PACKAGE") || w.equals("TYPE") || w.equals("MATERIALIZED")) {
                boolean second = i + 1 < n && (words[i + 1].equals("BODY") || words[i + 1].equals("VIEW"));
                object = second ? w + "_" + words[i + 1] : w;
            }
            break;
        }
        String name = verb + "_" + object;
        for (StatementKind kind : StatementKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return StatementKind.OTHER_DDL;
    }
}
