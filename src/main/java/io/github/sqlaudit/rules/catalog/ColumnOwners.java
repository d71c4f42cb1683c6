package io.github.sqlaudit.rules.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.sqlaudit.rules.StatementContext;
import io.github.sqlaudit.rules.TableFacts;
import io.github.sqlaudit.sql.ColumnRef;

/**
 * Which of a statement's tables a column can belong to, using the target's table facts: a qualified column
 * ({@code o.status}) belongs to the table of that name (aliases are not resolved by the model, so an alias
 * qualifier falls back to every table); an unqualified one to each table that has a column of that name.
 */
final class ColumnOwners {

    private ColumnOwners() {
    }

    static List<TableFacts> candidates(StatementContext ctx, ColumnRef column) {
        List<TableFacts> tables = Stream.concat(ctx.statement().tablesWritten().stream(),
                        ctx.statement().tablesRead().stream())
                .distinct().map(ctx::table).flatMap(Optional::stream)
                .filter(t -> t.columnType(column.name()).isPresent())
                .toList();
        if (column.qualifier().isPresent()) {
            String qualifier = column.qualifier().get();
            List<TableFacts> named = tables.stream()
                    .filter(t -> t.table().name().equalsIgnoreCase(qualifier))
                    .toList();
            if (!named.isEmpty()) {
                return named;
            }
        }
        return tables;
    }
}
