package io.github.sqlaudit.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.sqlaudit.sql.DdlFacts;
import io.github.sqlaudit.sql.DmlFacts;
import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.TableRef;

/** One parsed statement as a statement rule sees it, with the target's facts beside it. */
public record StatementContext(Statement statement, TargetFacts target) {

    public StatementContext {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(target, "target");
    }

    public Optional<DmlFacts> dml() {
        return statement.dml();
    }

    public Optional<DdlFacts> ddl() {
        return statement.ddl();
    }

    /** Facts of the tables the statement writes, for those the target knows. */
    public List<TableFacts> writtenTableFacts() {
        return statement.tablesWritten().stream().map(target::table).flatMap(Optional::stream).toList();
    }

    /** Facts of every table the statement touches, for those the target knows. */
    public List<TableFacts> touchedTableFacts() {
        return Stream.concat(statement.tablesWritten().stream(), statement.tablesRead().stream())
                .distinct().map(target::table).flatMap(Optional::stream).toList();
    }

    public Optional<TableFacts> table(TableRef table) {
        return target.table(table);
    }
}
