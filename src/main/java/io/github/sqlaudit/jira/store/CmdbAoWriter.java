package io.github.sqlaudit.jira.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.atlassian.activeobjects.external.ActiveObjects;

import io.github.sqlaudit.cmdb.Attribute;
import io.github.sqlaudit.cmdb.ClusterMember;
import io.github.sqlaudit.cmdb.ClusterService;
import io.github.sqlaudit.cmdb.Cmdb;
import io.github.sqlaudit.cmdb.CmdbIntegrity;
import io.github.sqlaudit.cmdb.ConnectionService;
import io.github.sqlaudit.cmdb.Credential;
import io.github.sqlaudit.cmdb.DataService;
import io.github.sqlaudit.cmdb.DnsRecord;
import io.github.sqlaudit.cmdb.HostService;
import io.github.sqlaudit.cmdb.Layered;
import io.github.sqlaudit.cmdb.NetworkService;
import io.github.sqlaudit.cmdb.Secret;
import io.github.sqlaudit.cmdb.SecretCipher;
import io.github.sqlaudit.cmdb.StorageService;

import net.java.ao.RawEntity;

/**
 * Replaces the CMDB tables with a new CMDB in one transaction: everything or nothing. References are
 * checked first, so a broken one is an error naming the record rather than a half-written CMDB.
 */
final class CmdbAoWriter {

    private final ActiveObjects ao;
    private final SecretCipher cipher;

    CmdbAoWriter(ActiveObjects ao, SecretCipher cipher) {
        this.ao = ao;
        this.cipher = cipher;
    }

    void replaceAll(Cmdb cmdb, Map<String, Secret> secrets) {
        checkReferences(cmdb);
        ao.executeInTransaction(() -> {
            Map<String, String> keptSecrets = new HashMap<>();
            for (CmdbCredential row : ao.find(CmdbCredential.class)) {
                if (row.getSealedSecret() != null) {
                    keptSecrets.put(row.getName(), row.getSealedSecret());
                }
            }
            deleteAll();
            write(cmdb, secrets, keptSecrets);
            return null;
        });
    }

