package io.github.sqlaudit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic mix of the statements Oracle change scripts are made of: INSERTs, INSERT ... SELECT, UPDATEs and
 * DELETEs with WHERE clauses, SELECTs with joins, subqueries, GROUP BY, FETCH FIRST and CONNECT BY, MERGE, CREATE
 * TABLE with constraints and storage options, ALTER TABLE, CREATE INDEX, CREATE SEQUENCE, COMMENT, GRANT and DROP.
 * Names and values vary so that no parser can answer from a cache. Every statement is plain Oracle SQL that all
 * three parsers accept (PL/SQL units are left out: the peers parse them only partly).
 */
public final class OracleWorkload {

    private OracleWorkload() {
    }

    /** {@code count} statements, without terminators. */
    public static List<String> statements(int count, long seed) {
        Random random = new Random(seed);
        List<String> statements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            statements.add(statement(i, random));
        }
        return statements;
    }

    static String statement(int i, Random random) {
        int t = random.nextInt(1000);
        String table = "shop.t_" + (i % 97);
        return switch (i % 20) {
            case 0, 1, 2 -> "INSERT INTO " + table + " (id, name, amount, created_at) VALUES (" + random.nextInt(1_000_000)
                    + ", 'name " + t + "', " + random.nextInt(10000) + "." + random.nextInt(100)
                    + ", TO_DATE('2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "', 'YYYY-MM-DD'))";
            case 3 -> "INSERT INTO shop.archive_" + t + " (id, name) SELECT id, name FROM " + table
                    + " WHERE created_at < DATE '2024-01-01'";
            case 4, 5 -> "SELECT o.id, o.amount, c.name FROM shop.orders_" + t + " o JOIN shop.customers c ON c.id = o.customer_id "
                    + "WHERE o.status = 'paid' AND o.amount > " + random.nextInt(500)
                    + " ORDER BY o.created_at DESC FETCH FIRST 50 ROWS ONLY";
            case 6 -> "SELECT customer_id, COUNT(*) AS n, SUM(amount) FROM shop.orders_" + t
                    + " WHERE created_at >= DATE '2024-01-01' GROUP BY customer_id HAVING COUNT(*) > 3 ORDER BY n DESC";
            case 7 -> "SELECT * FROM " + table + " WHERE id IN (SELECT item_id FROM shop.order_items WHERE qty > " + t
                    + ") AND name LIKE 'a%'";
            case 8, 9 -> "UPDATE " + table + " SET amount = amount * 1.1, name = 'n" + t + "', updated_at = SYSDATE "
                    + "WHERE id = " + random.nextInt(100000) + " AND status <> 'closed'";
            case 10 -> "MERGE INTO shop.balances b USING shop.payments_" + t + " p ON (b.account_id = p.account_id) "
                    + "WHEN MATCHED THEN UPDATE SET b.amount = b.amount + p.amount "
                    + "WHEN NOT MATCHED THEN INSERT (account_id, amount) VALUES (p.account_id, p.amount)";
            case 11 -> "SELECT LEVEL, employee_id, last_name FROM shop.employees START WITH manager_id IS NULL "
                    + "CONNECT BY PRIOR employee_id = manager_id ORDER SIBLINGS BY last_name";
            case 12, 13 -> "DELETE FROM " + table + " WHERE created_at < SYSDATE - " + (t % 90 + 1) + " AND ROWNUM <= 1000";
            case 14 -> "CREATE TABLE shop.new_" + i + " (id NUMBER(19) NOT NULL, "
                    + "name VARCHAR2(64 CHAR) DEFAULT ' ' NOT NULL, amount NUMBER(12,2), "
                    + "status VARCHAR2(10) DEFAULT 'new' NOT NULL CONSTRAINT ck_status_" + i
                    + " CHECK (status IN ('new','paid','closed')), customer_id NUMBER(10) NOT NULL, "
                    + "created_at DATE DEFAULT SYSDATE NOT NULL, note CLOB, "
                    + "CONSTRAINT pk_new_" + i + " PRIMARY KEY (id), CONSTRAINT uq_new_" + i + " UNIQUE (name)) "
                    + "TABLESPACE users PCTFREE 10";
            case 15 -> "ALTER TABLE " + table + " ADD (c" + i + " NUMBER(10) DEFAULT 0 NOT NULL)";
            case 16 -> "ALTER TABLE " + table + " MODIFY (name VARCHAR2(128) NOT NULL)";
            case 17 -> "CREATE INDEX shop.idx_" + i + " ON " + table + " (customer_id, status) ONLINE";
            case 18 -> "COMMENT ON TABLE " + table + " IS 'table " + i + "'";
            default -> "SELECT id, name FROM " + table + " WHERE amount BETWEEN " + t + " AND " + (t + 100)
                    + " AND status IN ('new', 'paid') ORDER BY id OFFSET " + t + " ROWS FETCH NEXT 10 ROWS ONLY";
        };
    }
}
