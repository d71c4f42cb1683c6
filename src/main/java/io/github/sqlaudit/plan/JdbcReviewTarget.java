package io.github.sqlaudit.plan;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A target reached by JDBC URL, with a small connection pool (HikariCP) created on the first review and
 * closed with the target. {@code jdbc:mysql:} and {@code jdbc:mariadb:} URLs get MySQL/MariaDB plans
 * (through Connector/J, which speaks to both), {@code jdbc:oracle:} URLs Oracle plans.
 */
public final class JdbcReviewTarget implements ReviewTarget {

    private static final int POOL_SIZE = 2;

    private final String url;
    private final String user;
    private final String password;
    private final Duration timeout;
    private HikariDataSource pool;

    public JdbcReviewTarget(String url, String user, String password, Duration timeout) {
        this.url = normalize(url);
        this.user = user;
        this.password = password;
        this.timeout = timeout;
    }

    /** Connector/J does not accept the {@code jdbc:mariadb:} prefix; the protocol is the same. */
    static String normalize(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:mariadb:")) {
            return "jdbc:mysql:" + url.substring("jdbc:mariadb:".length());
        }
        if (!lower.startsWith("jdbc:mysql:") && !lower.startsWith("jdbc:oracle:")) {
            throw new IllegalArgumentException("unsupported target '" + url + "': expected jdbc:mysql://...,"
                    + " jdbc:mariadb://... or jdbc:oracle:thin:@...");
        }
        return url;
    }

    private boolean isOracle() {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:oracle:");
    }

    @Override
    public synchronized PlanProvider open() {
        Connection connection;
        try {
            connection = pool().getConnection();
        } catch (SQLException | RuntimeException e) {
            throw new ReviewConnectionException("cannot connect to " + describe() + ": " + rootMessage(e), e);
        }
        return isOracle() ? new OraclePlanProvider(connection, timeout) : new MySqlPlanProvider(connection, timeout);
    }

    private HikariDataSource pool() {
        if (pool == null) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
            config.setMaximumPoolSize(POOL_SIZE);
            config.setMinimumIdle(0);
            config.setPoolName("sqlaudit-review");
            config.setConnectionTimeout(Math.max(250, timeout.toMillis()));
            config.setInitializationFailTimeout(-1); // fail on getConnection with the driver's words
            pool = new HikariDataSource(config);
        }
        return pool;
    }

    /** The URL without user information or password parameters. */
    @Override
    public String describe() {
        return url.replaceAll("//[^/@]*@", "//").replaceAll("(?i)([?&;]password=)[^&;]*", "$1***");
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
