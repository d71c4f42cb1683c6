package io.github.sqlaudit.sql.mysql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.antlr.v4.runtime.ParserRuleContext;

import io.github.sqlaudit.sql.AlterAction;
import io.github.sqlaudit.sql.AlterOperation;
import io.github.sqlaudit.sql.ColumnDef;
import io.github.sqlaudit.sql.DdlFacts;
import io.github.sqlaudit.sql.ForeignKeyDef;
import io.github.sqlaudit.sql.IndexDef;
import io.github.sqlaudit.sql.IndexType;
import io.github.sqlaudit.sql.ObjectType;
import io.github.sqlaudit.sql.Rename;
import io.github.sqlaudit.sql.SchemaObject;
import io.github.sqlaudit.sql.TableOptions;
import io.github.sqlaudit.sql.TableRef;

/** Builds the {@link DdlFacts} of a schema change from its parse tree. */
final class DdlFactsBuilder {

    private Optional<SchemaObject> object = Optional.empty();
    private Optional<TableRef> onTable = Optional.empty();
    private boolean ifNotExists;
    private boolean ifExists;
    private boolean temporary;
    private boolean orReplace;
    private final List<ColumnDef> columns = new ArrayList<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final List<IndexDef> indexes = new ArrayList<>();
    private final List<ForeignKeyDef> foreignKeys = new ArrayList<>();
    private TableOptions options = TableOptions.NONE;
    private final List<TableRef> createdFrom = new ArrayList<>();
    private boolean asSelect;
    private final List<AlterOperation> operations = new ArrayList<>();
    private final List<SchemaObject> dropped = new ArrayList<>();
    private final List<Rename> renames = new ArrayList<>();

    /** The facts, or empty when the statement is not one the DDL rules look at. */
    static Optional<DdlFacts> of(ParserRuleContext statement, List<TableRef> tablesRead) {
        DdlFactsBuilder builder = new DdlFactsBuilder();
        if (!builder.read(statement, tablesRead)) {
            return Optional.empty();
        }
        return Optional.of(builder.build());
    }

    private DdlFacts build() {
        return new DdlFacts(object, onTable, ifNotExists, ifExists, temporary, orReplace, columns, primaryKey, indexes,
                foreignKeys, options, createdFrom, asSelect, operations, dropped, renames);
    }

    private boolean read(ParserRuleContext statement, List<TableRef> tablesRead) {
        if (statement instanceof MySqlParser.CreateTableStatementContext create) {
            createTable(create, tablesRead);
        } else if (statement instanceof MySqlParser.AlterTableStatementContext alter) {
            alterTable(alter);
        } else if (statement instanceof MySqlParser.DropTableStatementContext drop) {
            ifExists = drop.ifExists() != null;
            temporary = drop.TEMPORARY() != null;
            drop.tableNameList().tableName().forEach(t -> dropped.add(new SchemaObject(ObjectType.TABLE, Names.table(t))));
        } else if (statement instanceof MySqlParser.RenameTableStatementContext rename) {
            rename.renamePair().forEach(p -> renames.add(new Rename(Names.table(p.tableName(0)), Names.table(p.tableName(1)))));
        } else if (statement instanceof MySqlParser.TruncateTableStatementContext truncate) {
            object = Optional.of(new SchemaObject(ObjectType.TABLE, Names.table(truncate.tableName())));
        } else if (statement instanceof MySqlParser.CreateIndexStatementContext index) {
            createIndex(index);
        } else if (statement instanceof MySqlParser.DropIndexStatementContext index) {
            TableRef table = Names.table(index.tableName());
            onTable = Optional.of(table);
            ifExists = index.mariaDbIfExists() != null;
            dropped.add(new SchemaObject(ObjectType.INDEX, new TableRef(table.schema(), Names.unquote(index.indexName().getText()))));
        } else if (statement instanceof MySqlParser.CreateViewStatementContext view) {
            object = Optional.of(new SchemaObject(ObjectType.VIEW, Names.table(view.tableName())));
            orReplace = view.orReplace() != null;
            ifNotExists = view.mariaDbIfNotExists() != null;
            createdFrom.addAll(tablesRead);
            asSelect = true;
        } else if (statement instanceof MySqlParser.AlterViewStatementContext view) {
            object = Optional.of(new SchemaObject(ObjectType.VIEW, Names.table(view.tableName())));
            createdFrom.addAll(tablesRead);
            asSelect = true;
        } else if (statement instanceof MySqlParser.DropViewStatementContext drop) {
            ifExists = drop.ifExists() != null;
            drop.tableNameList().tableName().forEach(t -> dropped.add(new SchemaObject(ObjectType.VIEW, Names.table(t))));
        } else {
            return readOtherObject(statement);
        }
        return true;
    }

