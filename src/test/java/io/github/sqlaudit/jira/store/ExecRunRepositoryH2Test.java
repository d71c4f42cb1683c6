package io.github.sqlaudit.jira.store;

import java.util.concurrent.atomic.AtomicInteger;

/** The execution runs over H2 (in memory; both "nodes" of a test share one database). */
class ExecRunRepositoryH2Test extends ExecRunRepositoryContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private String name;
    private int calls;

    @Override
    AoTestDatabase database() {
        if (calls++ % 2 == 0) {
            name = "execrun" + DATABASES.incrementAndGet();
        }
        return AoTestDatabase.h2(name);
    }
}
