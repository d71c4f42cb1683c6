package io.github.sqlaudit.cmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import io.github.sqlaudit.cmdb.TargetResolutionException.Reason;

class TargetResolverTest {

    private final TargetResolver resolver = new TargetResolver(new InMemoryCmdbRepository(CmdbSamples.estate()));

    @Test
    void executesThroughTheVipThatTheDnsAliasPointsAt() {
        Endpoint actual = resolver.executeEndpoint(TargetRequest.of("ORD", "prod").withComponent("Orders"));

        assertThat(actual.dataService().name()).isEqualTo("orders-prod");
        assertThat(actual.connection().name()).isEqualTo("orders-prod-rw");
        assertThat(actual.address()).isEqualTo("10.0.0.10");
        assertThat(actual.credentialName()).contains("orders-deployer");
        assertThat(actual.jdbcUrl()).isEqualTo("jdbc:mysql://orders-rw.example.com:3306/orders");
    }

    @Test
    void reviewsOnTheReplica() {
        Endpoint actual = resolver.reviewEndpoint(TargetRequest.of("ORD", "prod").withComponent("Orders"));

        assertThat(actual.connection().name()).isEqualTo("orders-prod-ro");
        assertThat(actual.member()).contains(new ClusterMember("db2.example.com", MemberRole.REPLICA));
        assertThat(actual.address()).isEqualTo("10.0.0.12");
    }

    @Test
    void aTargetChosenOnTheTicketWinsOverComponents() {
        Endpoint actual = resolver.executeEndpoint(TargetRequest.of("ORD", "prod").withChosenTarget("billing-prod"));

        assertThat(actual.dataService().name()).isEqualTo("billing-prod");
        assertThat(actual.member()).map(ClusterMember::role).contains(MemberRole.PRIMARY);
        assertThat(actual.jdbcUrl()).isEqualTo("jdbc:oracle:thin:@tcps://ora1.example.com:1521/BILLING_RW");
    }

    @Test
    void environmentsCompareWithoutCase() {
        assertThat(resolver.dataService(TargetRequest.of("ORD", "TEST")).name()).isEqualTo("orders-test");
    }

