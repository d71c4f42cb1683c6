package io.github.sqlaudit.jira.execution;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;

import io.github.sqlaudit.cmdb.Secret;

/** Opens the execute connection the CMDB resolved; a seam so tests can count or refuse connections. */
@FunctionalInterface
public interface ExecuteConnections {

    Connection open(String jdbcUrl, String user, Secret password) throws SQLException;

    /** Plain JDBC, one connection per script run (runs are rare and long; no pool). */
    static ExecuteConnections jdbc() {
        return (url, user, password) -> {
            loadDriver(url);
            char[] chars = password.reveal();
            try {
                Properties properties = new Properties();
                properties.setProperty("user", user);
                properties.setProperty("password", new String(chars));
                return DriverManager.getConnection(url, properties);
            } finally {
                Arrays.fill(chars, '\0');
            }
        };
    }

    /**
     * Inside an OSGi bundle the drivers' service files are not seen by DriverManager; loading the class
     * registers the embedded driver.
     */
    private static void loadDriver(String url) throws SQLException {
        String driver = url.startsWith("jdbc:oracle:") ? "oracle.jdbc.OracleDriver" : "com.mysql.cj.jdbc.Driver";
        try {
            Class.forName(driver);
        } catch (ClassNotFoundException e) {
            throw new SQLException("the JDBC driver " + driver + " is missing from the plugin", e);
        }
    }
}
