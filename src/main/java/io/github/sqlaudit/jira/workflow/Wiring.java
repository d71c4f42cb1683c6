package io.github.sqlaudit.jira.workflow;

import java.time.Clock;
import java.time.Duration;

/**
 * Static factories for the Spring beans that are not plain constructor calls (plugin-context.xml names only
 * classes inside the plugin jar).
 */
public final class Wiring {

    /** The statement timeout of each EXPLAIN and catalog query on a review target. */
    static final Duration REVIEW_QUERY_TIMEOUT = Duration.ofSeconds(10);

    private Wiring() {
    }

    public static Clock clock() {
        return Clock.systemUTC();
    }

    public static ReviewTargets reviewTargets() {
        return ReviewTargets.jdbc(REVIEW_QUERY_TIMEOUT);
    }
}
