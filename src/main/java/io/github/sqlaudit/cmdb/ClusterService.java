package io.github.sqlaudit.cmdb;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cluster layer: the topology of the hosts behind a data service, the role of each member and the VIP
 * (a DNS name or an address) that follows the primary.
 */
public record ClusterService(
        String name,
        Topology topology,
        List<ClusterMember> members,
        Optional<String> vip,
        List<Attribute> attributes) implements Layered {

    public ClusterService {
        Require.name(name, "cluster name");
        Require.nonNull(topology, "cluster '" + name + "' topology");
        members = List.copyOf(members == null ? List.of() : members);
        vip = Require.optional(vip, "cluster '" + name + "' VIP");
        attributes = Attribute.copyOf(attributes);
        checkMembers(name, topology, members);
    }

    private static void checkMembers(String name, Topology topology, List<ClusterMember> members) {
        Set<String> hosts = new HashSet<>();
        int primaries = 0;
        for (ClusterMember member : members) {
            if (!hosts.add(DnsRecord.normalize(member.hostName()))) {
                throw new IllegalArgumentException("cluster '" + name + "' lists host '" + member.hostName() + "' twice");
            }
            if (!topology.allowedRoles().contains(member.role())) {
                throw new IllegalArgumentException("cluster '" + name + "' member '" + member.hostName() + "' has role "
                        + member.role() + ", which a " + topology + " cluster does not have (allowed: "
                        + topology.allowedRoles() + ")");
            }
            if (member.role() == MemberRole.PRIMARY) {
                primaries++;
            }
        }
        if (primaries > 1) {
            throw new IllegalArgumentException("cluster '" + name + "' has " + primaries + " primaries; a "
                    + topology + " cluster has one");
        }
        if (topology == Topology.STANDALONE && members.size() > 1) {
            throw new IllegalArgumentException("cluster '" + name + "' is STANDALONE but has " + members.size() + " members");
        }
    }

    public Optional<ClusterMember> primary() {
        return members.stream().filter(m -> m.role() == MemberRole.PRIMARY).findFirst();
    }

    @Override
    public Layer layer() {
        return Layer.CLUSTER;
    }
}
