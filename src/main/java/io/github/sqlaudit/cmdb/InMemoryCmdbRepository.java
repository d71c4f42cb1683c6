package io.github.sqlaudit.cmdb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A CMDB held in memory: for the command line (a CMDB JSON file) and for validation of a file before
 * import. Unlike the stored CMDB it accepts broken references and duplicates, so that the
 * {@link CompletenessValidator} can report them. Thread-safe by replacing its immutable state as a whole.
 */
public final class InMemoryCmdbRepository implements CmdbRepository {

    private volatile State state = new State(Cmdb.empty(), Map.of());

    public InMemoryCmdbRepository() {
    }

    public InMemoryCmdbRepository(Cmdb cmdb) {
        replaceAll(cmdb, Map.of());
    }

    public InMemoryCmdbRepository(Cmdb cmdb, Map<String, Secret> secrets) {
        replaceAll(cmdb, secrets);
    }

    @Override
    public Cmdb snapshot() {
        return state.cmdb;
    }

    @Override
    public List<DataService> dataServicesServing(String projectKey) {
        return state.cmdb.dataServices().stream().filter(d -> d.serves(projectKey)).toList();
    }

    @Override
    public Optional<DataService> dataService(String name) {
        return Optional.ofNullable(state.dataServices.get(name));
    }

    @Override
    public List<ConnectionService> connectionsOf(String dataServiceName) {
        return state.cmdb.connections().stream().filter(c -> c.dataServiceName().equals(dataServiceName)).toList();
    }

    @Override
    public Optional<ClusterService> cluster(String name) {
        return Optional.ofNullable(state.clusters.get(name));
    }

    @Override
    public Optional<HostService> host(String name) {
        return Optional.ofNullable(state.hosts.get(DnsRecord.normalize(name)));
    }

    @Override
    public List<NetworkService> networksOf(String hostName) {
        String normalized = DnsRecord.normalize(hostName);
        return state.cmdb.networks().stream()
                .filter(n -> DnsRecord.normalize(n.hostName()).equals(normalized)).toList();
    }

    @Override
    public Optional<DnsRecord> dnsRecord(String name) {
        return Optional.ofNullable(state.dns.get(DnsRecord.normalize(name)));
    }

    @Override
    public Optional<Credential> credential(String name) {
        return Optional.ofNullable(state.credentials.get(name));
    }

    @Override
    public Optional<Secret> secret(String credentialName) {
        return Optional.ofNullable(state.secrets.get(credentialName));
    }

    @Override
    public synchronized void replaceAll(Cmdb cmdb, Map<String, Secret> secrets) {
        Map<String, Secret> kept = new HashMap<>();
        for (Credential credential : cmdb.credentials()) {
            Secret secret = secrets.containsKey(credential.name())
                    ? secrets.get(credential.name()) : state.secrets.get(credential.name());
            if (secret != null) {
                kept.put(credential.name(), secret);
            }
        }
        state = new State(cmdb, kept);
    }

    private static final class State {
        final Cmdb cmdb;
        final Map<String, Secret> secrets;
        final Map<String, DataService> dataServices;
        final Map<String, ClusterService> clusters;
        final Map<String, HostService> hosts;
        final Map<String, DnsRecord> dns;
        final Map<String, Credential> credentials;

        State(Cmdb cmdb, Map<String, Secret> secrets) {
            this.cmdb = cmdb;
            this.secrets = Map.copyOf(secrets);
            this.dataServices = index(cmdb.dataServices(), DataService::name);
            this.clusters = index(cmdb.clusters(), ClusterService::name);
            this.hosts = index(cmdb.hosts(), h -> DnsRecord.normalize(h.name()));
            this.dns = index(cmdb.dnsRecords(), d -> DnsRecord.normalize(d.name()));
            this.credentials = index(cmdb.credentials(), Credential::name);
        }

        // First record wins on duplicates; the completeness validator reports duplicates.
        private static <T> Map<String, T> index(List<T> records, Function<T, String> key) {
            return records.stream().collect(Collectors.toMap(key, r -> r, (first, second) -> first));
        }
    }
}
