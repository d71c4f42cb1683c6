package io.github.sqlaudit.plan;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The numbers a reviewer needs before approving a statement, read from the target's optimizer without
 * running the statement.
 *
 * @param tables         every table access in the plan, outer query first, subqueries after
 * @param estimatedRows  rows the statement is expected to affect (UPDATE, DELETE: the modified table's
 *                       examined rows times filtered) or return (SELECT: the product along the join)
 * @param cost           the optimizer's total cost, when the server reports one
 * @param filesort       a sort that no index provides
 * @param temporaryTable an internal temporary table (GROUP BY, DISTINCT, UNION, ...)
 * @param subqueries     query blocks nested in the statement (not counting UNION members)
 * @param countedRows    the rows an UPDATE/DELETE would change, counted on the target (opt-in), else empty
 */
public record PlanMetrics(
        List<TableAccess> tables,
        OptionalLong estimatedRows,
        OptionalDouble cost,
        boolean filesort,
        boolean temporaryTable,
        int subqueries,
        OptionalLong countedRows) {

    public PlanMetrics {
        tables = List.copyOf(tables);
        Objects.requireNonNull(estimatedRows, "estimatedRows");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(countedRows, "countedRows");
    }

    /** A plan as EXPLAIN gives it, without a count. */
    public PlanMetrics(List<TableAccess> tables, OptionalLong estimatedRows, OptionalDouble cost, boolean filesort,
            boolean temporaryTable, int subqueries) {
        this(tables, estimatedRows, cost, filesort, temporaryTable, subqueries, OptionalLong.empty());
    }

    public PlanMetrics withCountedRows(long rows) {
        return new PlanMetrics(tables, estimatedRows, cost, filesort, temporaryTable, subqueries, OptionalLong.of(rows));
    }

    /** The same plan with an estimate from elsewhere (the catalog), for plans that print none. */
    public PlanMetrics withEstimatedRows(long rows) {
        return new PlanMetrics(tables, OptionalLong.of(rows), cost, filesort, temporaryTable, subqueries, countedRows);
    }

    public boolean fullTableScan() {
        return tables.stream().anyMatch(t -> t.accessType().isFullTableScan());
    }

    public boolean fullIndexScan() {
        return tables.stream().anyMatch(t -> t.accessType().isFullIndexScan());
    }

    /** The tables read without any index: the usual cause of a slow change. */
    public List<TableAccess> tablesWithoutIndex() {
        return tables.stream().filter(t -> !t.isInternal() && !t.usesIndex()
                && t.accessType() != AccessType.SYSTEM && t.accessType() != AccessType.CONST).toList();
    }

    /** The largest number of rows any single table access examines. */
    public OptionalLong maxRowsExamined() {
        return tables.stream().filter(t -> t.rowsExamined().isPresent())
                .mapToLong(t -> t.rowsExamined().getAsLong()).max();
    }
}
