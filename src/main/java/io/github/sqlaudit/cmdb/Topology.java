package io.github.sqlaudit.cmdb;

import java.util.Set;

/** How the members of a cluster share the work, and so which member may execute and which may review. */
public enum Topology {
    STANDALONE(Set.of(MemberRole.PRIMARY)),
    PRIMARY_REPLICA(Set.of(MemberRole.PRIMARY, MemberRole.REPLICA)),
    GALERA(Set.of(MemberRole.NODE)),
    RAC(Set.of(MemberRole.NODE)),
    DATA_GUARD(Set.of(MemberRole.PRIMARY, MemberRole.STANDBY));

    private final Set<MemberRole> allowedRoles;

    Topology(Set<MemberRole> allowedRoles) {
        this.allowedRoles = allowedRoles;
    }

    public Set<MemberRole> allowedRoles() {
        return allowedRoles;
    }

    /** Topologies where exactly one member takes writes at a time, and the CMDB records which. */
    public boolean hasSinglePrimary() {
        return allowedRoles.contains(MemberRole.PRIMARY);
    }
}
