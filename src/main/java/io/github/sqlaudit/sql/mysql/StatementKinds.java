package io.github.sqlaudit.sql.mysql;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

import io.github.sqlaudit.sql.StatementKind;

/** What kind a statement is: from its parse tree, or guessed from its leading tokens when it does not parse. */
final class StatementKinds {

    private StatementKinds() {
    }

    static StatementKind of(MySqlParser.TopLevelStatementContext top) {
        if (top.statement() == null) {
            return StatementKind.BLOCK;
        }
        ParserRuleContext statement = (ParserRuleContext) top.statement().getChild(0);
        return of(statement);
    }

    static StatementKind of(ParserRuleContext statement) {
        if (statement instanceof MySqlParser.SelectStatementContext) {
            return StatementKind.SELECT;
        } else if (statement instanceof MySqlParser.InsertStatementContext) {
            return StatementKind.INSERT;
        } else if (statement instanceof MySqlParser.ReplaceStatementContext) {
            return StatementKind.REPLACE;
        } else if (statement instanceof MySqlParser.UpdateStatementContext) {
            return StatementKind.UPDATE;
        } else if (statement instanceof MySqlParser.DeleteStatementContext) {
            return StatementKind.DELETE;
        } else if (statement instanceof MySqlParser.LoadStatementContext) {
            return StatementKind.LOAD_DATA;
        } else if (statement instanceof MySqlParser.CallStatementContext) {
            return StatementKind.CALL;
        } else if (statement instanceof MySqlParser.DoStatementContext) {
            return StatementKind.DO;
        } else if (statement instanceof MySqlParser.HandlerStatementContext) {
            return StatementKind.HANDLER;
        } else if (statement instanceof MySqlParser.ImportTableStatementContext) {
            return StatementKind.OTHER_DDL;
        } else if (statement instanceof MySqlParser.CreateTableStatementContext) {
            return StatementKind.CREATE_TABLE;
        } else if (statement instanceof MySqlParser.AlterTableStatementContext) {
            return StatementKind.ALTER_TABLE;
        } else if (statement instanceof MySqlParser.DropTableStatementContext) {
            return StatementKind.DROP_TABLE;
        } else if (statement instanceof MySqlParser.RenameTableStatementContext) {
            return StatementKind.RENAME_TABLE;
        } else if (statement instanceof MySqlParser.TruncateTableStatementContext) {
            return StatementKind.TRUNCATE;
        } else if (statement instanceof MySqlParser.CreateIndexStatementContext) {
            return StatementKind.CREATE_INDEX;
        } else if (statement instanceof MySqlParser.DropIndexStatementContext) {
            return StatementKind.DROP_INDEX;
        } else if (statement instanceof MySqlParser.CreateViewStatementContext) {
            return StatementKind.CREATE_VIEW;
        } else if (statement instanceof MySqlParser.AlterViewStatementContext) {
            return StatementKind.ALTER_VIEW;
        } else if (statement instanceof MySqlParser.DropViewStatementContext) {
            return StatementKind.DROP_VIEW;
        } else if (statement instanceof MySqlParser.CreateTriggerStatementContext) {
            return StatementKind.CREATE_TRIGGER;
        } else if (statement instanceof MySqlParser.DropTriggerStatementContext) {
            return StatementKind.DROP_TRIGGER;
        } else if (statement instanceof MySqlParser.CreateEventStatementContext) {
            return StatementKind.CREATE_EVENT;
        } else if (statement instanceof MySqlParser.AlterEventStatementContext) {
            return StatementKind.ALTER_EVENT;
        } else if (statement instanceof MySqlParser.DropEventStatementContext) {
            return StatementKind.DROP_EVENT;
        } else if (statement instanceof MySqlParser.CreateProcedureStatementContext) {
            return StatementKind.CREATE_PROCEDURE;
        } else if (statement instanceof MySqlParser.CreateFunctionStatementContext) {
            return StatementKind.CREATE_FUNCTION;
        } else if (statement instanceof MySqlParser.AlterRoutineStatementContext alter) {
            return alter.PROCEDURE() != null ? StatementKind.ALTER_PROCEDURE : StatementKind.ALTER_FUNCTION;
        } else if (statement instanceof MySqlParser.DropRoutineStatementContext drop) {
            return drop.PROCEDURE() != null ? StatementKind.DROP_PROCEDURE : StatementKind.DROP_FUNCTION;
        } else if (statement instanceof MySqlParser.CreateDatabaseStatementContext) {
            return StatementKind.CREATE_DATABASE;
        } else if (statement instanceof MySqlParser.AlterDatabaseStatementContext) {
            return StatementKind.ALTER_DATABASE;
        } else if (statement instanceof MySqlParser.DropDatabaseStatementContext) {
            return StatementKind.DROP_DATABASE;
        } else if (statement instanceof MySqlParser.CreateSequenceStatementContext) {
            return StatementKind.CREATE_SEQUENCE;
        } else if (statement instanceof MySqlParser.AlterSequenceStatementContext) {
            return StatementKind.ALTER_SEQUENCE;
        } else if (statement instanceof MySqlParser.DropSequenceStatementContext) {
            return StatementKind.DROP_SEQUENCE;
        } else if (statement instanceof MySqlParser.CreateTablespaceStatementContext
                || statement instanceof MySqlParser.AlterTablespaceStatementContext
                || statement instanceof MySqlParser.DropTablespaceStatementContext
                || statement instanceof MySqlParser.LogfileGroupStatementContext
                || statement instanceof MySqlParser.ServerStatementContext
                || statement instanceof MySqlParser.SpatialReferenceSystemStatementContext
                || statement instanceof MySqlParser.ResourceGroupStatementContext) {
            return StatementKind.OTHER_DDL;
        } else if (statement instanceof MySqlParser.CreateUserStatementContext) {
            return StatementKind.CREATE_USER;
        } else if (statement instanceof MySqlParser.AlterUserStatementContext) {
            return StatementKind.ALTER_USER;
        } else if (statement instanceof MySqlParser.DropUserStatementContext) {
            return StatementKind.DROP_USER;
        } else if (statement instanceof MySqlParser.RenameUserStatementContext) {
            return StatementKind.RENAME_USER;
        } else if (statement instanceof MySqlParser.CreateRoleStatementContext) {
            return StatementKind.CREATE_ROLE;
        } else if (statement instanceof MySqlParser.DropRoleStatementContext) {
            return StatementKind.DROP_ROLE;
        } else if (statement instanceof MySqlParser.GrantStatementContext) {
            return StatementKind.GRANT;
        } else if (statement instanceof MySqlParser.RevokeStatementContext) {
            return StatementKind.REVOKE;
        } else if (statement instanceof MySqlParser.SetPasswordStatementContext) {
            return StatementKind.SET_PASSWORD;
        } else if (statement instanceof MySqlParser.SetRoleStatementContext) {
            return StatementKind.SET_ROLE;
        } else if (statement instanceof MySqlParser.TransactionStatementContext) {
            return StatementKind.TRANSACTION;
        } else if (statement instanceof MySqlParser.LockTablesStatementContext) {
            return StatementKind.LOCK_TABLES;
        } else if (statement instanceof MySqlParser.UnlockTablesStatementContext) {
            return StatementKind.UNLOCK_TABLES;
        } else if (statement instanceof MySqlParser.SetStatementContext) {
            return StatementKind.SET;
        } else if (statement instanceof MySqlParser.UseStatementContext) {
            return StatementKind.USE;
        } else if (statement instanceof MySqlParser.PrepareStatementContext) {
            return StatementKind.PREPARE;
        } else if (statement instanceof MySqlParser.ExecuteStatementContext) {
            return StatementKind.EXECUTE;
        } else if (statement instanceof MySqlParser.DeallocateStatementContext) {
            return StatementKind.DEALLOCATE_PREPARE;
        } else if (statement instanceof MySqlParser.TableMaintenanceStatementContext) {
            return StatementKind.TABLE_MAINTENANCE;
        } else if (statement instanceof MySqlParser.ShowStatementContext) {
            return StatementKind.SHOW;
        } else if (statement instanceof MySqlParser.ExplainStatementContext) {
            return StatementKind.EXPLAIN;
        } else if (statement instanceof MySqlParser.FlushStatementContext) {
            return StatementKind.FLUSH;
        } else if (statement instanceof MySqlParser.KillStatementContext) {
            return StatementKind.KILL;
        }
        return StatementKind.ADMIN_OTHER;
    }

