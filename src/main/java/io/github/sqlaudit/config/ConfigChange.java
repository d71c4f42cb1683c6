package io.github.sqlaudit.config;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of the configuration, as the audit log shows it: {@code 2026-11-26T13:40Z, jdoe, TEMPLATE,
 * template 'prod' rule DML-001, severity WARN -> severity ERROR}. Empty old value: created; empty new value:
 * deleted.
 *
 * @param user the Jira user key of who made the change
 */
public record ConfigChange(Instant at, String user, Area area, String subject, String oldValue, String newValue) {

    /** What part of the configuration changed. */
    public enum Area {
        TEMPLATE, ASSIGNMENT, CMDB, SETTINGS
    }

    public ConfigChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(subject, "subject");
        oldValue = oldValue == null ? "" : oldValue;
        newValue = newValue == null ? "" : newValue;
    }
}
