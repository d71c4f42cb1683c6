package io.github.sqlaudit.cmdb;

/** One host of a cluster and its current role. */
public record ClusterMember(String hostName, MemberRole role) {

    public ClusterMember {
        Require.name(hostName, "cluster member host");
        Require.nonNull(role, "cluster member '" + hostName + "' role");
    }
}
