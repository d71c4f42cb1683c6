package io.github.sqlaudit.cmdb;

/** What a connection is for; review connections use read-only accounts. */
public enum Purpose {
    REVIEW,
    EXECUTE
}
