package io.github.sqlaudit.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The checks the records make on their own, which every import and store relies on. */
class CmdbRecordsTest {

    @Test
    void attributeValuesMustMatchTheirType() {
        assertThat(Attribute.integer("n", 5).asLong()).isEqualTo(5);
        assertThatThrownBy(() -> new Attribute("n", AttributeType.INTEGER, "five"))
                .hasMessage("attribute 'n': 'five' is not an INTEGER");
        assertThatThrownBy(() -> new Attribute("b", AttributeType.BOOLEAN, "yes"))
                .hasMessage("attribute 'b': 'yes' is not a BOOLEAN (true or false)");
        assertThatThrownBy(() -> Attribute.string("s", "x").asBoolean()).hasMessage("attribute 's' is STRING, not BOOLEAN");
        assertThatThrownBy(() -> new StorageService("v", "h", "", "", "/m", 10, 1,
                List.of(Attribute.string("tier", "a"), Attribute.string("tier", "b"))))
                .hasMessage("attribute 'tier' is given twice");
    }

    @Test
    void clusterRolesMustFitTheTopology() {
        assertThatThrownBy(() -> new ClusterService("g", Topology.GALERA,
                List.of(new ClusterMember("a", MemberRole.PRIMARY)), Optional.empty(), List.of()))
                .hasMessage("cluster 'g' member 'a' has role PRIMARY, which a GALERA cluster does not have (allowed: [NODE])");
        assertThatThrownBy(() -> new ClusterService("p", Topology.PRIMARY_REPLICA, List.of(
                new ClusterMember("a", MemberRole.PRIMARY), new ClusterMember("b", MemberRole.PRIMARY)), Optional.empty(), List.of()))
                .hasMessage("cluster 'p' has 2 primaries; a PRIMARY_REPLICA cluster has one");
        assertThatThrownBy(() -> new ClusterService("s", Topology.STANDALONE, List.of(
                new ClusterMember("a", MemberRole.PRIMARY), new ClusterMember("A.", MemberRole.PRIMARY)), Optional.empty(), List.of()))
                .hasMessage("cluster 's' lists host 'A.' twice");
    }

    @Test
    void networkAddressesAreLiteralsNeverLookedUp() {
        assertThat(CmdbSamples.network("n", "h", "fe80::1").ipAddresses()).containsExactly("fe80::1");
        assertThatThrownBy(() -> CmdbSamples.network("n", "h", "db1.example.com"))
                .hasMessage("network 'n' IP address 'db1.example.com' is not an IPv4 or IPv6 address");
        assertThatThrownBy(() -> CmdbSamples.network("n", "h", "10.0.0.256"))
                .hasMessage("network 'n' IP address '10.0.0.256' is not an IPv4 or IPv6 address");
    }

    @Test
    void storageCannotHaveMoreFreeSpaceThanCapacity() {
        assertThatThrownBy(() -> new StorageService("v", "h", "", "", "/m", 10, 11, List.of()))
                .hasMessage("storage 'v' free space 11 exceeds its capacity 10");
    }

    @Test
    void oracleConnectionsNameAServiceOrASidNotBoth() {
        assertThatThrownBy(() -> new ConnectionService("c", "d", "h", 1521, Optional.of("SVC"), Optional.of("ORCL"),
                Protocol.TCP, Optional.empty(), Purpose.REVIEW, Optional.empty(), List.of()))
                .hasMessage("connection 'c' names both a service name and a SID; Oracle takes one");
    }

    @Test
    void textLongerThanAColumnOrSpanningLinesIsRefused() {
        assertThatThrownBy(() -> new Credential("c", "u".repeat(256)))
                .hasMessage("credential 'c' username has 256 characters; at most 255 are kept");
        assertThatThrownBy(() -> new HostService("h", "Linux\nRocky", 1, 1, 22, Optional.empty(), List.of(), List.of()))
                .hasMessage("host 'h' operating system 'Linux?Rocky' contains a control character");
        assertThat(Attribute.string("runbook", "line 1\nline 2").value()).contains("\n");
    }

    @Test
    void namesMayNotBeBlankOrPadded() {
        assertThatThrownBy(() -> new Credential(" c", "u")).hasMessage("credential name ' c' has leading or trailing blanks");
        assertThatThrownBy(() -> new DnsRecord("", "1.2.3.4", 60, List.of())).hasMessage("DNS name is missing");
    }
}
