package io.github.sqlaudit.plan;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One row of Oracle's PLAN_TABLE as {@code EXPLAIN PLAN} fills it: the columns we read.
 *
 * @param id          the step's id; 0 is the statement itself
 * @param parentId    the step that consumes this one's rows, empty for step 0
 * @param operation   e.g. {@code TABLE ACCESS}, {@code INDEX}, {@code SORT}, {@code UPDATE STATEMENT}
 * @param options     e.g. {@code FULL}, {@code BY INDEX ROWID}, {@code RANGE SCAN}, {@code ORDER BY}
 * @param objectOwner the schema of the object the step reads
 * @param objectName  the table or index the step reads
 * @param cost        the optimizer's cost of the step and its children
 * @param cardinality rows the step is expected to produce
 * @param bytes       bytes the step is expected to produce
 */
public record PlanTableRow(
        int id,
        OptionalLong parentId,
        String operation,
        String options,
        String objectOwner,
        String objectName,
        OptionalLong cost,
        OptionalLong cardinality,
        OptionalLong bytes,
        String accessPredicates,
        String filterPredicates) {

    public PlanTableRow {
        Objects.requireNonNull(parentId, "parentId");
        operation = operation == null ? "" : operation;
        options = options == null ? "" : options;
        objectOwner = objectOwner == null ? "" : objectOwner;
        objectName = objectName == null ? "" : objectName;
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(cardinality, "cardinality");
        Objects.requireNonNull(bytes, "bytes");
        accessPredicates = accessPredicates == null ? "" : accessPredicates;
        filterPredicates = filterPredicates == null ? "" : filterPredicates;
    }

    /** The step as DBMS_XPLAN prints it, e.g. {@code TABLE ACCESS FULL}. */
    public String step() {
        return options.isEmpty() ? operation : operation + " " + options;
    }
}
