package io.github.sqlaudit.cmdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CMDBs for tests: a small estate described like a DBA would (a MariaDB primary/replica cluster behind a
 * VIP, an Oracle Data Guard pair, a test database), and a generated estate of any size.
 */
public final class CmdbSamples {

    public static final String DB1_KEY = "SHA256:" + "A".repeat(43);
    public static final String DB2_KEY = "SHA256:" + "B".repeat(43);

    private CmdbSamples() {
    }

    public static HostService host(String name, Optional<String> fingerprint) {
        return new HostService(name, "Rocky Linux 9", 16, 64L << 30, 22, fingerprint, List.of("/var/lib/mysql"), List.of());
    }

    public static NetworkService network(String name, String host, String address) {
        return new NetworkService(name, host, List.of(address), "10.0.0.0/16", "FRA1", "R12", List.of());
    }

    public static ConnectionService connection(String name, String dataService, String host, int port, Purpose purpose, String credential) {
        return new ConnectionService(name, dataService, host, port, Optional.empty(), Optional.empty(), Protocol.TCP,
                Optional.empty(), purpose, Optional.ofNullable(credential), List.of());
    }

    public static Cmdb estate() {
        List<HostService> hosts = List.of(
                host("db1.example.com", Optional.of(DB1_KEY)),
                host("db2.example.com", Optional.of(DB2_KEY)),
                host("ora1.example.com", Optional.empty()),
                host("ora2.example.com", Optional.of("SHA256:" + "C".repeat(43))));
        List<NetworkService> networks = List.of(
                network("net-db1", "db1.example.com", "10.0.0.11"),
                network("net-db2", "db2.example.com", "10.0.0.12"),
                network("net-ora1", "ora1.example.com", "10.0.1.21"),
                network("net-ora2", "ora2.example.com", "10.0.1.22"));
        List<StorageService> storage = List.of(new StorageService("vol-db1", "db1.example.com", "PURE-01", "vol17",
                "/var/lib/mysql", 500L << 30, 120L << 30, List.of(Attribute.string("tier", "gold"))));
        List<DnsRecord> dns = List.of(
                new DnsRecord("orders-vip.example.com", "10.0.0.10", 60, List.of()),
                new DnsRecord("orders-rw.example.com", "orders-vip.example.com", 300, List.of()),
                new DnsRecord("orders-ro.example.com", "10.0.0.12", 300, List.of()));
        List<ClusterService> clusters = List.of(
                new ClusterService("orders-cluster", Topology.PRIMARY_REPLICA, List.of(
                        new ClusterMember("db1.example.com", MemberRole.PRIMARY),
                        new ClusterMember("db2.example.com", MemberRole.REPLICA)),
                        Optional.of("orders-vip.example.com"), List.of()),
                new ClusterService("billing-dg", Topology.DATA_GUARD, List.of(
                        new ClusterMember("ora1.example.com", MemberRole.PRIMARY),
                        new ClusterMember("ora2.example.com", MemberRole.STANDBY)),
                        Optional.empty(), List.of()));
        List<DataService> dataServices = List.of(
                new DataService("orders-prod", Engine.MARIADB, "11.4", "orders", Optional.of("prod"), "payments",
                        Set.of("ORD"), Set.of("Orders"), Optional.of("orders-cluster"),
                        List.of(Attribute.string("backupPolicy", "nightly"), Attribute.integer("maxConnections", 200))),
                new DataService("billing-prod", Engine.ORACLE, "19c", "BILLING", Optional.of("prod"), "finance",
                        Set.of("ORD", "BIL"), Set.of("Billing"), Optional.of("billing-dg"), List.of()),
                new DataService("orders-test", Engine.MARIADB, "11.4", "orders", Optional.of("test"), "payments",
                        Set.of("ORD"), Set.of(), Optional.empty(), List.of()));
        List<ConnectionService> connections = List.of(
                connection("orders-prod-rw", "orders-prod", "orders-rw.example.com", 3306, Purpose.EXECUTE, "orders-deployer"),
                connection("orders-prod-ro", "orders-prod", "orders-ro.example.com", 3306, Purpose.REVIEW, "orders-reviewer"),
                new ConnectionService("billing-exec", "billing-prod", "ora1.example.com", 1521, Optional.of("BILLING_RW"),
                        Optional.empty(), Protocol.TCPS, Optional.of("LISTENER"), Purpose.EXECUTE,
                        Optional.of("billing-deployer"), List.of()),
                connection("billing-review", "billing-prod", "ora1.example.com", 1521, Purpose.REVIEW, "billing-reviewer"),
                connection("orders-test-ro", "orders-test", "db1.example.com", 3307, Purpose.REVIEW, "orders-reviewer"));
        List<Credential> credentials = List.of(
                new Credential("orders-deployer", "deployer"),
                new Credential("orders-reviewer", "reviewer"),
                new Credential("billing-deployer", "BILLING_DEPLOY"),
                new Credential("billing-reviewer", "BILLING_RO"));
        return new Cmdb(storage, hosts, networks, dns, dataServices, clusters, connections, credentials);
    }

