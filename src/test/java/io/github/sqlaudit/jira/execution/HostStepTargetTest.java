package io.github.sqlaudit.jira.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.sqlaudit.cmdb.ClusterMember;
import io.github.sqlaudit.cmdb.Cmdb;
import io.github.sqlaudit.cmdb.ConnectionService;
import io.github.sqlaudit.cmdb.Credential;
import io.github.sqlaudit.cmdb.DataService;
import io.github.sqlaudit.cmdb.Endpoint;
import io.github.sqlaudit.cmdb.Engine;
import io.github.sqlaudit.cmdb.HostService;
import io.github.sqlaudit.cmdb.InMemoryCmdbRepository;
import io.github.sqlaudit.cmdb.MemberRole;
import io.github.sqlaudit.cmdb.NetworkService;
import io.github.sqlaudit.cmdb.Protocol;
import io.github.sqlaudit.cmdb.Purpose;
import io.github.sqlaudit.cmdb.Secret;
import io.github.sqlaudit.execute.RemoteCommandException;
import io.github.sqlaudit.execute.SshTarget;

/** Which host a step runs on and how it is reached, from the CMDB; what is missing is said. */
class HostStepTargetTest {

    static final String FP1 = "SHA256:" + "1".repeat(43);
    static final String FP2 = "SHA256:" + "2".repeat(43);
    static final DataService SHOP = new DataService("shop-prod", Engine.MARIADB, "11.4", "shop", Optional.of("prod"),
            "dba", Set.of("ORD"), Set.of(), Optional.empty(), List.of());
    static final HostSteps STEPS = new HostSteps("backup", "", "db-ssh", 120);

    static InMemoryCmdbRepository cmdb(List<HostService> hosts, List<Credential> credentials, Map<String, Secret> secrets) {
        List<NetworkService> networks = List.of(
                new NetworkService("n1", "db1.example.com", List.of("10.0.0.11"), "10.0.0.0/24", "dc1", "r1", List.of()),
                new NetworkService("n2", "db2.example.com", List.of("10.0.0.12"), "10.0.0.0/24", "dc1", "r2", List.of()));
        return new InMemoryCmdbRepository(new Cmdb(List.of(), hosts, networks, List.of(), List.of(SHOP), List.of(),
                List.of(), credentials), secrets);
    }

    static HostService host(String name, Optional<String> fingerprint) {
        return new HostService(name, "Linux", 8, 0, 2222, fingerprint, List.of(), List.of());
    }

    static Endpoint endpoint(String connectionHost, String address, Optional<ClusterMember> member) {
        ConnectionService execute = new ConnectionService("shop-execute", "shop-prod", connectionHost, 3306,
                Optional.empty(), Optional.empty(), Protocol.TCP, Optional.empty(), Purpose.EXECUTE,
                Optional.of("deployer"), List.of());
        return new Endpoint(SHOP, execute, address, member);
    }

    static final List<HostService> HOSTS = List.of(host("db1.example.com", Optional.of(FP1)),
            host("db2.example.com", Optional.of(FP2)));
    static final List<Credential> SSH = List.of(new Credential("db-ssh", "backup"));
    static final Map<String, Secret> KEY = Map.of("db-ssh", Secret.of("-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----\n"));

    @Test
    void theClusterMemberTheConnectionLandsOnIsTheHost() throws Exception {
        SshTarget target = HostStepTarget.of(cmdb(HOSTS, SSH, KEY),
                endpoint("shop-vip", "10.0.0.99", Optional.of(new ClusterMember("db2.example.com", MemberRole.PRIMARY))), STEPS);
        assertThat(target.host()).isEqualTo("10.0.0.12");
        assertThat(target.port()).isEqualTo(2222);
        assertThat(target.user()).isEqualTo("backup");
        assertThat(target.hostKeyFingerprint()).isEqualTo(FP2);
        assertThat(target.commandTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(target.privateKeyPem()).contains("PRIVATE KEY");
    }

    @Test
    void aConnectionNamingAHostOrReachingItsAddressFindsIt() throws Exception {
        assertThat(HostStepTarget.of(cmdb(HOSTS, SSH, KEY), endpoint("db1.example.com", "10.0.0.11", Optional.empty()),
                STEPS).hostKeyFingerprint()).isEqualTo(FP1);
        assertThat(HostStepTarget.of(cmdb(HOSTS, SSH, KEY), endpoint("10.0.0.12", "10.0.0.12", Optional.empty()),
                STEPS).hostKeyFingerprint()).isEqualTo(FP2);
    }

    @Test
    void whatIsMissingIsNamed() {
        assertThatThrownBy(() -> HostStepTarget.of(cmdb(HOSTS, SSH, KEY), endpoint("10.9.9.9", "10.9.9.9", Optional.empty()), STEPS))
                .isInstanceOf(RemoteCommandException.class).hasMessageContaining("no host of the CMDB stands behind");
        assertThatThrownBy(() -> HostStepTarget.of(cmdb(List.of(host("db1.example.com", Optional.empty())), SSH, KEY),
                endpoint("db1.example.com", "10.0.0.11", Optional.empty()), STEPS))
                .hasMessage("host 'db1.example.com' has no SSH host-key fingerprint in the CMDB; strict host-key checking needs one");
        assertThatThrownBy(() -> HostStepTarget.of(cmdb(HOSTS, List.of(), Map.of()),
                endpoint("db1.example.com", "10.0.0.11", Optional.empty()), STEPS))
                .hasMessage("the SSH credential 'db-ssh' is not in the CMDB");
        assertThatThrownBy(() -> HostStepTarget.of(cmdb(HOSTS, SSH, Map.of()),
                endpoint("db1.example.com", "10.0.0.11", Optional.empty()), STEPS))
                .hasMessage("the SSH credential 'db-ssh' has no private key stored");
    }
}
