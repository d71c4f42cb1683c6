package io.github.sqlaudit.jira.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.atlassian.activeobjects.external.ActiveObjects;

import io.github.sqlaudit.cmdb.ClusterMember;
import io.github.sqlaudit.cmdb.ClusterService;
import io.github.sqlaudit.cmdb.Cmdb;
import io.github.sqlaudit.cmdb.CmdbRepository;
import io.github.sqlaudit.cmdb.ConnectionService;
import io.github.sqlaudit.cmdb.Credential;
import io.github.sqlaudit.cmdb.DataService;
import io.github.sqlaudit.cmdb.DnsRecord;
import io.github.sqlaudit.cmdb.HostService;
import io.github.sqlaudit.cmdb.Layer;
import io.github.sqlaudit.cmdb.NetworkService;
import io.github.sqlaudit.cmdb.Secret;
import io.github.sqlaudit.cmdb.SecretCipher;
import io.github.sqlaudit.cmdb.StorageService;

import net.java.ao.Query;

/**
 * The CMDB in Active Objects tables. Reads by name go through the unique, indexed name columns; a whole
 * CMDB is read with one query per table and replaced in one transaction. Passwords are sealed by
 * {@link SecretCipher} before they reach a row and opened only by {@link #secret(String)}.
 */
public final class CmdbAoRepository implements CmdbRepository {

    private final ActiveObjects ao;
    private final SecretCipher cipher;

    public CmdbAoRepository(ActiveObjects ao, SecretCipher cipher) {
        this.ao = ao;
        this.cipher = cipher;
    }

    @Override
    public Cmdb snapshot() {
        return ao.executeInTransaction(this::readAll);
    }

    private Cmdb readAll() {
        CmdbRows.Attributes attributes = CmdbRows.preloaded(ao.find(CmdbAttribute.class, Query.select().order("ID")));
        Map<Integer, String> hostNames = new HashMap<>();
        List<HostService> hosts = new ArrayList<>();
        for (CmdbHost row : ao.find(CmdbHost.class, Query.select().order("ID"))) {
            hostNames.put(row.getID(), row.getName());
            hosts.add(CmdbRows.host(row, attributes));
        }
        List<StorageService> storage = new ArrayList<>();
        for (CmdbStorage row : ao.find(CmdbStorage.class, Query.select().order("ID"))) {
            storage.add(CmdbRows.storage(row, hostNames.get(row.getHost().getID()), attributes));
        }
        List<NetworkService> networks = new ArrayList<>();
        for (CmdbNetwork row : ao.find(CmdbNetwork.class, Query.select().order("ID"))) {
            networks.add(CmdbRows.network(row, hostNames.get(row.getHost().getID()), attributes));
        }
        List<DnsRecord> dns = new ArrayList<>();
        for (CmdbDnsRecord row : ao.find(CmdbDnsRecord.class, Query.select().order("ID"))) {
            dns.add(CmdbRows.dns(row, attributes));
        }
        Map<Integer, List<ClusterMember>> members = new HashMap<>();
        CmdbClusterMember[] memberRows = ao.find(CmdbClusterMember.class, Query.select().order("ID"));
        Arrays.sort(memberRows, Comparator.comparingInt(CmdbClusterMember::getPosition));
        for (CmdbClusterMember row : memberRows) {
            members.computeIfAbsent(row.getCluster().getID(), k -> new ArrayList<>())
                    .add(CmdbRows.member(row, hostNames.get(row.getHost().getID())));
        }
        Map<Integer, String> clusterNames = new HashMap<>();
        List<ClusterService> clusters = new ArrayList<>();
        for (CmdbCluster row : ao.find(CmdbCluster.class, Query.select().order("ID"))) {
            clusterNames.put(row.getID(), row.getName());
            clusters.add(CmdbRows.cluster(row, members.getOrDefault(row.getID(), List.of()), attributes));
        }
        Map<Integer, Set<String>> projectKeys = new HashMap<>();
        for (CmdbProjectLink row : ao.find(CmdbProjectLink.class)) {
            projectKeys.computeIfAbsent(row.getDataService().getID(), k -> new TreeSet<>()).add(row.getProjectKey());
        }
        Map<Integer, String> dataServiceNames = new HashMap<>();
        List<DataService> dataServices = new ArrayList<>();
        for (CmdbDataService row : ao.find(CmdbDataService.class, Query.select().order("ID"))) {
            dataServiceNames.put(row.getID(), row.getName());
            Optional<String> cluster = Optional.ofNullable(row.getCluster()).map(c -> clusterNames.get(c.getID()));
            dataServices.add(CmdbRows.dataService(row, projectKeys.getOrDefault(row.getID(), Set.of()), cluster, attributes));
        }
        Map<Integer, String> credentialNames = new HashMap<>();
        List<Credential> credentials = new ArrayList<>();
        for (CmdbCredential row : ao.find(CmdbCredential.class, Query.select().order("ID"))) {
            credentialNames.put(row.getID(), row.getName());
            credentials.add(CmdbRows.credential(row));
        }
        List<ConnectionService> connections = new ArrayList<>();
        for (CmdbConnection row : ao.find(CmdbConnection.class, Query.select().order("ID"))) {
            Optional<String> credential = Optional.ofNullable(row.getCredential()).map(c -> credentialNames.get(c.getID()));
            connections.add(CmdbRows.connection(row, dataServiceNames.get(row.getDataService().getID()), credential, attributes));
        }
        return new Cmdb(storage, hosts, networks, dns, dataServices, clusters, connections, credentials);
    }

