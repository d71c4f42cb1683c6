package io.github.sqlaudit.cmdb;

/** The role a host plays in a cluster right now, as the CMDB records it. */
public enum MemberRole {
    /** Takes the writes: the only place approved scripts run (standalone, primary/replica, Data Guard). */
    PRIMARY,
    /** A readable copy: review (EXPLAIN) may run here. */
    REPLICA,
    /** A Data Guard standby: neither executes nor reviews (EXPLAIN PLAN writes to PLAN_TABLE). */
    STANDBY,
    /** An equal member of a multi-writer cluster (Galera, RAC). */
    NODE
}
