package io.github.sqlaudit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/**
 * PLAN_TABLE rows recorded from Oracle's documentation (no Oracle server can be run here): these tests
 * prove the reading of the format, not the behaviour of a live server.
 */
class OraclePlanReaderTest {

    final OraclePlanReader reader = new OraclePlanReader();

    static PlanTableRow row(int id, Integer parent, String operation, String options, String object,
            Long cost, Long cardinality, Long bytes) {
        return new PlanTableRow(id, parent == null ? OptionalLong.empty() : OptionalLong.of(parent), operation, options,
                object == null ? "" : "HR", object, cost == null ? OptionalLong.empty() : OptionalLong.of(cost),
                cardinality == null ? OptionalLong.empty() : OptionalLong.of(cardinality),
                bytes == null ? OptionalLong.empty() : OptionalLong.of(bytes), null, null);
    }

    /**
     * The three-table join of the HR sample schema from the "Using EXPLAIN PLAN" chapter of Oracle's
     * Performance Tuning Guide: {@code SELECT e.employee_id, j.job_title, e.salary, d.department_name FROM
     * employees e, jobs j, departments d WHERE e.employee_id < 103 AND e.job_id = j.job_id AND
     * e.department_id = d.department_id}.
     */
    static final List<PlanTableRow> HR_JOIN = List.of(
            row(0, null, "SELECT STATEMENT", null, null, 10L, 3L, 189L),
            row(1, 0, "NESTED LOOPS", null, null, 10L, 3L, 189L),
            row(2, 1, "NESTED LOOPS", null, null, 7L, 3L, 141L),
            row(3, 2, "TABLE ACCESS", "FULL", "EMPLOYEES", 4L, 3L, 60L),
            row(4, 2, "TABLE ACCESS", "BY INDEX ROWID", "JOBS", 2L, 19L, 513L),
            row(5, 4, "INDEX", "UNIQUE SCAN", "JOB_ID_PK", null, 1L, null),
            row(6, 1, "TABLE ACCESS", "BY INDEX ROWID", "DEPARTMENTS", 2L, 27L, 432L),
            row(7, 6, "INDEX", "UNIQUE SCAN", "DEPT_ID_PK", null, 1L, null));

    @Test
    void documentedJoinOfTheHrSchema() {
        PlanMetrics plan = reader.read(HR_JOIN);

        assertThat(plan.estimatedRows()).hasValue(3);
        assertThat(plan.cost()).hasValue(10);
        assertThat(plan.tables()).extracting(TableAccess::table)
                .containsExactly("HR.EMPLOYEES", "HR.JOBS", "HR.DEPARTMENTS");
        TableAccess employees = plan.tables().get(0);
        assertThat(employees.accessType()).isEqualTo(AccessType.ALL);
        assertThat(employees.usesIndex()).isFalse();
        TableAccess jobs = plan.tables().get(1);
        assertThat(jobs.accessType()).isEqualTo(AccessType.EQ_REF);
        assertThat(jobs.key()).isEqualTo("JOB_ID_PK");
        assertThat(plan.fullTableScan()).isTrue();
        assertThat(plan.tablesWithoutIndex()).extracting(TableAccess::table).containsExactly("HR.EMPLOYEES");
        assertThat(plan.filesort()).isFalse();
    }

    /** An UPDATE through an index range scan, shaped as DBMS_XPLAN shows UPDATE plans in the same guide. */
    @Test
    void updateThroughAnIndexRangeScan() {
        PlanMetrics plan = reader.read(List.of(
                row(0, null, "UPDATE STATEMENT", null, null, 3L, 6L, 54L),
                row(1, 0, "UPDATE", null, "EMPLOYEES", null, null, null),
                row(2, 1, "INDEX", "RANGE SCAN", "EMP_DEPARTMENT_IX", 1L, 6L, 54L)));

        assertThat(plan.estimatedRows()).hasValue(6);
        assertThat(plan.tables()).singleElement().satisfies(t -> {
            assertThat(t.accessType()).isEqualTo(AccessType.RANGE);
            assertThat(t.key()).isEqualTo("EMP_DEPARTMENT_IX");
        });
        assertThat(plan.fullTableScan()).isFalse();
    }

    @Test
    void sortsAndTemporaryTablesAreRecognised() {
        PlanMetrics plan = reader.read(List.of(
                row(0, null, "SELECT STATEMENT", null, null, 120L, 107L, 1070L),
                row(1, 0, "TEMP TABLE TRANSFORMATION", null, null, null, null, null),
                row(2, 1, "SORT", "ORDER BY", null, 120L, 107L, 1070L),
                row(3, 2, "SORT", "AGGREGATE", null, null, 1L, null),
                row(4, 2, "INDEX", "FAST FULL SCAN", "EMP_NAME_IX", 2L, 107L, 1070L)));
        assertThat(plan.filesort()).isTrue();
        assertThat(plan.temporaryTable()).isTrue();
        assertThat(plan.fullIndexScan()).isTrue();
    }

    @Test
    void anAggregateIsNotASort() {
        PlanMetrics plan = reader.read(List.of(
                row(0, null, "SELECT STATEMENT", null, null, 1L, 1L, null),
                row(1, 0, "SORT", "AGGREGATE", null, null, 1L, null),
                row(2, 1, "INDEX", "FULL SCAN", "EMP_EMP_ID_PK", 1L, 107L, null)));
        assertThat(plan.filesort()).isFalse();
    }

    @Test
    void noRowsIsAnError() {
        assertThatThrownBy(() -> reader.read(List.of())).isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("no rows");
    }
}
