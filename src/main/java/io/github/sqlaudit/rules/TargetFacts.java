package io.github.sqlaudit.rules;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.github.sqlaudit.sql.Statement;
import io.github.sqlaudit.sql.TableRef;

/**
 * What the target database tells the rules: the plan of a statement and the facts of existing tables. The audit
 * layer implements it over EXPLAIN and the catalog; {@link #none()} stands for "no target", in which case rules
 * that need the target are reported as not evaluated rather than passed.
 */
public interface TargetFacts {

    /** False only for {@link #none()}. */
    boolean available();

    Optional<PlanFacts> plan(Statement statement);

    Optional<TableFacts> table(TableRef table);

    static TargetFacts none() {
        return NoTarget.INSTANCE;
    }

    /** A target described by fixed facts: known tables, and plans computed per statement. */
    static TargetFacts of(Collection<TableFacts> tables, Function<Statement, Optional<PlanFacts>> plans) {
        List<TableFacts> known = List.copyOf(tables);
        return new TargetFacts() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public Optional<PlanFacts> plan(Statement statement) {
                return plans.apply(statement);
            }

            @Override
            public Optional<TableFacts> table(TableRef table) {
                return known.stream().filter(t -> t.table().matches(table)).findFirst();
            }
        };
    }

    /** No target database. */
    enum NoTarget implements TargetFacts {
        INSTANCE;

        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Optional<PlanFacts> plan(Statement statement) {
            return Optional.empty();
        }

        @Override
        public Optional<TableFacts> table(TableRef table) {
            return Optional.empty();
        }
    }
}