    /** Databases, routines, triggers, events, sequences: the named object and the flags. */
    private boolean readOtherObject(ParserRuleContext statement) {
        if (statement instanceof MySqlParser.CreateDatabaseStatementContext create) {
            created(ObjectType.DATABASE, TableRef.of(Names.of(create.identifier())), create.ifNotExists() != null,
                    create.mariaDbOrReplace() != null);
        } else if (statement instanceof MySqlParser.AlterDatabaseStatementContext alter) {
            object = Optional.ofNullable(alter.identifier())
                    .map(id -> new SchemaObject(ObjectType.DATABASE, TableRef.of(Names.of(id))));
        } else if (statement instanceof MySqlParser.DropDatabaseStatementContext drop) {
            dropped(ObjectType.DATABASE, TableRef.of(Names.of(drop.identifier())), drop.ifExists() != null);
        } else if (statement instanceof MySqlParser.CreateProcedureStatementContext create) {
            created(ObjectType.PROCEDURE, Names.table(create.qualifiedName()), create.ifNotExists() != null,
                    create.mariaDbOrReplace() != null);
        } else if (statement instanceof MySqlParser.StoredFunctionContext create) {
            created(ObjectType.FUNCTION, Names.table(create.qualifiedName()), create.ifNotExists() != null,
                    create.mariaDbOrReplace() != null);
        } else if (statement instanceof MySqlParser.CreateFunctionStatementContext create
                && create instanceof MySqlParser.LoadableFunctionContext loadable) {
            created(ObjectType.FUNCTION, TableRef.of(Names.of(loadable.identifier())), loadable.ifNotExists() != null,
                    loadable.mariaDbOrReplace() != null);
        } else if (statement instanceof MySqlParser.AlterRoutineStatementContext alter) {
            object = Optional.of(new SchemaObject(alter.PROCEDURE() != null ? ObjectType.PROCEDURE : ObjectType.FUNCTION,
                    Names.table(alter.qualifiedName())));
        } else if (statement instanceof MySqlParser.DropRoutineStatementContext drop) {
            dropped(drop.PROCEDURE() != null ? ObjectType.PROCEDURE : ObjectType.FUNCTION,
                    Names.table(drop.qualifiedName()), drop.ifExists() != null);
        } else if (statement instanceof MySqlParser.CreateTriggerStatementContext create) {
            created(ObjectType.TRIGGER, Names.table(create.qualifiedName()), create.ifNotExists() != null,
                    create.mariaDbOrReplace() != null);
            onTable = Optional.of(Names.table(create.tableName()));
        } else if (statement instanceof MySqlParser.DropTriggerStatementContext drop) {
            dropped(ObjectType.TRIGGER, Names.table(drop.qualifiedName()), drop.ifExists() != null);
        } else if (statement instanceof MySqlParser.CreateEventStatementContext create) {
            created(ObjectType.EVENT, Names.table(create.qualifiedName()), create.ifNotExists() != null,
                    create.mariaDbOrReplace() != null);
        } else if (statement instanceof MySqlParser.AlterEventStatementContext alter) {
            object = Optional.of(new SchemaObject(ObjectType.EVENT, Names.table(alter.qualifiedName(0))));
        } else if (statement instanceof MySqlParser.DropEventStatementContext drop) {
            dropped(ObjectType.EVENT, Names.table(drop.qualifiedName()), drop.ifExists() != null);
        } else if (statement instanceof MySqlParser.CreateSequenceStatementContext create) {
            created(ObjectType.SEQUENCE, Names.table(create.tableName()), create.ifNotExists() != null,
                    create.mariaDbOrReplace() != null);
            temporary = create.TEMPORARY() != null;
        } else if (statement instanceof MySqlParser.AlterSequenceStatementContext alter) {
            object = Optional.of(new SchemaObject(ObjectType.SEQUENCE, Names.table(alter.tableName())));
        } else if (statement instanceof MySqlParser.DropSequenceStatementContext drop) {
            ifExists = drop.ifExists() != null;
            drop.tableNameList().tableName().forEach(t -> dropped.add(new SchemaObject(ObjectType.SEQUENCE, Names.table(t))));
        } else {
            return false;
        }
        return true;
    }

