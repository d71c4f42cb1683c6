package io.github.sqlaudit.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CompletenessValidatorTest {

    private static List<String> findings(Cmdb cmdb, Map<String, Secret> secrets) {
        return new CompletenessValidator(new InMemoryCmdbRepository(cmdb, secrets)).validate().stream()
                .map(Finding::toString).toList();
    }

    @Test
    void saysWhatTheSampleEstateStillLacksForAutomation() {
        assertThat(findings(CmdbSamples.estate(), CmdbSamples.estateSecrets())).containsExactlyInAnyOrder(
                "host 'ora1.example.com': cannot run SSH steps: it has no SSH host-key fingerprint (strict host-key checking needs one)",
                "data service 'orders-test': cannot execute: data service 'orders-test' has no execute connection");
    }

    @Test
    void aCompleteEstateHasNoFindings() {
        Cmdb cmdb = CmdbSamples.generated(3);
        Map<String, Secret> secrets = new HashMap<>();
        cmdb.credentials().forEach(c -> secrets.put(c.name(), Secret.of("pw-" + c.name())));

        assertThat(findings(cmdb, secrets)).isEmpty();
    }

    @Test
    void credentialsWithoutAStoredPasswordBlockReviewAndExecution() {
        List<String> actual = findings(CmdbSamples.estate(), Map.of("billing-deployer", Secret.of("x"), "billing-reviewer", Secret.of("y")));

        assertThat(actual).contains(
                "data service 'orders-prod': cannot execute: credential 'orders-deployer' of connection 'orders-prod-rw' has no password stored",
                "data service 'orders-prod': cannot review: credential 'orders-reviewer' of connection 'orders-prod-ro' has no password stored",
                "data service 'orders-test': cannot review: credential 'orders-reviewer' of connection 'orders-test-ro' has no password stored");
        assertThat(actual).noneMatch(f -> f.contains("billing-deployer") || f.contains("billing-reviewer"));
    }

    @Test
    void reportsADataServiceThatNoTicketCanReach() {
        Cmdb cmdb = CmdbSamples.estate();
        List<DataService> dataServices = new ArrayList<>(cmdb.dataServices());
        dataServices.add(new DataService("orphan", Engine.MYSQL, "", "", Optional.empty(), "", Set.of(), Set.of(),
                Optional.empty(), List.of()));
        List<ConnectionService> connections = new ArrayList<>(cmdb.connections());
        connections.add(CmdbSamples.connection("orphan-rw", "orphan", "db1.example.com", 3306, Purpose.EXECUTE, null));
        Cmdb withOrphan = new Cmdb(cmdb.storage(), cmdb.hosts(), cmdb.networks(), cmdb.dnsRecords(), dataServices,
                cmdb.clusters(), connections, cmdb.credentials());

        assertThat(findings(withOrphan, CmdbSamples.estateSecrets())).filteredOn(f -> f.startsWith("data service 'orphan'"))
                .containsExactlyInAnyOrder(
                        "data service 'orphan': cannot review: it lists no Jira project, so no ticket resolves to it",
                        "data service 'orphan': cannot review: it has no environment, so no ticket resolves to it",
                        "data service 'orphan': cannot review: it has no engine version (EXPLAIN output differs between versions)",
                        "data service 'orphan': cannot review: it names no database schema",
                        "data service 'orphan': cannot review: data service 'orphan' has no review connection",
                        "data service 'orphan': cannot execute: it names no database schema",
                        "data service 'orphan': cannot execute: connection 'orphan-rw' has no credential");
    }

    @Test
    void reportsDuplicatesBrokenReferencesAndDanglingDnsRecords() {
        Cmdb cmdb = CmdbSamples.estate();
        List<HostService> hosts = new ArrayList<>(cmdb.hosts());
        hosts.add(CmdbSamples.host("DB1.example.com", Optional.empty()));
        List<NetworkService> networks = new ArrayList<>(cmdb.networks());
        networks.add(CmdbSamples.network("net-ghost", "ghost.example.com", "10.9.9.9"));
        List<DnsRecord> dns = new ArrayList<>(cmdb.dnsRecords());
        dns.add(new DnsRecord("old.example.com", "decommissioned.example.com", 60, List.of()));
        Cmdb broken = new Cmdb(cmdb.storage(), hosts, networks, dns, cmdb.dataServices(), cmdb.clusters(),
                cmdb.connections(), cmdb.credentials());

        assertThat(findings(broken, CmdbSamples.estateSecrets())).contains(
                "host 'DB1.example.com': duplicate: the name is used by an earlier host",
                "network 'net-ghost': broken reference: host 'ghost.example.com' is not in the CMDB",
                "DNS record 'old.example.com': broken reference: does not resolve to an address: "
                        + "'decommissioned.example.com' is neither an IP address, a DNS record nor a host in the CMDB");
    }

    @Test
    void hostsWithoutAddressesCannotBeReachedOverSsh() {
        Cmdb cmdb = CmdbSamples.estate();
        List<NetworkService> networks = cmdb.networks().stream().filter(n -> !n.hostName().equals("db2.example.com")).toList();
        Cmdb noNetwork = new Cmdb(cmdb.storage(), cmdb.hosts(), networks, cmdb.dnsRecords(), cmdb.dataServices(),
                cmdb.clusters(), cmdb.connections(), cmdb.credentials());

        assertThat(findings(noNetwork, CmdbSamples.estateSecrets())).contains(
                "host 'db2.example.com': cannot run SSH steps: it has no address: host 'db2.example.com' has no network service with an IP address");
    }
}
