package io.github.sqlaudit.rules.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.sqlaudit.sql.AlterAction;
import io.github.sqlaudit.sql.AlterOperation;
import io.github.sqlaudit.sql.DdlFacts;
import io.github.sqlaudit.sql.ForeignKeyDef;
import io.github.sqlaudit.sql.IndexDef;
import io.github.sqlaudit.sql.IndexType;
import io.github.sqlaudit.sql.ObjectType;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;

/**
 * The names a statement introduces: objects it creates, columns and keys it adds, names it renames to. Naming
 * rules judge only these, never the existing names a statement merely mentions or drops.
 */
final class NewNames {

    /** The kinds of name the naming rules tell apart. */
    enum Kind {
        TABLE("table"), COLUMN("column"), INDEX("index"), UNIQUE_KEY("unique key"), FOREIGN_KEY("foreign key"),
        VIEW("view"), PROCEDURE("procedure"), FUNCTION("function"), TRIGGER("trigger"), DATABASE("database"),
        EVENT("event"), SEQUENCE("sequence");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    record Name(Kind kind, String name) {
        String describe() {
            return kind.label() + " " + name;
        }
    }

    private static final Map<StatementKind, Kind> CREATED = Map.of(
            StatementKind.CREATE_TABLE, Kind.TABLE,
            StatementKind.CREATE_VIEW, Kind.VIEW,
            StatementKind.CREATE_PROCEDURE, Kind.PROCEDURE,
            StatementKind.CREATE_FUNCTION, Kind.FUNCTION,
            StatementKind.CREATE_TRIGGER, Kind.TRIGGER,
            StatementKind.CREATE_DATABASE, Kind.DATABASE,
            StatementKind.CREATE_EVENT, Kind.EVENT,
            StatementKind.CREATE_SEQUENCE, Kind.SEQUENCE);

    private NewNames() {
    }

    private static String unqualified(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    static List<Name> of(Statement statement) {
        List<Name> names = new ArrayList<>();
        if (statement.ddl().isEmpty()) {
            return names;
        }
        DdlFacts ddl = statement.ddl().get();
        Kind created = CREATED.get(statement.kind());
        if (created != null) {
            ddl.object().filter(o -> o.type() != ObjectType.INDEX)
                    .ifPresent(o -> names.add(new Name(created, o.name().name())));
        }
        ddl.renames().forEach(r -> names.add(new Name(Kind.TABLE, r.to().name())));
        if (ddl.renames().isEmpty()) {
            DdlShape.operations(ddl, AlterAction.RENAME_TABLE).forEach(op -> op.name()
                    .ifPresent(n -> names.add(new Name(Kind.TABLE, unqualified(n)))));
        }
        for (AlterOperation op : ddl.alterOperations()) {
            if (op.action() == AlterAction.RENAME_COLUMN || op.action() == AlterAction.CHANGE_COLUMN) {
                op.newName().filter(n -> !n.equalsIgnoreCase(op.name().orElse("")))
                        .ifPresent(n -> names.add(new Name(Kind.COLUMN, n)));
            }
            if (op.action() == AlterAction.RENAME_INDEX) {
                op.newName().ifPresent(n -> names.add(new Name(Kind.INDEX, n)));
            }
        }
        DdlShape.newColumns(ddl).forEach(c -> names.add(new Name(Kind.COLUMN, c.name())));
        for (IndexDef index : DdlShape.indexes(ddl)) {
            if (index.type() == IndexType.PRIMARY) {
                continue;
            }
            Kind kind = index.type() == IndexType.UNIQUE ? Kind.UNIQUE_KEY : Kind.INDEX;
            index.name().ifPresent(n -> names.add(new Name(kind, n)));
        }
        for (ForeignKeyDef fk : DdlShape.foreignKeys(ddl)) {
            fk.name().ifPresent(n -> names.add(new Name(Kind.FOREIGN_KEY, n)));
        }
        return names;
    }
}
