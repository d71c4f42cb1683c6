package io.github.sqlaudit.cmdb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules a CMDB must keep to be stored at all: names unique per layer, and every reference (storage,
 * network and cluster member to host, data service to cluster, connection to data service and credential)
 * naming a record that exists.
 */
public final class CmdbIntegrity {

    /**
     * One broken rule, about one record (a layer record or a {@link Credential}). For a broken reference,
     * {@code missing} is what was referred to, as {@code data service 'orders'}.
     */
    public record Problem(Object record, String subject, Finding.Kind kind, String message, Optional<String> missing) {

        @Override
        public String toString() {
            return subject + ": " + message;
        }
    }

    private CmdbIntegrity() {
    }

    public static List<Problem> check(Cmdb cmdb) {
        List<Problem> problems = new ArrayList<>();
        Set<String> hosts = unique(cmdb.hosts(), h -> DnsRecord.normalize(h.name()), problems);
        unique(cmdb.storage(), Layered::name, problems);
        unique(cmdb.networks(), Layered::name, problems);
        unique(cmdb.dnsRecords(), d -> DnsRecord.normalize(d.name()), problems);
        Set<String> clusters = unique(cmdb.clusters(), Layered::name, problems);
        Set<String> dataServices = unique(cmdb.dataServices(), Layered::name, problems);
        unique(cmdb.connections(), Layered::name, problems);
        Set<String> credentials = new HashSet<>();
        for (Credential credential : cmdb.credentials()) {
            if (!credentials.add(credential.name())) {
                problems.add(new Problem(credential, "credential '" + credential.name() + "'", Finding.Kind.DUPLICATE,
                        "the name is used by an earlier credential", Optional.empty()));
            }
        }
        for (StorageService storage : cmdb.storage()) {
            requireHost(storage, storage.hostName(), hosts, problems);
        }
        for (NetworkService network : cmdb.networks()) {
            requireHost(network, network.hostName(), hosts, problems);
        }
        for (ClusterService cluster : cmdb.clusters()) {
            cluster.members().forEach(m -> requireHost(cluster, m.hostName(), hosts, problems));
        }
        for (DataService dataService : cmdb.dataServices()) {
            dataService.clusterName().filter(c -> !clusters.contains(c)).ifPresent(c -> problems.add(
                    broken(dataService, "cluster '" + c + "'")));
        }
        for (ConnectionService connection : cmdb.connections()) {
            if (!dataServices.contains(connection.dataServiceName())) {
                problems.add(broken(connection, "data service '" + connection.dataServiceName() + "'"));
            }
            connection.credentialName().filter(c -> !credentials.contains(c)).ifPresent(c -> problems.add(
                    broken(connection, "credential '" + c + "'")));
        }
        return List.copyOf(problems);
    }

    private static void requireHost(Layered record, String hostName, Set<String> hosts, List<Problem> problems) {
        if (!hosts.contains(DnsRecord.normalize(hostName))) {
            problems.add(broken(record, "host '" + hostName + "'"));
        }
    }

    private static Problem broken(Layered record, String missing) {
        return new Problem(record, record.describe(), Finding.Kind.BROKEN_REFERENCE, missing + " is not in the CMDB",
                Optional.of(missing));
    }

    private static <T extends Layered> Set<String> unique(List<T> records, Function<T, String> key, List<Problem> problems) {
        Set<String> names = new HashSet<>();
        for (T record : records) {
            if (!names.add(key.apply(record))) {
                problems.add(new Problem(record, record.describe(), Finding.Kind.DUPLICATE,
                        "the name is used by an earlier " + record.layer().label(), Optional.empty()));
            }
        }
        return names;
    }
}
