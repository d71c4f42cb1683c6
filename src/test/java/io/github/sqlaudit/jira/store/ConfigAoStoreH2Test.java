package io.github.sqlaudit.jira.store;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;

/** The configuration store on the real Active Objects ORM over H2 (in memory, one database per test). */
class ConfigAoStoreH2Test extends ConfigAoStoreContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private AoTestDatabase current;

    @Override
    AoTestDatabase database() {
        current = AoTestDatabase.h2("config" + DATABASES.incrementAndGet());
        return current;
    }

    @AfterEach
    void closeDatabase() {
        current.close();
    }
}
