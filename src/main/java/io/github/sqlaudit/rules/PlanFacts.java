package io.github.sqlaudit.rules;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The plan metrics the plan rules read, for one statement: the audit layer fills it from EXPLAIN.
 *
 * @param estimatedRows rows the optimizer expects to examine (or change, for DML), over the whole plan
 * @param cost          the optimizer's cost when the database reports one
 * @param filesort      the plan sorts outside an index ("Using filesort")
 * @param temporary     the plan materialises a temporary table ("Using temporary")
 * @param accesses      one entry per table access of the plan
 * @param countedRows   the rows an UPDATE or DELETE would change, counted on the target (only when the template
 *                      asks for exact counts and the estimate is small enough to count)
 */
public record PlanFacts(long estimatedRows, OptionalDouble cost, boolean filesort, boolean temporary,
                        List<TableAccess> accesses, java.util.OptionalLong countedRows) {

    public PlanFacts {
        Objects.requireNonNull(cost, "cost");
        accesses = List.copyOf(accesses);
        Objects.requireNonNull(countedRows, "countedRows");
    }

    /** A plan without a count. */
    public PlanFacts(long estimatedRows, OptionalDouble cost, boolean filesort, boolean temporary,
                     List<TableAccess> accesses) {
        this(estimatedRows, cost, filesort, temporary, accesses, java.util.OptionalLong.empty());
    }
}