    private void created(ObjectType type, TableRef name, boolean ifNotExists, boolean orReplace) {
        this.object = Optional.of(new SchemaObject(type, name));
        this.ifNotExists = ifNotExists;
        this.orReplace = orReplace;
    }

    private void dropped(ObjectType type, TableRef name, boolean ifExists) {
        this.dropped.add(new SchemaObject(type, name));
        this.ifExists = ifExists;
    }

    // ---- CREATE TABLE

    private void createTable(MySqlParser.CreateTableStatementContext create, List<TableRef> tablesRead) {
        object = Optional.of(new SchemaObject(ObjectType.TABLE, Names.table(create.tableName())));
        ifNotExists = create.ifNotExists() != null;
        temporary = create.TEMPORARY() != null;
        orReplace = create.mariaDbOrReplace() != null;
        MySqlParser.CreateTableBodyContext body = create.createTableBody();
        if (body instanceof MySqlParser.CreateTableWithElementsContext elements) {
            for (MySqlParser.TableElementContext element : elements.tableElement()) {
                if (element.columnDefinition() != null) {
                    addColumn(element.columnDefinition());
                } else if (element.tableConstraint() != null) {
                    addConstraint(element.tableConstraint());
                }
            }
            options = options(elements.tableOptions(), elements.partitionOptions() != null);
            asSelect = elements.insertQuery() != null;
        } else if (body instanceof MySqlParser.CreateTableAsQueryContext query) {
            options = options(query.tableOptions(), query.partitionOptions() != null);
            asSelect = true;
        } else if (body instanceof MySqlParser.CreateTableLikeContext like) {
            createdFrom.add(Names.table(like.tableName()));
        } else if (body instanceof MySqlParser.CreateTableLikeParenthesizedContext like) {
            createdFrom.add(Names.table(like.tableName()));
        }
        if (asSelect) {
            createdFrom.addAll(tablesRead);
        }
    }

    private void addColumn(MySqlParser.ColumnDefinitionContext definition) {
        ColumnDef column = ColumnDefinitions.column(definition);
        columns.add(column);
        if (column.primaryKey()) {
            primaryKey.add(column.name());
            indexes.add(new IndexDef(Optional.empty(), IndexType.PRIMARY, List.of(column.name())));
        } else if (column.unique()) {
            indexes.add(new IndexDef(Optional.empty(), IndexType.UNIQUE, List.of(column.name())));
        }
        for (MySqlParser.ColumnAttributeContext attribute : definition.columnAttribute()) {
            if (attribute instanceof MySqlParser.ReferencesAttributeContext references) {
                foreignKeys.add(ColumnDefinitions.foreignKey(Optional.empty(), List.of(column.name()),
                        references.referenceDefinition()));
            }
        }
    }