    @Override
    public List<DataService> dataServicesServing(String projectKey) {
        Set<Integer> seen = new LinkedHashSet<>();
        List<DataService> services = new ArrayList<>();
        for (CmdbProjectLink link : ao.find(CmdbProjectLink.class, "PROJECT_KEY = ?", projectKey)) {
            CmdbDataService row = link.getDataService();
            if (seen.add(row.getID())) {
                services.add(toRecord(row));
            }
        }
        services.sort(Comparator.comparing(DataService::name));
        return services;
    }

    @Override
    public Optional<DataService> dataService(String name) {
        return first(ao.find(CmdbDataService.class, "NAME = ?", name)).map(this::toRecord);
    }

    @Override
    public List<ConnectionService> connectionsOf(String dataServiceName) {
        Optional<CmdbDataService> dataService = first(ao.find(CmdbDataService.class, "NAME = ?", dataServiceName));
        if (dataService.isEmpty()) {
            return List.of();
        }
        List<ConnectionService> connections = new ArrayList<>();
        CmdbConnection[] rows = dataService.get().getConnections();
        Arrays.sort(rows, Comparator.comparingInt(CmdbConnection::getID));
        for (CmdbConnection row : rows) {
            Optional<String> credential = Optional.ofNullable(row.getCredential()).map(CmdbCredential::getName);
            connections.add(CmdbRows.connection(row, dataServiceName, credential, this::attributesOf));
        }
        return connections;
    }

    @Override
    public Optional<ClusterService> cluster(String name) {
        return first(ao.find(CmdbCluster.class, "NAME = ?", name)).map(row -> {
            CmdbClusterMember[] memberRows = row.getMembers();
            Arrays.sort(memberRows, Comparator.comparingInt(CmdbClusterMember::getPosition));
            List<ClusterMember> members = new ArrayList<>();
            for (CmdbClusterMember member : memberRows) {
                members.add(CmdbRows.member(member, member.getHost().getName()));
            }
            return CmdbRows.cluster(row, members, this::attributesOf);
        });
    }

    @Override
    public Optional<HostService> host(String name) {
        return hostRow(name).map(row -> CmdbRows.host(row, this::attributesOf));
    }

    @Override
    public List<NetworkService> networksOf(String hostName) {
        Optional<CmdbHost> host = hostRow(hostName);
        if (host.isEmpty()) {
            return List.of();
        }
        CmdbNetwork[] rows = host.get().getNetworks();
        Arrays.sort(rows, Comparator.comparingInt(CmdbNetwork::getID));
        List<NetworkService> networks = new ArrayList<>();
        for (CmdbNetwork row : rows) {
            networks.add(CmdbRows.network(row, host.get().getName(), this::attributesOf));
        }
        return networks;
    }

    @Override
    public Optional<DnsRecord> dnsRecord(String name) {
        return first(ao.find(CmdbDnsRecord.class, "LOOKUP_NAME = ?", DnsRecord.normalize(name)))
                .map(row -> CmdbRows.dns(row, this::attributesOf));
    }

    @Override
    public Optional<Credential> credential(String name) {
        return credentialRow(name).map(CmdbRows::credential);
    }

    @Override
    public Optional<Secret> secret(String credentialName) {
        return credentialRow(credentialName)
                .filter(row -> row.getSealedSecret() != null)
                .map(row -> cipher.open(row.getName(), row.getSealedSecret()));
    }

    @Override
    public void replaceAll(Cmdb cmdb, Map<String, Secret> secrets) {
        new CmdbAoWriter(ao, cipher).replaceAll(cmdb, secrets);
    }

    /**
     * Key rotation: re-seals every password not sealed with the active key, so the old key can then be
     * removed from the key file. Returns how many were re-sealed.
     */
    public int resealSecrets() {
        return ao.executeInTransaction(() -> {
            int resealed = 0;
            for (CmdbCredential row : ao.find(CmdbCredential.class)) {
                String sealed = row.getSealedSecret();
                if (sealed != null && cipher.needsResealing(sealed)) {
                    Secret secret = cipher.open(row.getName(), sealed);
                    row.setSealedSecret(cipher.seal(row.getName(), secret));
                    secret.wipe();
                    row.save();
                    resealed++;
                }
            }
            return resealed;
        });
    }

    private DataService toRecord(CmdbDataService row) {
        Set<String> projectKeys = new TreeSet<>();
        for (CmdbProjectLink link : row.getProjectLinks()) {
            projectKeys.add(link.getProjectKey());
        }
        Optional<String> cluster = Optional.ofNullable(row.getCluster()).map(CmdbCluster::getName);
        return CmdbRows.dataService(row, projectKeys, cluster, this::attributesOf);
    }

    private List<io.github.sqlaudit.cmdb.Attribute> attributesOf(Layer layer, String ownerName) {
        CmdbAttribute[] rows = ao.find(CmdbAttribute.class, Query.select()
                .where("LAYER = ? AND OWNER_NAME = ?", layer.name(), ownerName).order("ID"));
        return Arrays.stream(rows).map(CmdbRows::attribute).toList();
    }

    private Optional<CmdbHost> hostRow(String name) {
        return first(ao.find(CmdbHost.class, "LOOKUP_NAME = ?", DnsRecord.normalize(name)));
    }

    private Optional<CmdbCredential> credentialRow(String name) {
        return first(ao.find(CmdbCredential.class, "NAME = ?", name));
    }

    private static <T> Optional<T> first(T[] rows) {
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }
}
