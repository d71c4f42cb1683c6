package io.github.sqlaudit.sql.mysql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.sqlaudit.sql.AlterAction;
import io.github.sqlaudit.sql.AlterOperation;
import io.github.sqlaudit.sql.ColumnDef;
import io.github.sqlaudit.sql.IndexDef;
import io.github.sqlaudit.sql.IndexType;

/** One ALTER TABLE specification → the operations it performs. */
final class AlterOperations {

    private AlterOperations() {
    }

    static List<AlterOperation> of(MySqlParser.AlterSpecificationContext spec) {
        String text = Names.source(spec);
        if (spec instanceof MySqlParser.AlterTableOptionsContext options) {
            return options.tableOption().stream().map(option -> option instanceof MySqlParser.EngineOptionContext engine
                    ? simple(AlterAction.CHANGE_ENGINE, Optional.of(Names.unquote(engine.engineName().getText())), Names.source(option))
                    : simple(AlterAction.TABLE_OPTIONS, Optional.of(option.getStart().getText().toUpperCase(Locale.ROOT)), Names.source(option)))
                    .toList();
        }
        if (spec instanceof MySqlParser.AddColumnContext add) {
            return List.of(column(AlterAction.ADD_COLUMN, ColumnDefinitions.column(add.columnDefinition()), Optional.empty(), text));
        }
        if (spec instanceof MySqlParser.AddColumnsContext add) {
            return add.columnDefinition().stream()
                    .map(c -> column(AlterAction.ADD_COLUMN, ColumnDefinitions.column(c), Optional.empty(), text)).toList();
        }
        if (spec instanceof MySqlParser.AddConstraintContext add) {
            return List.of(constraint(add.tableConstraint(), text));
        }
        if (spec instanceof MySqlParser.ModifyColumnContext modify) {
            return List.of(column(AlterAction.MODIFY_COLUMN, ColumnDefinitions.column(modify.columnDefinition()), Optional.empty(), text));
        }
        if (spec instanceof MySqlParser.ChangeColumnContext change) {
            ColumnDef column = ColumnDefinitions.column(change.columnDefinition());
            return List.of(new AlterOperation(AlterAction.CHANGE_COLUMN, Optional.of(Names.of(change.identifier())),
                    Optional.of(column.name()), Optional.of(column), Optional.empty(), Optional.empty(), text));
        }
        if (spec instanceof MySqlParser.DropColumnContext drop) {
            return List.of(simple(AlterAction.DROP_COLUMN, Optional.of(Names.of(drop.identifier())), text));
        }
        if (spec instanceof MySqlParser.RenameColumnContext rename) {
            return List.of(renamed(AlterAction.RENAME_COLUMN, Names.of(rename.identifier(0)), Names.of(rename.identifier(1)), text));
        }
        if (spec instanceof MySqlParser.RenameIndexContext rename) {
            return List.of(renamed(AlterAction.RENAME_INDEX, Names.of(rename.identifier(0)), Names.of(rename.identifier(1)), text));
        }
        if (spec instanceof MySqlParser.RenameTableContext rename) {
            return List.of(simple(AlterAction.RENAME_TABLE, Optional.of(Names.table(rename.tableName()).qualifiedName()), text));
        }
        if (spec instanceof MySqlParser.AlterColumnContext alter) {
            AlterAction action = alter.DEFAULT() != null ? AlterAction.ALTER_COLUMN_DEFAULT : AlterAction.ALTER_COLUMN_VISIBILITY;
            return List.of(simple(action, Optional.of(Names.of(alter.identifier())), text));
        }
        if (spec instanceof MySqlParser.AlterIndexContext alter) {
            return List.of(simple(AlterAction.ALTER_INDEX_VISIBILITY, Optional.of(Names.of(alter.identifier())), text));
        }
        if (spec instanceof MySqlParser.AlterCheckContext alter) {
            return List.of(simple(AlterAction.ALTER_CHECK, Optional.of(Names.of(alter.identifier())), text));
        }
        if (spec instanceof MySqlParser.DropIndexContext drop) {
            return List.of(simple(AlterAction.DROP_INDEX, Optional.of(Names.of(drop.identifier())), text));
        }
        if (spec instanceof MySqlParser.DropPrimaryKeyContext) {
            return List.of(simple(AlterAction.DROP_PRIMARY_KEY, Optional.empty(), text));
        }
        if (spec instanceof MySqlParser.DropForeignKeyContext drop) {
            return List.of(simple(AlterAction.DROP_FOREIGN_KEY, Optional.of(Names.of(drop.identifier())), text));
        }
        if (spec instanceof MySqlParser.DropConstraintContext drop) {
            return List.of(simple(AlterAction.DROP_CHECK, Optional.of(Names.of(drop.identifier())), text));
        }
        if (spec instanceof MySqlParser.AlgorithmClauseContext algorithm) {
            return List.of(simple(AlterAction.ALGORITHM, Optional.of(lastWord(algorithm.getStop().getText())), text));
        }
        if (spec instanceof MySqlParser.LockClauseContext lock) {
            return List.of(simple(AlterAction.LOCK, Optional.of(lastWord(lock.getStop().getText())), text));
        }
        if (spec instanceof MySqlParser.ConvertCharsetContext convert) {
            return List.of(simple(AlterAction.CONVERT_CHARSET, Optional.of(Names.unquote(convert.charsetName().getText())), text));
        }
        if (spec instanceof MySqlParser.ToggleKeysContext keys) {
            return List.of(simple(keys.ENABLE() != null ? AlterAction.ENABLE_KEYS : AlterAction.DISABLE_KEYS, Optional.empty(), text));
        }
        if (spec instanceof MySqlParser.TablespaceActionContext tablespace) {
            return List.of(simple(tablespace.DISCARD() != null ? AlterAction.DISCARD_TABLESPACE : AlterAction.IMPORT_TABLESPACE,
                    Optional.empty(), text));
        }
        if (spec instanceof MySqlParser.ForceRebuildContext) {
            return List.of(simple(AlterAction.FORCE, Optional.empty(), text));
        }
        if (spec instanceof MySqlParser.OrderByContext) {
            return List.of(simple(AlterAction.ORDER_BY, Optional.empty(), text));
        }
        if (spec instanceof MySqlParser.AddPeriodContext || spec instanceof MySqlParser.AddSystemVersioningContext
                || spec instanceof MySqlParser.DropSystemVersioningContext || spec instanceof MySqlParser.DropPeriodContext) {
            return List.of(simple(AlterAction.SYSTEM_VERSIONING, Optional.empty(), text));
        }
        if (spec instanceof MySqlParser.ValidationContext || spec instanceof MySqlParser.SecondaryLoadContext) {
            return List.of(simple(AlterAction.OTHER, Optional.empty(), text));
        }
        return List.of(simple(AlterAction.PARTITIONING, Optional.empty(), text));
    }