    private void addConstraint(MySqlParser.TableConstraintContext constraint) {
        if (constraint instanceof MySqlParser.ForeignKeyConstraintContext fk) {
            foreignKeys.add(ColumnDefinitions.foreignKey(fk));
            return;
        }
        IndexDef index = ColumnDefinitions.index(constraint);
        if (index == null) {
            return; // CHECK constraints carry no key
        }
        indexes.add(index);
        if (index.type() == IndexType.PRIMARY) {
            primaryKey.clear();
            primaryKey.addAll(index.columns());
        }
    }

    private static TableOptions options(MySqlParser.TableOptionsContext list, boolean partitioned) {
        List<MySqlParser.TableOptionContext> all = list == null ? List.of() : list.tableOption();
        return options(all, partitioned);
    }

    static TableOptions options(List<MySqlParser.TableOptionContext> all, boolean partitioned) {
        Optional<String> engine = Optional.empty();
        Optional<String> charset = Optional.empty();
        Optional<String> collation = Optional.empty();
        Optional<String> comment = Optional.empty();
        Map<String, String> others = new LinkedHashMap<>();
        for (MySqlParser.TableOptionContext option : all) {
            if (option instanceof MySqlParser.EngineOptionContext e) {
                engine = Optional.of(Names.unquote(e.engineName().getText()));
            } else if (option instanceof MySqlParser.CharsetOptionContext c) {
                charset = Optional.of(Names.unquote(c.charsetName().getText()));
            } else if (option instanceof MySqlParser.CollateOptionContext c) {
                collation = Optional.of(Names.unquote(c.collationName().getText()));
            } else if (option instanceof MySqlParser.CommentOptionContext c) {
                comment = Optional.of(Names.text(c.textLiteral()));
            } else {
                String name = option.getStart().getText().toUpperCase(Locale.ROOT);
                String text = Names.source(option);
                String value = text.substring(Math.min(text.length(), option.getStart().getText().length()))
                        .replaceFirst("^\\s*=?\\s*", "");
                others.put(name, value);
            }
        }
        return new TableOptions(engine, charset, collation, comment, partitioned, others);
    }

    // ---- ALTER TABLE

    private void alterTable(MySqlParser.AlterTableStatementContext alter) {
        object = Optional.of(new SchemaObject(ObjectType.TABLE, Names.table(alter.tableName())));
        ifExists = alter.mariaDbIfExists() != null;
        MySqlParser.AlterTableActionsContext actions = alter.alterTableActions();
        if (actions == null) {
            return;
        }
        List<MySqlParser.TableOptionContext> tableOptions = new ArrayList<>();
        for (MySqlParser.AlterSpecificationContext specification : actions.alterSpecification()) {
            if (specification instanceof MySqlParser.AlterTableOptionsContext optionList) {
                tableOptions.addAll(optionList.tableOption());
            }
            AlterOperations.of(specification).forEach(operations::add);
        }
        if (actions.partitionOptions() != null) {
            operations.add(AlterOperations.simple(AlterAction.PARTITIONING, Optional.empty(),
                    Names.source(actions.partitionOptions())));
        }
        options = options(tableOptions, actions.partitionOptions() != null);
    }

    // ---- CREATE INDEX

    private void createIndex(MySqlParser.CreateIndexStatementContext index) {
        TableRef table = Names.table(index.tableName());
        onTable = Optional.of(table);
        String name = Names.of(index.identifier());
        object = Optional.of(new SchemaObject(ObjectType.INDEX, new TableRef(table.schema(), name)));
        ifNotExists = index.mariaDbIfNotExists() != null;
        orReplace = index.mariaDbOrReplace() != null;
        IndexType type = index.UNIQUE() != null ? IndexType.UNIQUE : index.FULLTEXT() != null ? IndexType.FULLTEXT
                : index.SPATIAL() != null ? IndexType.SPATIAL : index.VECTOR() != null ? IndexType.VECTOR : IndexType.INDEX;
        indexes.add(new IndexDef(Optional.of(name), type, ColumnDefinitions.keyParts(index.keyPartList())));
    }
}
