package io.github.sqlaudit.rules.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.github.sqlaudit.rules.TestStatements;
import io.github.sqlaudit.sql.AlterAction;
import io.github.sqlaudit.sql.AlterOperation;
import io.github.sqlaudit.sql.ColumnDef;
import io.github.sqlaudit.sql.DdlFacts;
import io.github.sqlaudit.sql.Dialect;
import io.github.sqlaudit.sql.IndexDef;
import io.github.sqlaudit.sql.IndexType;
import io.github.sqlaudit.sql.ObjectType;
import io.github.sqlaudit.sql.SchemaObject;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.StatementKind;
import io.github.sqlaudit.sql.TableOptions;
import io.github.sqlaudit.sql.TableRef;

/**
 * DDL statements with hand-built facts, for unit tests of the rules whose logic is more than a condition
 * (index redundancy, online ALTER, narrowing). The rule cases in src/test/resources/rules test the same rules
 * end to end through the parser.
 */
final class DdlStatements {

    private DdlStatements() {
    }

    static ColumnDef column(String name, String type, Integer length, boolean notNull, String defaultValue) {
        return new ColumnDef(name, type, length == null ? OptionalInt.empty() : OptionalInt.of(length),
                OptionalInt.empty(), false, Optional.of(!notNull), Optional.ofNullable(defaultValue), false,
                Optional.empty(), Optional.empty(), Optional.empty(), false, false, false, List.of());
    }

    static IndexDef index(String name, IndexType type, String... columns) {
        return new IndexDef(Optional.ofNullable(name), type, List.of(columns));
    }

    static AlterOperation op(AlterAction action, String name, ColumnDef column, IndexDef index) {
        return new AlterOperation(action, Optional.ofNullable(name), Optional.empty(), Optional.ofNullable(column),
                Optional.ofNullable(index), Optional.empty(), action.name());
    }

    static Statement createTable(String table, List<ColumnDef> columns, List<IndexDef> indexes) {
        List<String> primaryKey = indexes.stream().filter(i -> i.type() == IndexType.PRIMARY).findFirst()
                .map(IndexDef::columns).orElse(List.of());
        DdlFacts ddl = new DdlFacts(Optional.of(new SchemaObject(ObjectType.TABLE, TableRef.of(table))),
                Optional.empty(), false, false, false, false, columns, primaryKey, indexes, List.of(),
                TableOptions.NONE, List.of(), false, List.of(), List.of(), List.of());
        return statement(StatementKind.CREATE_TABLE, "CREATE TABLE " + table + " (...)", table, ddl);
    }

    static Statement alterTable(String table, AlterOperation... operations) {
        DdlFacts ddl = new DdlFacts(Optional.of(new SchemaObject(ObjectType.TABLE, TableRef.of(table))),
                Optional.empty(), false, false, false, false, List.of(), List.of(), List.of(), List.of(),
                TableOptions.NONE, List.of(), false, List.of(operations), List.of(), List.of());
        return statement(StatementKind.ALTER_TABLE, "ALTER TABLE " + table + " ...", table, ddl);
    }

    private static Statement statement(StatementKind kind, String text, String table, DdlFacts ddl) {
        return Statement.parsed(TestStatements.chunk(0, 1, text), Dialect.MYSQL, kind, List.of(),
                List.of(TableRef.of(table)), Optional.empty(), Optional.of(ddl));
    }

    static Map<String, String> columns(String... nameTypePairs) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            columns.put(nameTypePairs[i], nameTypePairs[i + 1]);
        }
        return columns;
    }
}
