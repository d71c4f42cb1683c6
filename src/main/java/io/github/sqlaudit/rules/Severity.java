package io.github.sqlaudit.rules;

import java.util.Locale;

/** How much a violation matters. Only ERROR blocks a workflow transition. */
public enum Severity {
    INFO,
    WARN,
    ERROR;

    /** Parses {@code info}, {@code warn} (or {@code warning}) and {@code error}, ignoring case. */
    public static Severity fromName(String name) {
        String normalized = name.trim().toUpperCase(Locale.ROOT);
        if (normalized.equals("WARNING")) {
            return WARN;
        }
        for (Severity severity : values()) {
            if (severity.name().equals(normalized)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + name + "', expected INFO, WARN or ERROR");
    }
}
