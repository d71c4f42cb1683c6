package io.github.sqlaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the demo shop (customers, orders, order items, payments; about 280,000 rows) into the embedded
 * MariaDB, for the demo and for tests that need realistic plans.
 */
public final class DemoSchema {

    static final String RESOURCE = "/demo/shop-schema.sql";
    public static final List<String> TABLES = List.of("customers", "orders", "order_items", "payments");

    private DemoSchema() {
    }

    public static void load(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements()) {
                statement.execute(sql);
            }
        }
    }

    /**
     * Our own resource, written with one statement per ";"-terminated paragraph and no semicolons inside
     * literals, so a plain split is exact here (user scripts go through the real splitter).
     */
    static List<String> statements() {
        String script;
        try (InputStream in = DemoSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.startsWith("--") || (line.isBlank() && current.length() == 0)) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }
}