    /** A failed statement's kind from its first words (up to the first parenthesis or the tenth token). */
    static StatementKind guess(List<Token> tokens) {
        List<Integer> types = new ArrayList<>();
        for (Token token : tokens) {
            if (token.getType() == Token.EOF || types.size() == 10) {
                break;
            }
            types.add(token.getType());
        }
        if (types.isEmpty()) {
            return StatementKind.OTHER;
        }
        int first = types.get(0);
        switch (first) {
            case MySqlLexer.SELECT, MySqlLexer.WITH, MySqlLexer.LEFT_PAREN, MySqlLexer.VALUES, MySqlLexer.TABLE:
                return types.contains(MySqlLexer.UPDATE) && first == MySqlLexer.WITH ? StatementKind.UPDATE
                        : types.contains(MySqlLexer.DELETE) && first == MySqlLexer.WITH ? StatementKind.DELETE
                        : StatementKind.SELECT;
            case MySqlLexer.INSERT:
                return StatementKind.INSERT;
            case MySqlLexer.REPLACE:
                return StatementKind.REPLACE;
            case MySqlLexer.UPDATE:
                return StatementKind.UPDATE;
            case MySqlLexer.DELETE:
                return StatementKind.DELETE;
            case MySqlLexer.LOAD:
                return StatementKind.LOAD_DATA;
            case MySqlLexer.CALL:
                return StatementKind.CALL;
            case MySqlLexer.TRUNCATE:
                return StatementKind.TRUNCATE;
            case MySqlLexer.RENAME:
                return types.contains(MySqlLexer.USER) ? StatementKind.RENAME_USER : StatementKind.RENAME_TABLE;
            case MySqlLexer.GRANT:
                return StatementKind.GRANT;
            case MySqlLexer.REVOKE:
                return StatementKind.REVOKE;
            case MySqlLexer.SET:
                return StatementKind.SET;
            case MySqlLexer.USE:
                return StatementKind.USE;
            case MySqlLexer.SHOW:
                return StatementKind.SHOW;
            case MySqlLexer.EXPLAIN, MySqlLexer.DESCRIBE, MySqlLexer.DESC:
                return StatementKind.EXPLAIN;
            case MySqlLexer.START, MySqlLexer.BEGIN, MySqlLexer.COMMIT, MySqlLexer.ROLLBACK, MySqlLexer.SAVEPOINT:
                return StatementKind.TRANSACTION;
            case MySqlLexer.CREATE, MySqlLexer.ALTER, MySqlLexer.DROP:
                return ddlKind(first, types);
            default:
                return StatementKind.OTHER;
        }
    }

