package io.github.sqlaudit.jira.store;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.sqlaudit.cmdb.Attribute;
import io.github.sqlaudit.cmdb.AttributeType;
import io.github.sqlaudit.cmdb.ClusterMember;
import io.github.sqlaudit.cmdb.ClusterService;
import io.github.sqlaudit.cmdb.ConnectionService;
import io.github.sqlaudit.cmdb.Credential;
import io.github.sqlaudit.cmdb.DataService;
import io.github.sqlaudit.cmdb.DnsRecord;
import io.github.sqlaudit.cmdb.Engine;
import io.github.sqlaudit.cmdb.HostService;
import io.github.sqlaudit.cmdb.Layer;
import io.github.sqlaudit.cmdb.MemberRole;
import io.github.sqlaudit.cmdb.NetworkService;
import io.github.sqlaudit.cmdb.Protocol;
import io.github.sqlaudit.cmdb.Purpose;
import io.github.sqlaudit.cmdb.StorageService;
import io.github.sqlaudit.cmdb.Topology;

/**
 * Turns CMDB rows into records. Empty text is stored as NULL (Oracle cannot tell them apart), lists as
 * one value per line.
 */
final class CmdbRows {

    /** The extension attributes of every record, by layer and record name. */
    interface Attributes {
        List<Attribute> of(Layer layer, String ownerName);
    }

    private CmdbRows() {
    }

    static HostService host(CmdbHost row, Attributes attributes) {
        return new HostService(row.getName(), text(row.getOperatingSystem()), row.getCpuCores(), row.getMemoryBytes(),
                row.getSshPort(), optional(row.getSshFingerprint()), lines(row.getLocalPaths()),
                attributes.of(Layer.HOST, row.getName()));
    }

    static StorageService storage(CmdbStorage row, String hostName, Attributes attributes) {
        return new StorageService(row.getName(), hostName, text(row.getArrayName()), text(row.getVolume()),
                row.getMountPath(), row.getCapacityBytes(), row.getFreeBytes(), attributes.of(Layer.STORAGE, row.getName()));
    }

    static NetworkService network(CmdbNetwork row, String hostName, Attributes attributes) {
        return new NetworkService(row.getName(), hostName, lines(row.getIpAddresses()), text(row.getSubnet()),
                text(row.getDataCentre()), text(row.getRack()), attributes.of(Layer.NETWORK, row.getName()));
    }

    static DnsRecord dns(CmdbDnsRecord row, Attributes attributes) {
        return new DnsRecord(row.getName(), row.getTarget(), row.getTtlSeconds(), attributes.of(Layer.DNS, row.getName()));
    }

    static ClusterService cluster(CmdbCluster row, List<ClusterMember> members, Attributes attributes) {
        return new ClusterService(row.getName(), Topology.valueOf(row.getTopology()), members, optional(row.getVip()),
                attributes.of(Layer.CLUSTER, row.getName()));
    }

    static ClusterMember member(CmdbClusterMember row, String hostName) {
        return new ClusterMember(hostName, MemberRole.valueOf(row.getRole()));
    }

    static DataService dataService(CmdbDataService row, Set<String> projectKeys, Optional<String> clusterName, Attributes attributes) {
        return new DataService(row.getName(), Engine.valueOf(row.getEngine()), text(row.getEngineVersion()),
                text(row.getDatabaseName()), optional(row.getEnvironment()), text(row.getOwningTeam()), projectKeys,
                new LinkedHashSet<>(lines(row.getComponents())), clusterName, attributes.of(Layer.DATA, row.getName()));
    }

    static ConnectionService connection(CmdbConnection row, String dataServiceName, Optional<String> credentialName,
                                        Attributes attributes) {
        return new ConnectionService(row.getName(), dataServiceName, row.getHostName(), row.getPortNumber(),
                optional(row.getServiceName()), optional(row.getOracleSid()), Protocol.valueOf(row.getProtocol()),
                optional(row.getListener()), Purpose.valueOf(row.getPurpose()), credentialName,
                attributes.of(Layer.CONNECTION, row.getName()));
    }

    static Credential credential(CmdbCredential row) {
        return new Credential(row.getName(), row.getUsername());
    }

    static Attribute attribute(CmdbAttribute row) {
        return new Attribute(row.getAttrKey(), AttributeType.valueOf(row.getAttrType()), text(row.getAttrValue()));
    }

    /** Attributes looked up from rows loaded once, for whole-CMDB reads. */
    static Attributes preloaded(CmdbAttribute[] rows) {
        Map<String, List<Attribute>> byOwner = new java.util.HashMap<>();
        for (CmdbAttribute row : rows) {
            byOwner.computeIfAbsent(row.getLayer() + "\n" + row.getOwnerName(), k -> new java.util.ArrayList<>())
                    .add(attribute(row));
        }
        return (layer, owner) -> byOwner.getOrDefault(layer.name() + "\n" + owner, List.of());
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static Optional<String> optional(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    static List<String> lines(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split("\n"));
    }

    static String joinLines(java.util.Collection<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    static String nullIfEmpty(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
