package io.github.sqlaudit.jira.workflow;

import java.time.Duration;

import io.github.sqlaudit.cmdb.Secret;
import io.github.sqlaudit.plan.JdbcReviewTarget;
import io.github.sqlaudit.plan.ReviewTarget;

/** Opens the review connection the CMDB resolved; a seam so tests can count or refuse connections. */
@FunctionalInterface
public interface ReviewTargets {

    ReviewTarget open(String jdbcUrl, String user, Secret password);

    /** JDBC with a per-query timeout. */
    static ReviewTargets jdbc(Duration timeout) {
        return (url, user, password) -> {
            char[] chars = password.reveal();
            try {
                return new JdbcReviewTarget(url, user, new String(chars), timeout);
            } finally {
                java.util.Arrays.fill(chars, '\0');
            }
        };
    }
}
