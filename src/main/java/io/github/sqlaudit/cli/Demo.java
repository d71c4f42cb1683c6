package io.github.sqlaudit.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;

import io.github.sqlaudit.execute.ExecutionResult;
import io.github.sqlaudit.plan.ReviewConnectionException;

/** What the demo and the embedded targets share: the demo shop on a fresh MariaDB, and result lines. */
final class Demo {

    private Demo() {
    }

    static EmbeddedMariaDb startShop(PrintWriter err) {
        err.println("starting the embedded MariaDB and loading the demo shop (customers, orders, order_items,"
                + " payments) ...");
        err.flush();
        EmbeddedMariaDb db = EmbeddedMariaDb.start("shop");
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USER,
                EmbeddedMariaDb.PASSWORD)) {
            DemoSchema.load(connection);
        } catch (SQLException e) {
            db.close();
            throw new ReviewConnectionException("cannot load the demo schema: " + e.getMessage(), e);
        }
        return db;
    }

    static String describe(String script, ExecutionResult result) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%s: %s — %d of %d statements run now, %d done before, %,d rows changed, %d ms%n", script,
                result.status(), result.executed(), result.total(), result.skipped(), result.rowsAffected(),
                result.duration().toMillis()));
        result.failures().forEach(f -> out.append("  failed: ").append(f).append('\n'));
        return out.toString();
    }
}
