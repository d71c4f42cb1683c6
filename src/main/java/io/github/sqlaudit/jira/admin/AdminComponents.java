package io.github.sqlaudit.jira.admin;

import java.time.Clock;

import io.github.sqlaudit.rules.RuleCatalog;
import io.github.sqlaudit.rules.catalog.BuiltInRules;

/** Factory methods for the Spring context (plugin-context.xml): values Spring cannot build from a constructor. */
public final class AdminComponents {

    private AdminComponents() {
    }

    public static RuleCatalog catalog() {
        return BuiltInRules.catalog();
    }

    /** Audit-log times are UTC instants. */
    public static Clock clock() {
        return Clock.systemUTC();
    }
}