    @Test
    void twoDataServicesForOneProjectAndEnvironmentAreAmbiguousWithoutAComponent() {
        assertThatThrownBy(() -> resolver.dataService(TargetRequest.of("ORD", "prod")))
                .isInstanceOfSatisfying(TargetResolutionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.AMBIGUOUS))
                .hasMessage("2 data services serve project ORD, environment 'prod': 'billing-prod', 'orders-prod'. "
                        + "Choose the target on the ticket, or give each data service the components it serves.");
    }

    @Test
    void aComponentNoDataServiceListsFallsBackToServicesWithoutComponents() {
        assertThat(resolver.dataService(TargetRequest.of("ORD", "test").withComponent("Reports")).name()).isEqualTo("orders-test");
        assertThatThrownBy(() -> resolver.dataService(TargetRequest.of("ORD", "prod").withComponent("Reports")))
                .isInstanceOfSatisfying(TargetResolutionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND))
                .hasMessageContaining("'billing-prod' (Billing), 'orders-prod' (Orders)");
    }

    @Test
    void anUnknownProjectOrEnvironmentSaysWhatExists() {
        assertThatThrownBy(() -> resolver.dataService(TargetRequest.of("XYZ", "prod")))
                .hasMessage("No data service serves project XYZ, environment 'prod'; no data service lists project XYZ");
        assertThatThrownBy(() -> resolver.dataService(TargetRequest.of("BIL", "staging")))
                .hasMessage("No data service serves project BIL, environment 'staging'; data services of project BIL: "
                        + "'billing-prod' (prod)");
    }

    @Test
    void aChosenTargetMustExistServeTheProjectAndBeInTheEnvironment() {
        assertThatThrownBy(() -> resolver.dataService(TargetRequest.of("ORD", "prod").withChosenTarget("nope")))
                .hasMessageContaining("'nope' chosen on the ticket is not a data service");
        assertThatThrownBy(() -> resolver.dataService(TargetRequest.of("BIL", "test").withChosenTarget("orders-test")))
                .hasMessageContaining("does not serve project BIL (it serves ORD)");
        assertThatThrownBy(() -> resolver.dataService(TargetRequest.of("ORD", "prod").withChosenTarget("orders-test")))
                .hasMessageContaining("is in environment 'test', not 'prod'");
    }

    @Test
    void afterAFailoverADirectConnectionToTheOldPrimaryIsRefusedForExecution() {
        Cmdb failedOver = edit(CmdbSamples.estate(), cmdb -> withClusters(withConnections(cmdb, List.of(
                CmdbSamples.connection("orders-prod-db1", "orders-prod", "db1.example.com", 3306, Purpose.EXECUTE, "orders-deployer"),
                CmdbSamples.connection("orders-prod-ro", "orders-prod", "orders-ro.example.com", 3306, Purpose.REVIEW, "orders-reviewer"))),
                new ClusterService("orders-cluster", Topology.PRIMARY_REPLICA, List.of(
                        new ClusterMember("db1.example.com", MemberRole.REPLICA),
                        new ClusterMember("db2.example.com", MemberRole.PRIMARY)), Optional.of("orders-vip.example.com"), List.of())));
        TargetResolver failedOverResolver = new TargetResolver(new InMemoryCmdbRepository(failedOver));

        assertThatThrownBy(() -> failedOverResolver.executeEndpoint(TargetRequest.of("ORD", "prod").withComponent("Orders")))
                .isInstanceOfSatisfying(TargetResolutionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INCOMPLETE))
                .hasMessage("No usable execute connection for data service 'orders-prod': connection 'orders-prod-db1' points at "
                        + "db1.example.com, a REPLICA of cluster 'orders-cluster'; scripts execute on the current primary (db2.example.com)");
    }

    @Test
    void noExecutionThroughTheVipWhileTheClusterRecordsNoPrimary() {
        Cmdb midFailover = withClusters(CmdbSamples.estate(), new ClusterService("orders-cluster", Topology.PRIMARY_REPLICA,
                List.of(new ClusterMember("db1.example.com", MemberRole.REPLICA), new ClusterMember("db2.example.com", MemberRole.REPLICA)),
                Optional.of("orders-vip.example.com"), List.of()));
        TargetResolver midFailoverResolver = new TargetResolver(new InMemoryCmdbRepository(midFailover));
        TargetRequest request = TargetRequest.of("ORD", "prod").withComponent("Orders");

        assertThatThrownBy(() -> midFailoverResolver.executeEndpoint(request))
                .hasMessage("No usable execute connection for data service 'orders-prod': connection 'orders-prod-rw' uses the VIP "
                        + "of cluster 'orders-cluster', which records no primary; scripts execute only on a known primary");
        assertThat(midFailoverResolver.reviewEndpoint(request).connection().name()).isEqualTo("orders-prod-ro");
    }

    @Test
    void aConnectionByAddressIsMatchedToTheMemberWithThatAddress() {
        Cmdb byAddress = withConnections(CmdbSamples.estate(), List.of(
                CmdbSamples.connection("orders-prod-ip", "orders-prod", "10.0.0.11", 3306, Purpose.EXECUTE, "orders-deployer")));

        Endpoint actual = new TargetResolver(new InMemoryCmdbRepository(byAddress))
                .executeEndpoint(TargetRequest.of("ORD", "prod").withComponent("Orders"));

        assertThat(actual.member()).contains(new ClusterMember("db1.example.com", MemberRole.PRIMARY));
        assertThat(actual.address()).isEqualTo("10.0.0.11");
    }

    @Test
    void aDataGuardStandbyNeverReviews() {
        Cmdb standbyReview = withConnections(CmdbSamples.estate(), List.of(
                CmdbSamples.connection("billing-review", "billing-prod", "ora2.example.com", 1521, Purpose.REVIEW, "billing-reviewer")));

        assertThatThrownBy(() -> new TargetResolver(new InMemoryCmdbRepository(standbyReview))
                .reviewEndpoint(TargetRequest.of("BIL", "prod")))
                .hasMessageContaining("connection 'billing-review' points at ora2.example.com, a STANDBY of cluster 'billing-dg'; "
                        + "a standby cannot run EXPLAIN");
    }

    @Test
    void twoEquallyGoodConnectionsAreAmbiguous() {
        Cmdb twoReplicaReviews = withConnections(CmdbSamples.estate(), List.of(
                CmdbSamples.connection("ro-a", "orders-prod", "db2.example.com", 3306, Purpose.REVIEW, "orders-reviewer"),
                CmdbSamples.connection("ro-b", "orders-prod", "orders-ro.example.com", 3306, Purpose.REVIEW, "orders-reviewer")));

        assertThatThrownBy(() -> new TargetResolver(new InMemoryCmdbRepository(twoReplicaReviews))
                .reviewEndpoint(TargetRequest.of("ORD", "prod").withComponent("Orders")))
                .isInstanceOfSatisfying(TargetResolutionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.AMBIGUOUS))
                .hasMessageContaining("'ro-a', 'ro-b'");
    }

    @Test
    void aConnectionOutsideTheClusterOrUnresolvableIsExplained() {
        Cmdb stray = withConnections(CmdbSamples.estate(), List.of(
                CmdbSamples.connection("elsewhere", "orders-prod", "ora1.example.com", 3306, Purpose.EXECUTE, "orders-deployer"),
                CmdbSamples.connection("typo", "orders-prod", "orders-rw.exmaple.com", 3306, Purpose.EXECUTE, "orders-deployer")));

        assertThatThrownBy(() -> new TargetResolver(new InMemoryCmdbRepository(stray))
                .executeEndpoint(TargetRequest.of("ORD", "prod").withComponent("Orders")))
                .hasMessageContaining("connection 'elsewhere' points at 'ora1.example.com' (ora1.example.com -> 10.0.1.21), "
                        + "which is neither the VIP nor a member of cluster 'orders-cluster'")
                .hasMessageContaining("connection 'typo': host 'orders-rw.exmaple.com' does not resolve "
                        + "('orders-rw.exmaple.com' is neither an IP address, a DNS record nor a host in the CMDB)");
    }

    @Test
    void aDnsLoopIsReportedNotFollowedForever() {
        Cmdb loop = edit(CmdbSamples.estate(), cmdb -> new Cmdb(cmdb.storage(), cmdb.hosts(), cmdb.networks(), List.of(
                new DnsRecord("orders-rw.example.com", "orders-vip.example.com", 60, List.of()),
                new DnsRecord("orders-vip.example.com", "orders-rw.example.com", 60, List.of()),
                new DnsRecord("orders-ro.example.com", "10.0.0.12", 60, List.of())),
                cmdb.dataServices(), cmdb.clusters(), cmdb.connections(), cmdb.credentials()));

        assertThatThrownBy(() -> new TargetResolver(new InMemoryCmdbRepository(loop))
                .executeEndpoint(TargetRequest.of("ORD", "prod").withComponent("Orders")))
                .hasMessageContaining("(a loop?)");
    }

    @Test
    void aDataServiceWithoutAConnectionForThePurposeSaysSo() {
        assertThatThrownBy(() -> resolver.executeEndpoint(TargetRequest.of("ORD", "test")))
                .isInstanceOfSatisfying(TargetResolutionException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INCOMPLETE))
                .hasMessage("data service 'orders-test' has no execute connection");
    }

    @Test
    void aStandaloneDataServiceUsesItsOnlyConnection() {
        Endpoint actual = resolver.reviewEndpoint(TargetRequest.of("ORD", "test"));

        assertThat(actual.connection().name()).isEqualTo("orders-test-ro");
        assertThat(actual.address()).isEqualTo("10.0.0.11");
        assertThat(actual.member()).isEmpty();
        assertThat(actual.jdbcUrl()).isEqualTo("jdbc:mysql://db1.example.com:3307/orders");
    }

    static Cmdb edit(Cmdb cmdb, UnaryOperator<Cmdb> change) {
        return change.apply(cmdb);
    }

    /** The estate with the connections of the data services in {@code replacements} replaced by them. */
    static Cmdb withConnections(Cmdb cmdb, List<ConnectionService> replacements) {
        List<String> replaced = replacements.stream().map(ConnectionService::dataServiceName).distinct().toList();
        List<ConnectionService> connections = new ArrayList<>(cmdb.connections().stream()
                .filter(c -> !replaced.contains(c.dataServiceName())).toList());
        connections.addAll(replacements);
        return new Cmdb(cmdb.storage(), cmdb.hosts(), cmdb.networks(), cmdb.dnsRecords(), cmdb.dataServices(),
                cmdb.clusters(), connections, cmdb.credentials());
    }

    static Cmdb withClusters(Cmdb cmdb, ClusterService replacement) {
        List<ClusterService> clusters = new ArrayList<>(cmdb.clusters().stream()
                .filter(c -> !c.name().equals(replacement.name())).toList());
        clusters.add(replacement);
        return new Cmdb(cmdb.storage(), cmdb.hosts(), cmdb.networks(), cmdb.dnsRecords(), cmdb.dataServices(),
                clusters, cmdb.connections(), cmdb.credentials());
    }
}
