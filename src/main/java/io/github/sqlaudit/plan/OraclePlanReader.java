package io.github.sqlaudit.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the PLAN_TABLE rows of one {@code EXPLAIN PLAN} into {@link PlanMetrics}, on the same scale as
 * MySQL's plans so that the same plan rules apply:
 * <ul>
 *   <li>{@code TABLE ACCESS FULL} is a full table scan ({@link AccessType#ALL});
 *       {@code INDEX FULL SCAN} and {@code INDEX FAST FULL SCAN} a full index scan ({@link AccessType#INDEX});
 *       {@code INDEX UNIQUE SCAN} an {@link AccessType#EQ_REF}, {@code INDEX RANGE SCAN} or
 *       {@code SKIP SCAN} a {@link AccessType#RANGE}; a table read {@code BY INDEX ROWID} takes its index
 *       from the INDEX step below it;</li>
 *   <li>{@code SORT ORDER BY / GROUP BY / UNIQUE / JOIN} and {@code WINDOW SORT} count as a sort
 *       ("filesort"); {@code SORT AGGREGATE} does not sort;</li>
 *   <li>{@code TEMP TABLE TRANSFORMATION} and {@code LOAD AS SELECT (CURSOR DURATION MEMORY)} as a temporary
 *       table;</li>
 *   <li>step 0's CARDINALITY is the estimated rows of the statement (for UPDATE and DELETE the rows
 *       changed), its COST the statement's cost.</li>
 * </ul>
 */
public final class OraclePlanReader {

    public PlanMetrics read(List<PlanTableRow> rows) {
        if (rows.isEmpty()) {
            throw new PlanFormatException("PLAN_TABLE holds no rows for the statement");
        }
        Map<Integer, PlanTableRow> byId = rows.stream()
                .collect(Collectors.toMap(PlanTableRow::id, Function.identity(), (a, b) -> a));
        PlanTableRow statement = byId.getOrDefault(0, rows.get(0));
        String modifiedTable = modifiedTable(rows);

        List<TableAccess> tables = new ArrayList<>();
        boolean sort = false;
        boolean temporary = false;
        int subqueries = 0;
        for (PlanTableRow row : rows) {
            String operation = row.operation();
            String options = row.options();
            if (operation.equals("TABLE ACCESS")) {
                tables.add(tableAccess(row, rows, modifiedTable));
            } else if (operation.equals("INDEX") && !feedsTableAccess(row, byId)) {
                // An index read on its own (the index covers the query): report it under the index's name.
                tables.add(new TableAccess(qualified(row), indexAccessType(options), List.of(row.objectName()),
                        row.objectName(), OptionalLong.empty(), row.cardinality(), 100.0, cost(row), false));
            }
            sort |= (operation.equals("SORT") && !options.equals("AGGREGATE")) || operation.equals("WINDOW");
            temporary |= operation.equals("TEMP TABLE TRANSFORMATION")
                    || (operation.equals("LOAD AS SELECT") && options.contains("CURSOR DURATION MEMORY"));
            if (operation.equals("FILTER") && children(row, rows) > 1) {
                subqueries += children(row, rows) - 1;
            }
        }
        return new PlanMetrics(tables, statement.cardinality(), cost(statement), sort, temporary, subqueries);
    }

    private static TableAccess tableAccess(PlanTableRow row, List<PlanTableRow> rows, String modifiedTable) {
        AccessType type;
        String key = "";
        String options = row.options();
        if (options.contains("FULL")) {
            type = AccessType.ALL;
        } else if (options.startsWith("BY INDEX ROWID") || options.startsWith("BY GLOBAL INDEX ROWID")
                || options.startsWith("BY LOCAL INDEX ROWID")) {
            PlanTableRow index = rows.stream()
                    .filter(r -> r.parentId().isPresent() && r.parentId().getAsLong() == row.id()
                            && r.operation().equals("INDEX"))
                    .findFirst().orElse(null);
            type = index == null ? AccessType.REF : indexAccessType(index.options());
            key = index == null ? "" : index.objectName();
        } else if (options.startsWith("BY USER ROWID") || options.startsWith("BY ROWID")) {
            type = AccessType.CONST;
        } else if (options.equals("HASH") || options.equals("CLUSTER")) {
            type = AccessType.REF;
        } else {
            type = AccessType.UNKNOWN;
        }
        return new TableAccess(qualified(row), type, key.isEmpty() ? List.of() : List.of(key), key,
                OptionalLong.empty(), row.cardinality(), 100.0, cost(row), row.objectName().equals(modifiedTable));
    }

    private static AccessType indexAccessType(String options) {
        if (options.startsWith("UNIQUE SCAN")) {
            return AccessType.EQ_REF;
        }
        if (options.startsWith("RANGE SCAN") || options.startsWith("SKIP SCAN")) {
            return AccessType.RANGE;
        }
        if (options.startsWith("FULL SCAN") || options.startsWith("FAST FULL SCAN")) {
            return AccessType.INDEX;
        }
        return AccessType.UNKNOWN;
    }

    /** The table under the UPDATE or DELETE step, which names it. */
    private static String modifiedTable(List<PlanTableRow> rows) {
        return rows.stream()
                .filter(r -> (r.operation().equals("UPDATE") || r.operation().equals("DELETE")))
                .map(PlanTableRow::objectName).findFirst().orElse("");
    }

    private static boolean feedsTableAccess(PlanTableRow index, Map<Integer, PlanTableRow> byId) {
        if (index.parentId().isEmpty()) {
            return false;
        }
        PlanTableRow parent = byId.get((int) index.parentId().getAsLong());
        return parent != null && parent.operation().equals("TABLE ACCESS");
    }

    private static int children(PlanTableRow row, List<PlanTableRow> rows) {
        return (int) rows.stream()
                .filter(r -> r.parentId().isPresent() && r.parentId().getAsLong() == row.id()).count();
    }

    private static String qualified(PlanTableRow row) {
        return row.objectOwner().isEmpty() ? row.objectName() : row.objectOwner() + "." + row.objectName();
    }

    private static OptionalDouble cost(PlanTableRow row) {
        return row.cost().isPresent() ? OptionalDouble.of(row.cost().getAsLong()) : OptionalDouble.empty();
    }
}