    private static StatementKind ddlKind(int verb, List<Integer> types) {
        for (int type : types) {
            if (type == MySqlLexer.LEFT_PAREN) {
                break;
            }
            StatementKind kind = switch (type) {
                case MySqlLexer.TABLE -> pick(verb, StatementKind.CREATE_TABLE, StatementKind.ALTER_TABLE, StatementKind.DROP_TABLE);
                case MySqlLexer.INDEX -> pick(verb, StatementKind.CREATE_INDEX, StatementKind.ALTER_TABLE, StatementKind.DROP_INDEX);
                case MySqlLexer.VIEW -> pick(verb, StatementKind.CREATE_VIEW, StatementKind.ALTER_VIEW, StatementKind.DROP_VIEW);
                case MySqlLexer.PROCEDURE -> pick(verb, StatementKind.CREATE_PROCEDURE, StatementKind.ALTER_PROCEDURE, StatementKind.DROP_PROCEDURE);
                case MySqlLexer.FUNCTION -> pick(verb, StatementKind.CREATE_FUNCTION, StatementKind.ALTER_FUNCTION, StatementKind.DROP_FUNCTION);
                case MySqlLexer.TRIGGER -> pick(verb, StatementKind.CREATE_TRIGGER, StatementKind.OTHER_DDL, StatementKind.DROP_TRIGGER);
                case MySqlLexer.EVENT -> pick(verb, StatementKind.CREATE_EVENT, StatementKind.ALTER_EVENT, StatementKind.DROP_EVENT);
                case MySqlLexer.DATABASE, MySqlLexer.SCHEMA -> pick(verb, StatementKind.CREATE_DATABASE, StatementKind.ALTER_DATABASE, StatementKind.DROP_DATABASE);
                case MySqlLexer.SEQUENCE -> pick(verb, StatementKind.CREATE_SEQUENCE, StatementKind.ALTER_SEQUENCE, StatementKind.DROP_SEQUENCE);
                case MySqlLexer.USER -> pick(verb, StatementKind.CREATE_USER, StatementKind.ALTER_USER, StatementKind.DROP_USER);
                case MySqlLexer.ROLE -> pick(verb, StatementKind.CREATE_ROLE, StatementKind.OTHER_DDL, StatementKind.DROP_ROLE);
                default -> null;
            };
            if (kind != null) {
                return kind;
            }
        }
        return StatementKind.OTHER_DDL;
    }

    private static StatementKind pick(int verb, StatementKind create, StatementKind alter, StatementKind drop) {
        return verb == MySqlLexer.CREATE ? create : verb == MySqlLexer.ALTER ? alter : drop;
    }
}
