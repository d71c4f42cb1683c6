package io.github.sqlaudit.sql.oracle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.misc.Interval;

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
import io.github.sqlaudit.sql.oracle.OracleParser.*;

/**
 * The {@link DdlFacts} of an Oracle schema change: the object, its columns, keys and physical options (CREATE
 * TABLE), each ALTER TABLE operation, dropped objects and renames. Table options: {@code partitioned}, and in
 * {@code others} the Oracle attributes rules look for (TABLESPACE, COMPRESS, LOGGING/NOLOGGING, PARALLEL ...).
 */
final class OracleDdlFacts {

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
    private final List<AlterOperation> alterOperations = new ArrayList<>();
    private final List<SchemaObject> dropped = new ArrayList<>();
    private final List<Rename> renames = new ArrayList<>();

    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,9}");

    static DdlFacts of(ParserRuleContext statement, OracleTables tables) {
        OracleDdlFacts facts = new OracleDdlFacts();
        facts.read(statement, tables);
        return new DdlFacts(facts.object, facts.onTable, facts.ifNotExists, facts.ifExists, facts.temporary,
                facts.orReplace, facts.columns, facts.primaryKey, facts.indexes, facts.foreignKeys, facts.options,
                facts.createdFrom, facts.asSelect, facts.alterOperations, facts.dropped, facts.renames);
    }

    private void read(ParserRuleContext statement, OracleTables tables) {
        String text = statement.getStart().getInputStream().getText(
                Interval.of(statement.getStart().getStartIndex(), statement.getStop().getStopIndex()));
        String head = text.length() > 80 ? text.substring(0, 80) : text;
        String upperHead = singleSpaced(head.toUpperCase(Locale.ROOT));
        orReplace = upperHead.startsWith("CREATE OR REPLACE ");
        ifNotExists = upperHead.contains(" IF NOT EXISTS ");
        ifExists = !ifNotExists && upperHead.contains(" IF EXISTS ");
        if (statement instanceof CreateTableStatementContext create) {
            createTable(create, tables);
        } else if (statement instanceof AlterTableStatementContext alter) {
            object = Optional.of(new SchemaObject(ObjectType.TABLE, OracleNames.table(alter.objectName())));
            alter.alterTableAction().forEach(this::alterAction);
        } else if (statement instanceof DropTableStatementContext drop) {
            dropped.add(new SchemaObject(ObjectType.TABLE, OracleNames.table(drop.objectName())));
        } else if (statement instanceof TruncateTableStatementContext truncate) {
            object = Optional.of(new SchemaObject(ObjectType.TABLE, OracleNames.table(truncate.objectName())));
        } else if (statement instanceof CreateIndexStatementContext index) {
            createIndex(index);
        } else if (statement instanceof AlterIndexStatementContext index) {
            object = Optional.of(new SchemaObject(ObjectType.INDEX, OracleNames.table(index.objectName())));
        } else if (statement instanceof DropIndexStatementContext drop) {
            dropped.add(new SchemaObject(ObjectType.INDEX, OracleNames.table(drop.objectName())));
        } else if (statement instanceof CreateViewStatementContext view) {
            object = Optional.of(new SchemaObject(ObjectType.VIEW, OracleNames.table(view.objectName(0))));
            createdFrom.addAll(tables.read());
            asSelect = true;
        } else if (statement instanceof CreateMaterializedViewStatementContext view) {
            object = Optional.of(new SchemaObject(ObjectType.VIEW, OracleNames.table(view.objectName())));
            createdFrom.addAll(tables.read());
            asSelect = true;
        } else if (statement instanceof DropViewStatementContext drop) {
            dropped.add(new SchemaObject(ObjectType.VIEW, OracleNames.table(drop.objectName())));
        } else if (statement instanceof DropMaterializedViewStatementContext drop) {
            dropped.add(new SchemaObject(ObjectType.VIEW, OracleNames.table(drop.objectName())));
        } else if (statement instanceof CreateSequenceStatementContext sequence) {
            object = Optional.of(new SchemaObject(ObjectType.SEQUENCE, OracleNames.table(sequence.objectName())));
        } else if (statement instanceof AlterSequenceStatementContext sequence) {
            object = Optional.of(new SchemaObject(ObjectType.SEQUENCE, OracleNames.table(sequence.objectName())));
        } else if (statement instanceof DropSequenceStatementContext drop) {
            dropped.add(new SchemaObject(ObjectType.SEQUENCE, OracleNames.table(drop.objectName())));
        } else if (statement instanceof CreateProcedureStatementContext unit) {
            object = Optional.of(new SchemaObject(ObjectType.PROCEDURE, OracleNames.table(unit.objectName())));
        } else if (statement instanceof CreateFunctionStatementContext unit) {
            object = Optional.of(new SchemaObject(ObjectType.FUNCTION, OracleNames.table(unit.objectName(0))));
        } else if (statement instanceof CreatePackageStatementContext unit) {
            object = Optional.of(new SchemaObject(ObjectType.OTHER, OracleNames.table(unit.objectName())));
        } else if (statement instanceof CreatePackageBodyStatementContext unit) {
            object = Optional.of(new SchemaObject(ObjectType.OTHER, OracleNames.table(unit.objectName())));
        } else if (statement instanceof CreateTypeStatementContext unit) {
            object = Optional.of(new SchemaObject(ObjectType.OTHER, OracleNames.table(unit.objectName(0))));
        } else if (statement instanceof CreateTypeBodyStatementContext unit) {
            object = Optional.of(new SchemaObject(ObjectType.OTHER, OracleNames.table(unit.objectName())));
        } else if (statement instanceof CreateTriggerStatementContext trigger) {
            object = Optional.of(new SchemaObject(ObjectType.TRIGGER, OracleNames.table(trigger.objectName())));
            ObjectNameContext target = trigger.triggerTarget().objectName();
            onTable = Optional.ofNullable(target).map(OracleNames::table);
        } else if (statement instanceof CreateSynonymStatementContext synonym) {
            object = Optional.of(new SchemaObject(ObjectType.OTHER, OracleNames.table(synonym.objectName(0))));
        } else if (statement instanceof DropSynonymStatementContext drop) {
            dropped.add(new SchemaObject(ObjectType.OTHER, OracleNames.table(drop.objectName())));
        } else if (statement instanceof DropOtherStatementContext drop) {
            dropped.add(new SchemaObject(droppedType(drop), OracleNames.table(drop.objectName())));
        } else if (statement instanceof RenameStatementContext rename) {
            renames.add(new Rename(TableRef.of(OracleNames.of(rename.identifier(0))),
                    TableRef.of(OracleNames.of(rename.identifier(1)))));
        } else if (statement instanceof CommentStatementContext || statement instanceof FlashbackTableStatementContext) {
            tables.written().stream().findFirst().ifPresent(t -> object = Optional.of(new SchemaObject(ObjectType.TABLE, t)));
        }
    }

    /** The text with every run of whitespace made one space (a regular expression here costs more than the rest). */
    private static String singleSpaced(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') { // regex \s
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        if (space) {
            out.append(' ');
        }
        return out.toString();
    }

    private static ObjectType droppedType(DropOtherStatementContext drop) {
        return switch (drop.getChild(1).getText().toUpperCase(Locale.ROOT)) {
            case "PROCEDURE" -> ObjectType.PROCEDURE;
            case "FUNCTION" -> ObjectType.FUNCTION;
            case "TRIGGER" -> ObjectType.TRIGGER;
            case "ROLE" -> ObjectType.ROLE;
            case "TABLESPACE" -> ObjectType.TABLESPACE;
            default -> ObjectType.OTHER;
        };
    }

    // ---- CREATE TABLE

    private void createTable(CreateTableStatementContext create, OracleTables tables) {
        TableRef name = OracleNames.table(create.objectName());
        object = Optional.of(new SchemaObject(ObjectType.TABLE, name));
        temporary = create.TEMPORARY() != null;
        for (RelationalPropertyContext property : create.relationalProperty()) {
            if (property.columnDefinition() != null) {
                columns.add(column(property.columnDefinition()));
            } else if (property.virtualColumnDefinition() != null) {
                columns.add(virtualColumn(property.virtualColumnDefinition()));
            } else if (property.outOfLineConstraint() != null) {
                constraint(property.outOfLineConstraint());
            }
        }
        for (ColumnDef column : columns) {
            if (column.primaryKey() && primaryKey.isEmpty()) {
                primaryKey.add(column.name());
                indexes.add(new IndexDef(Optional.empty(), IndexType.PRIMARY, List.of(column.name())));
            } else if (column.unique()) {
                indexes.add(new IndexDef(Optional.empty(), IndexType.UNIQUE, List.of(column.name())));
            }
        }
        options = tableOptions(create.tableProperties().tableProperty());
        if (create.subquery() != null) {
            asSelect = true;
            tables.read().stream().filter(t -> !t.equals(name)).forEach(createdFrom::add);
        }
    }

    private ColumnDef column(ColumnDefinitionContext column) {
        String name = OracleNames.of(column.identifier(0));
        Optional<String> defaultValue = column.DEFAULT() != null && column.expression() != null
                ? Optional.of(column.expression().getText()) : Optional.empty();
        return columnDef(name, column.dataType(), column.inlineConstraint(), defaultValue,
                column.identityClause() != null, false);
    }

    private ColumnDef virtualColumn(VirtualColumnDefinitionContext column) {
        return columnDef(OracleNames.of(column.identifier(0)), column.dataType(), column.inlineConstraint(),
                Optional.empty(), false, true);
    }

    private ColumnDef columnDef(String name, DataTypeContext type, List<InlineConstraintContext> constraints,
                               Optional<String> defaultValue, boolean identity, boolean generated) {
        Optional<Boolean> nullable = Optional.empty();
        boolean primary = false;
        boolean unique = false;
        for (InlineConstraintContext constraint : constraints) {
            if (constraint.NULL() != null) {
                nullable = Optional.of(constraint.NOT() == null);
            } else if (constraint.PRIMARY() != null) {
                primary = true;
            } else if (constraint.UNIQUE() != null) {
                unique = true;
            } else if (constraint.referencesClause() != null) {
                foreignKeys.add(foreignKey(constraintName(constraint.identifier()), List.of(name),
                        constraint.referencesClause()));
            }
        }
        String typeName = "";
        OptionalInt length = OptionalInt.empty();
        OptionalInt scale = OptionalInt.empty();
        if (type != null) {
            typeName = type.getChild(0).getText().toUpperCase(Locale.ROOT);
            List<Integer> numbers = new ArrayList<>();
            for (int i = 1; i < type.getChildCount(); i++) {
                String piece = type.getChild(i).getText();
                if (SMALL_NUMBER.matcher(piece).matches()) {
                    numbers.add(Integer.parseInt(piece));
                }
            }
            if (!numbers.isEmpty()) {
                length = OptionalInt.of(numbers.get(0));
            }
            if (numbers.size() > 1) {
                scale = OptionalInt.of(numbers.get(1));
            }
        }
        return new ColumnDef(name, typeName, length, scale, false, nullable, defaultValue, identity,
                Optional.empty(), Optional.empty(), Optional.empty(), primary, unique, generated, List.of());
    }

    private void constraint(OutOfLineConstraintContext constraint) {
        Optional<String> name = constraintName(constraint.identifier());
        List<String> names = constraint.columnList() == null ? List.of()
                : constraint.columnList().columnName().stream().map(c -> OracleNames.column(c).name()).toList();
        if (constraint.PRIMARY() != null) {
            primaryKey.clear();
            primaryKey.addAll(names);
            indexes.add(new IndexDef(name, IndexType.PRIMARY, names));
        } else if (constraint.UNIQUE() != null) {
            indexes.add(new IndexDef(name, IndexType.UNIQUE, names));
        } else if (constraint.FOREIGN() != null) {
            foreignKeys.add(foreignKey(name, names, constraint.referencesClause()));
        }
    }

    private static Optional<String> constraintName(IdentifierContext identifier) {
        return Optional.ofNullable(identifier).map(OracleNames::of);
    }

    private static ForeignKeyDef foreignKey(Optional<String> name, List<String> columns, ReferencesClauseContext references) {
        List<String> referenced = references.columnList() == null ? List.of()
                : references.columnList().columnName().stream().map(c -> OracleNames.column(c).name()).toList();
        Optional<String> onDelete = references.DELETE() == null ? Optional.empty()
                : Optional.of(references.CASCADE() != null ? "CASCADE" : "SET NULL");
        return new ForeignKeyDef(name, columns, OracleNames.table(references.objectName()), referenced, onDelete,
                Optional.empty());
    }

    private static TableOptions tableOptions(List<TablePropertyContext> properties) {
        Map<String, String> others = new LinkedHashMap<>();
        boolean partitioned = false;
        for (TablePropertyContext property : properties) {
            if (property.partitioningClause() != null) {
                partitioned = true;
                continue;
            }
            String first = property.getChild(0).getText().toUpperCase(Locale.ROOT);
            String rest = property.getChildCount() > 1 ? textAfterFirst(property) : "";
            others.put(first, rest);
        }
        return new TableOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), partitioned,
                others);
    }

    private static String textAfterFirst(ParserRuleContext context) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < context.getChildCount(); i++) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(context.getChild(i).getText());
        }
        return text.toString();
    }

    // ---- CREATE INDEX

    private void createIndex(CreateIndexStatementContext index) {
        object = Optional.of(new SchemaObject(ObjectType.INDEX, OracleNames.table(index.objectName(0))));
        onTable = Optional.of(OracleNames.table(index.objectName(1)));
        IndexType type = index.UNIQUE() != null ? IndexType.UNIQUE : IndexType.INDEX;
        List<String> indexColumns = index.indexExpression().stream()
                .map(e -> OracleDmlFacts.column(e.expression()).map(c -> c.name()).orElse(e.expression().getText()))
                .toList();
        indexes.add(new IndexDef(Optional.of(OracleNames.of(index.objectName(0).identifier(
                index.objectName(0).identifier().size() - 1))), type, indexColumns));
    }

    // ---- ALTER TABLE

    private void alterAction(AlterTableActionContext action) {
        String text = action.getStart().getInputStream().getText(
                Interval.of(action.getStart().getStartIndex(), action.getStop().getStopIndex()));
        if (action instanceof AddColumnsContext add) {
            for (RelationalPropertyContext property : add.relationalProperty()) {
                if (property.columnDefinition() != null) {
                    ColumnDef column = column(property.columnDefinition());
                    alterOperations.add(op(AlterAction.ADD_COLUMN, column.name(), null, column, text));
                } else if (property.virtualColumnDefinition() != null) {
                    ColumnDef column = virtualColumn(property.virtualColumnDefinition());
                    alterOperations.add(op(AlterAction.ADD_COLUMN, column.name(), null, column, text));
                } else if (property.outOfLineConstraint() != null) {
                    addConstraint(property.outOfLineConstraint(), text);
                }
            }
        } else if (action instanceof AddColumnContext add) {
            ColumnDef column = add.columnDefinition() != null ? column(add.columnDefinition())
                    : virtualColumn(add.virtualColumnDefinition());
            alterOperations.add(op(AlterAction.ADD_COLUMN, column.name(), null, column, text));
        } else if (action instanceof AddConstraintContext add) {
            addConstraint(add.outOfLineConstraint(), text);
        } else if (action instanceof ModifyColumnsContext modify) {
            modify.modifyColumn().forEach(c -> alterOperations.add(
                    op(AlterAction.MODIFY_COLUMN, OracleNames.of(c.identifier(0)), null, null, text)));
        } else if (action instanceof ModifyColumnActionContext modify) {
            alterOperations.add(op(AlterAction.MODIFY_COLUMN, OracleNames.of(modify.modifyColumn().identifier(0)),
                    null, null, text));
        } else if (action instanceof DropColumnContext drop) {
            List<IdentifierContext> names = drop.identifier() != null ? List.of(drop.identifier())
                    : drop.identifierList().identifier();
            names.forEach(n -> alterOperations.add(op(AlterAction.DROP_COLUMN, OracleNames.of(n), null, null, text)));
        } else if (action instanceof SetUnusedContext unused) {
            List<IdentifierContext> names = unused.identifier() != null ? List.of(unused.identifier())
                    : unused.identifierList().identifier();
            names.forEach(n -> alterOperations.add(op(AlterAction.DROP_COLUMN, OracleNames.of(n), null, null, text)));
        } else if (action instanceof DropConstraintContext drop) {
            AlterAction kind = drop.PRIMARY() != null ? AlterAction.DROP_PRIMARY_KEY : AlterAction.OTHER;
            String name = drop.identifier() == null ? null : OracleNames.of(drop.identifier());
            alterOperations.add(op(kind, name, null, null, text));
        } else if (action instanceof RenameColumnContext rename) {
            alterOperations.add(op(AlterAction.RENAME_COLUMN, OracleNames.of(rename.identifier(0)),
                    OracleNames.of(rename.identifier(1)), null, text));
        } else if (action instanceof RenameTableContext rename) {
            String to = OracleNames.of(rename.identifier());
            alterOperations.add(op(AlterAction.RENAME_TABLE, null, to, null, text));
            object.ifPresent(o -> renames.add(new Rename(o.name(), TableRef.of(to))));
        } else if (action instanceof AlterPartitionContext) {
            alterOperations.add(op(AlterAction.PARTITIONING, null, null, null, text));
        } else if (action instanceof AlterTablePropertyContext || action instanceof MoveTableContext) {
            alterOperations.add(op(AlterAction.TABLE_OPTIONS, null, null, null, text));
        } else {
            alterOperations.add(op(AlterAction.OTHER, null, null, null, text));
        }
    }


    private void addConstraint(OutOfLineConstraintContext constraint, String text) {
        Optional<String> name = constraintName(constraint.identifier());
        List<String> names = constraint.columnList() == null ? List.of()
                : constraint.columnList().columnName().stream().map(c -> OracleNames.column(c).name()).toList();
        if (constraint.PRIMARY() != null) {
            IndexDef index = new IndexDef(name, IndexType.PRIMARY, names);
            alterOperations.add(new AlterOperation(AlterAction.ADD_PRIMARY_KEY, name, Optional.empty(),
                    Optional.empty(), Optional.of(index), Optional.empty(), text));
        } else if (constraint.UNIQUE() != null) {
            IndexDef index = new IndexDef(name, IndexType.UNIQUE, names);
            alterOperations.add(new AlterOperation(AlterAction.ADD_INDEX, name, Optional.empty(),
                    Optional.empty(), Optional.of(index), Optional.empty(), text));
        } else if (constraint.FOREIGN() != null) {
            ForeignKeyDef key = foreignKey(name, names, constraint.referencesClause());
            alterOperations.add(new AlterOperation(AlterAction.ADD_FOREIGN_KEY, name, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of(key), text));
        } else {
            alterOperations.add(op(AlterAction.ADD_CHECK, name.orElse(null), null, null, text));
        }
    }

    private static AlterOperation op(AlterAction action, String name, String newName, ColumnDef column, String text) {
        return new AlterOperation(action, Optional.ofNullable(name), Optional.ofNullable(newName),
                Optional.ofNullable(column), Optional.empty(), Optional.empty(), text);
    }
}
