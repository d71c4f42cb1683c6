package io.github.sqlaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class EmbeddedMariaDbIT {

    @Test
    void startsAServerWithTheDatabaseAndStopsItOnClose() throws Exception {
        String url;
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start("orders")) {
            url = server.jdbcUrl();
            assertThat(url).isEqualTo("jdbc:mysql://127.0.0.1:" + server.port() + "/orders");
            try (Connection connection = DriverManager.getConnection(url, EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
                 Statement statement = connection.createStatement()) {
                statement.executeUpdate("CREATE TABLE t (id INT PRIMARY KEY)");
                statement.executeUpdate("INSERT INTO t VALUES (1)");
                try (ResultSet rs = statement.executeQuery("SELECT DATABASE(), VERSION(), (SELECT COUNT(*) FROM t)")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("orders");
                    assertThat(rs.getString(2)).contains("MariaDB");
                    assertThat(rs.getInt(3)).isEqualTo(1);
                }
            }
        }

        assertThatThrownBy(() -> DriverManager.getConnection(url + "?connectTimeout=2000", EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD))
                .isInstanceOf(SQLException.class);
    }
}