    /** Passwords for every credential of {@link #estate()}. */
    public static Map<String, Secret> estateSecrets() {
        return Map.of(
                "orders-deployer", Secret.of("s3cret-deploy"),
                "orders-reviewer", Secret.of("s3cret-review"),
                "billing-deployer", Secret.of("bill-deploy"),
                "billing-reviewer", Secret.of("bill-review"));
    }

    /**
     * {@code count} data services, each a MariaDB primary/replica pair behind a VIP with storage, networks,
     * DNS names, a review and an execute connection, two credentials and extension attributes: the shape of
     * a bulk onboarding file.
     */
    public static Cmdb generated(int count) {
        List<StorageService> storage = new ArrayList<>();
        List<HostService> hosts = new ArrayList<>();
        List<NetworkService> networks = new ArrayList<>();
        List<DnsRecord> dns = new ArrayList<>();
        List<DataService> dataServices = new ArrayList<>();
        List<ClusterService> clusters = new ArrayList<>();
        List<ConnectionService> connections = new ArrayList<>();
        List<Credential> credentials = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("%04d", i);
            String primary = "db" + id + "a.example.com";
            String replica = "db" + id + "b.example.com";
            String a = "10." + (i / 250) + "." + (i % 250) + ".";
            hosts.add(host(primary, Optional.of("SHA256:" + fingerprint(i, 'a'))));
            hosts.add(host(replica, Optional.of("SHA256:" + fingerprint(i, 'b'))));
            networks.add(network("net-" + id + "a", primary, a + "11"));
            networks.add(network("net-" + id + "b", replica, a + "12"));
            storage.add(new StorageService("vol-" + id + "a", primary, "ARRAY-1", "v" + id + "a", "/var/lib/mysql",
                    1L << 40, 1L << 39, List.of()));
            storage.add(new StorageService("vol-" + id + "b", replica, "ARRAY-2", "v" + id + "b", "/var/lib/mysql",
                    1L << 40, 1L << 39, List.of()));
            dns.add(new DnsRecord("svc" + id + "-vip.example.com", a + "10", 60, List.of()));
            dns.add(new DnsRecord("svc" + id + "-ro.example.com", a + "12", 300, List.of()));
            clusters.add(new ClusterService("cluster-" + id, Topology.PRIMARY_REPLICA, List.of(
                    new ClusterMember(primary, MemberRole.PRIMARY), new ClusterMember(replica, MemberRole.REPLICA)),
                    Optional.of("svc" + id + "-vip.example.com"), List.of()));
            dataServices.add(new DataService("svc" + id, Engine.MARIADB, "11.4", "app" + id, Optional.of(i % 2 == 0 ? "prod" : "test"),
                    "team-" + (i % 7), Set.of("P" + (i % 40)), Set.of("C" + id), Optional.of("cluster-" + id),
                    List.of(Attribute.string("backupPolicy", "nightly"), Attribute.integer("maxConnections", 100 + i))));
            connections.add(connection("svc" + id + "-rw", "svc" + id, "svc" + id + "-vip.example.com", 3306, Purpose.EXECUTE, "deployer-" + id));
            connections.add(connection("svc" + id + "-ro", "svc" + id, "svc" + id + "-ro.example.com", 3306, Purpose.REVIEW, "reviewer-" + id));
            credentials.add(new Credential("deployer-" + id, "deployer"));
            credentials.add(new Credential("reviewer-" + id, "reviewer"));
        }
        return new Cmdb(storage, hosts, networks, dns, dataServices, clusters, connections, credentials);
    }

    private static String fingerprint(int i, char suffix) {
        String base = Integer.toString(i, 36) + suffix;
        return base + "x".repeat(43 - base.length());
    }
}