    private void deleteAll() {
        List<Class<? extends RawEntity<?>>> children = new ArrayList<>(CmdbEntities.ALL);
        java.util.Collections.reverse(children); // referencing tables first
        for (Class<? extends RawEntity<?>> type : children) {
            deleteRows(type);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void deleteRows(Class type) {
        ao.deleteWithSQL(type, "ID > ?", 0);
    }

    private void write(Cmdb cmdb, Map<String, Secret> secrets, Map<String, String> keptSecrets) {
        Map<String, CmdbHost> hosts = new HashMap<>();
        for (HostService host : cmdb.hosts()) {
            Map<String, Object> row = new HashMap<>();
            row.put("NAME", host.name());
            row.put("LOOKUP_NAME", DnsRecord.normalize(host.name()));
            put(row, "OPERATING_SYSTEM", host.operatingSystem());
            row.put("CPU_CORES", host.cpuCores());
            row.put("MEMORY_BYTES", host.memoryBytes());
            row.put("SSH_PORT", host.sshPort());
            put(row, "SSH_FINGERPRINT", host.sshHostKeyFingerprint().orElse(null));
            put(row, "LOCAL_PATHS", CmdbRows.joinLines(host.localPaths()));
            hosts.put(DnsRecord.normalize(host.name()), ao.create(CmdbHost.class, row));
            attributes(host);
        }
        for (StorageService storage : cmdb.storage()) {
            Map<String, Object> row = new HashMap<>();
            row.put("NAME", storage.name());
            row.put("HOST_ID", hosts.get(DnsRecord.normalize(storage.hostName())));
            put(row, "ARRAY_NAME", storage.array());
            put(row, "VOLUME", storage.volume());
            row.put("MOUNT_PATH", storage.mountPath());
            row.put("CAPACITY_BYTES", storage.capacityBytes());
            row.put("FREE_BYTES", storage.freeBytes());
            ao.create(CmdbStorage.class, row);
            attributes(storage);
        }
        for (NetworkService network : cmdb.networks()) {
            Map<String, Object> row = new HashMap<>();
            row.put("NAME", network.name());
            row.put("HOST_ID", hosts.get(DnsRecord.normalize(network.hostName())));
            put(row, "IP_ADDRESSES", CmdbRows.joinLines(network.ipAddresses()));
            put(row, "SUBNET", network.subnet());
            put(row, "DATA_CENTRE", network.dataCentre());
            put(row, "RACK", network.rack());
            ao.create(CmdbNetwork.class, row);
            attributes(network);
        }
        for (DnsRecord dns : cmdb.dnsRecords()) {
            Map<String, Object> row = new HashMap<>();
            row.put("NAME", dns.name());
            row.put("LOOKUP_NAME", DnsRecord.normalize(dns.name()));
            row.put("TARGET", dns.target());
            row.put("TTL_SECONDS", dns.ttlSeconds());
            ao.create(CmdbDnsRecord.class, row);
            attributes(dns);
        }
        Map<String, CmdbCluster> clusters = new HashMap<>();
        for (ClusterService cluster : cmdb.clusters()) {
            Map<String, Object> row = new HashMap<>();
            row.put("NAME", cluster.name());
            row.put("TOPOLOGY", cluster.topology().name());
            put(row, "VIP", cluster.vip().orElse(null));
            CmdbCluster created = ao.create(CmdbCluster.class, row);
            clusters.put(cluster.name(), created);
            int position = 0;
            for (ClusterMember member : cluster.members()) {
                Map<String, Object> memberRow = new HashMap<>();
                memberRow.put("CLUSTER_ID", created);
                memberRow.put("HOST_ID", hosts.get(DnsRecord.normalize(member.hostName())));
                memberRow.put("ROLE", member.role().name());
                memberRow.put("POSITION", position++);
                ao.create(CmdbClusterMember.class, memberRow);
            }
            attributes(cluster);
        }
        Map<String, CmdbCredential> credentials = new HashMap<>();
        for (Credential credential : cmdb.credentials()) {
            Map<String, Object> row = new HashMap<>();
            row.put("NAME", credential.name());
            row.put("USERNAME", credential.username());
            Secret secret = secrets.get(credential.name());
            put(row, "SEALED_SECRET", secret != null
                    ? cipher.seal(credential.name(), secret) : keptSecrets.get(credential.name()));
            credentials.put(credential.name(), ao.create(CmdbCredential.class, row));
        }
        Map<String, CmdbDataService> dataServices = new HashMap<>();
        for (DataService dataService : cmdb.dataServices()) {
            Map<String, Object> row = new HashMap<>();
            row.put("NAME", dataService.name());
            row.put("ENGINE", dataService.engine().name());
            put(row, "ENGINE_VERSION", dataService.version());
            put(row, "DATABASE_NAME", dataService.database());
            put(row, "ENVIRONMENT", dataService.environment().orElse(null));
            put(row, "OWNING_TEAM", dataService.owningTeam());
            put(row, "COMPONENTS", CmdbRows.joinLines(dataService.components()));
            dataService.clusterName().ifPresent(c -> row.put("CLUSTER_ID", clusters.get(c)));
            CmdbDataService created = ao.create(CmdbDataService.class, row);
            dataServices.put(dataService.name(), created);
            for (String projectKey : dataService.projectKeys()) {
                Map<String, Object> link = new HashMap<>();
                link.put("DATA_SERVICE_ID", created);
                link.put("PROJECT_KEY", projectKey);
                ao.create(CmdbProjectLink.class, link);
            }
            attributes(dataService);
        }
        for (ConnectionService connection : cmdb.connections()) {
            Map<String, Object> row = new HashMap<>();
            row.put("NAME", connection.name());
            row.put("DATA_SERVICE_ID", dataServices.get(connection.dataServiceName()));
            row.put("HOST_NAME", connection.host());
            row.put("PORT_NUMBER", connection.port());
            put(row, "SERVICE_NAME", connection.serviceName().orElse(null));
            put(row, "ORACLE_SID", connection.sid().orElse(null));
            row.put("PROTOCOL", connection.protocol().name());
            put(row, "LISTENER", connection.listener().orElse(null));
            row.put("PURPOSE", connection.purpose().name());
            connection.credentialName().ifPresent(c -> row.put("CREDENTIAL_ID", credentials.get(c)));
            ao.create(CmdbConnection.class, row);
            attributes(connection);
        }
    }

    private void attributes(Layered record) {
        for (Attribute attribute : record.attributes()) {
            Map<String, Object> row = new HashMap<>();
            row.put("LAYER", record.layer().name());
            row.put("OWNER_NAME", record.name());
            row.put("ATTR_KEY", attribute.key());
            row.put("ATTR_TYPE", attribute.type().name());
            put(row, "ATTR_VALUE", attribute.value());
            ao.create(CmdbAttribute.class, row);
        }
    }

    /** Empty text becomes NULL: Oracle stores '' as NULL anyway, so every database agrees. */
    private static void put(Map<String, Object> row, String column, String value) {
        if (value != null && !value.isEmpty()) {
            row.put(column, value);
        }
    }

    private static void checkReferences(Cmdb cmdb) {
        List<CmdbIntegrity.Problem> problems = CmdbIntegrity.check(cmdb);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The CMDB was not saved: "
                    + problems.stream().map(CmdbIntegrity.Problem::toString).collect(java.util.stream.Collectors.joining("; ")));
        }
    }
}
