package io.github.sqlaudit.cmdb;

/** Transport of a connection: plain TCP or TLS (TCPS in Oracle's words). */
public enum Protocol {
    TCP,
    TCPS
}