    static AlterOperation simple(AlterAction action, Optional<String> name, String text) {
        return new AlterOperation(action, name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), text);
    }

    private static AlterOperation renamed(AlterAction action, String from, String to, String text) {
        return new AlterOperation(action, Optional.of(from), Optional.of(to), Optional.empty(), Optional.empty(),
                Optional.empty(), text);
    }

    private static AlterOperation column(AlterAction action, ColumnDef column, Optional<String> newName, String text) {
        return new AlterOperation(action, Optional.of(column.name()), newName, Optional.of(column), Optional.empty(),
                Optional.empty(), text);
    }

    private static AlterOperation constraint(MySqlParser.TableConstraintContext constraint, String text) {
        if (constraint instanceof MySqlParser.ForeignKeyConstraintContext fk) {
            var foreignKey = ColumnDefinitions.foreignKey(fk);
            return new AlterOperation(AlterAction.ADD_FOREIGN_KEY, foreignKey.name(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(foreignKey), text);
        }
        if (constraint instanceof MySqlParser.CheckConstraintContext check) {
            return simple(AlterAction.ADD_CHECK, Optional.ofNullable(check.constraintName())
                    .map(MySqlParser.ConstraintNameContext::identifier).map(Names::of), text);
        }
        IndexDef index = ColumnDefinitions.index(constraint);
        AlterAction action = index.type() == IndexType.PRIMARY ? AlterAction.ADD_PRIMARY_KEY : AlterAction.ADD_INDEX;
        return new AlterOperation(action, index.name(), Optional.empty(), Optional.empty(), Optional.of(index),
                Optional.empty(), text);
    }

    private static String lastWord(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
