package io.github.sqlaudit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic mix of the statements change scripts are made of: multi-row INSERTs, UPDATEs and DELETEs with
 * WHERE clauses, SELECTs with joins, subqueries, GROUP BY and ORDER BY/LIMIT, CREATE TABLE with keys and options,
 * ALTER TABLE, CREATE INDEX, DROP and SET. Names and values vary so that no parser can answer from a cache.
 * Every statement is plain MySQL that all three parsers accept.
 */
public final class Workload {

    private Workload() {
    }

    /** {@code count} statements, without delimiters. */
    public static List<String> statements(int count, long seed) {
        Random random = new Random(seed);
        List<String> statements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            statements.add(statement(i, random));
        }
        return statements;
    }

    /** The statements as one script, each ended by ";\n". */
    public static String script(List<String> statements) {
        StringBuilder script = new StringBuilder();
        for (String statement : statements) {
            script.append(statement).append(";\n");
        }
        return script.toString();
    }

    static String statement(int i, Random random) {
        int t = random.nextInt(1000);
        String table = "t_" + (i % 97);
        return switch (i % 20) {
            case 0, 1, 2 -> "INSERT INTO " + table + " (id, name, amount, created_at) VALUES " + rows(random);
            case 3 -> "INSERT INTO archive_" + t + " (id, name) SELECT id, name FROM " + table + " WHERE created_at < '2024-01-01'";
            case 4, 5 -> "SELECT o.id, o.amount, c.name FROM orders_" + t + " o JOIN customers c ON c.id = o.customer_id "
                    + "WHERE o.status = 'paid' AND o.amount > " + random.nextInt(500) + " ORDER BY o.created_at DESC LIMIT 50";
            case 6 -> "SELECT customer_id, COUNT(*) AS n, SUM(amount) FROM orders_" + t + " WHERE created_at >= '2024-01-01' "
                    + "GROUP BY customer_id HAVING COUNT(*) > 3 ORDER BY n DESC";
            case 7 -> "SELECT * FROM " + table + " WHERE id IN (SELECT item_id FROM order_items WHERE qty > " + t
                    + ") AND name LIKE 'a%'";
            case 8, 9, 10 -> "UPDATE " + table + " SET amount = amount * 1.1, name = 'n" + t + "', updated_at = NOW() "
                    + "WHERE id = " + random.nextInt(100000) + " AND status <> 'closed'";
            case 11 -> "UPDATE orders_" + t + " o JOIN customers c ON c.id = o.customer_id SET o.vip = 1 WHERE c.tier = 'gold'";
            case 12, 13 -> "DELETE FROM " + table + " WHERE created_at < DATE_SUB(NOW(), INTERVAL " + (t % 90 + 1)
                    + " DAY) LIMIT 1000";
            case 14 -> "CREATE TABLE IF NOT EXISTS new_" + i + " (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, "
                    + "name VARCHAR(64) NOT NULL DEFAULT '' COMMENT 'name', amount DECIMAL(12,2) DEFAULT NULL, "
                    + "status ENUM('new','paid','closed') NOT NULL DEFAULT 'new', customer_id INT NOT NULL, "
                    + "created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, "
                    + "updated_at TIMESTAMP NULL DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP, note TEXT, "
                    + "PRIMARY KEY (id), KEY idx_customer (customer_id, created_at), UNIQUE KEY uq_name (name)) "
                    + "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='generated table " + i + "'";
            case 15 -> "ALTER TABLE " + table + " ADD COLUMN c" + i + " INT NOT NULL DEFAULT 0 AFTER name, "
                    + "ADD INDEX idx_c" + i + " (c" + i + "), ALGORITHM=INPLACE, LOCK=NONE";
            case 16 -> "ALTER TABLE " + table + " MODIFY COLUMN name VARCHAR(128) NOT NULL COMMENT 'longer name'";
            case 17 -> "CREATE INDEX idx_" + i + " ON " + table + " (customer_id, status)";
            case 18 -> "DROP TABLE IF EXISTS tmp_" + i;
            default -> "SELECT id, name FROM " + table + " WHERE amount BETWEEN " + t + " AND " + (t + 100)
                    + " AND status IN ('new', 'paid') ORDER BY id LIMIT 10 OFFSET " + t;
        };
    }

    private static String rows(Random random) {
        int count = 1 + random.nextInt(5);
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < count; r++) {
            if (r > 0) {
                rows.append(", ");
            }
            rows.append('(').append(random.nextInt(1_000_000)).append(", 'name ").append(random.nextInt(1000))
                    .append("', ").append(random.nextInt(10000)).append('.').append(random.nextInt(100))
                    .append(", '2024-0").append(1 + random.nextInt(9)).append("-1").append(random.nextInt(10))
                    .append(" 12:00:00')");
        }
        return rows.toString();
    }
}
