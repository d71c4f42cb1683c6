package io.github.sqlaudit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountQueryTest {

    @Test
    void deleteKeepsTableAndWhere() {
        assertThat(CountQuery.forChange("DELETE FROM orders WHERE status = 'cancelled' AND total < 5"))
                .hasValue("SELECT COUNT(*) FROM orders WHERE status = 'cancelled' AND total < 5");
        assertThat(CountQuery.forChange("DELETE LOW_PRIORITY QUICK FROM shop.orders")).hasValue("SELECT COUNT(*) FROM shop.orders");
    }

    @Test
    void updateDropsTheAssignmentsAndKeepsAnAlias() {
        assertThat(CountQuery.forChange("UPDATE orders o SET o.status = 'x', o.total = (SELECT 1) WHERE o.id IN"
                + " (SELECT order_id FROM payments WHERE method = 'card')"))
                .hasValue("SELECT COUNT(*) FROM orders o WHERE o.id IN (SELECT order_id FROM payments WHERE method = 'card')");
        assertThat(CountQuery.forChange("UPDATE IGNORE orders SET status = 'x'")).hasValue("SELECT COUNT(*) FROM orders");
    }

    @Test
    void orderByIsDroppedAndLimitBoundsTheCount() {
        assertThat(CountQuery.forChange("DELETE FROM orders WHERE status = 'open' ORDER BY id LIMIT 1000"))
                .hasValue("SELECT COUNT(*) FROM (SELECT 1 FROM orders WHERE status = 'open' LIMIT 1000) sqlaudit_count");
    }

    @Test
    void keywordsInsideStringsCommentsAndSubqueriesDoNotCount() {
        assertThat(CountQuery.forChange("UPDATE notes SET body = 'x WHERE y' /* WHERE */ WHERE id = 3"))
                .hasValue("SELECT COUNT(*) FROM notes WHERE id = 3");
    }

    @Test
    void multiTableChangesAndOtherStatementsGetNoCount() {
        assertThat(CountQuery.forChange("UPDATE orders o JOIN customers c ON c.id = o.customer_id SET o.total = 0")).isEmpty();
        assertThat(CountQuery.forChange("UPDATE orders, customers SET orders.total = 0")).isEmpty();
        assertThat(CountQuery.forChange("DELETE o FROM orders o JOIN payments p ON p.order_id = o.id")).isEmpty();
        assertThat(CountQuery.forChange("DELETE FROM orders USING orders JOIN payments")).isEmpty();
        assertThat(CountQuery.forChange("INSERT INTO orders VALUES (1)")).isEmpty();
        assertThat(CountQuery.forChange("SELECT * FROM orders")).isEmpty();
    }
}
