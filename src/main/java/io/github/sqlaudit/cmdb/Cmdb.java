package io.github.sqlaudit.cmdb;

import java.util.List;

/**
 * The whole CMDB as values: what is imported, exported and validated. Never holds passwords; those
 * travel beside it as {@link Secret}s keyed by credential name.
 */
public record Cmdb(
        List<StorageService> storage,
        List<HostService> hosts,
        List<NetworkService> networks,
        List<DnsRecord> dnsRecords,
        List<DataService> dataServices,
        List<ClusterService> clusters,
        List<ConnectionService> connections,
        List<Credential> credentials) {

    public Cmdb {
        storage = List.copyOf(storage);
        hosts = List.copyOf(hosts);
        networks = List.copyOf(networks);
        dnsRecords = List.copyOf(dnsRecords);
        dataServices = List.copyOf(dataServices);
        clusters = List.copyOf(clusters);
        connections = List.copyOf(connections);
        credentials = List.copyOf(credentials);
    }

    public static Cmdb empty() {
        return new Cmdb(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public int size() {
        return storage.size() + hosts.size() + networks.size() + dnsRecords.size() + dataServices.size()
                + clusters.size() + connections.size() + credentials.size();
    }
}
