package io.github.sqlaudit.jira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import com.atlassian.activeobjects.external.ModelVersion;

import io.github.sqlaudit.cmdb.Cmdb;
import io.github.sqlaudit.cmdb.CmdbKeys;
import io.github.sqlaudit.cmdb.CmdbSamples;
import io.github.sqlaudit.cmdb.ConnectionService;
import io.github.sqlaudit.cmdb.Credential;
import io.github.sqlaudit.cmdb.DataService;
import io.github.sqlaudit.cmdb.Endpoint;
import io.github.sqlaudit.cmdb.MemberRole;
import io.github.sqlaudit.cmdb.Purpose;
import io.github.sqlaudit.cmdb.Secret;
import io.github.sqlaudit.cmdb.SecretCipher;
import io.github.sqlaudit.cmdb.TargetRequest;
import io.github.sqlaudit.cmdb.TargetResolver;

/**
 * The CMDB entities and repository on the real Active Objects ORM; run over H2 and over MariaDB by the
 * subclasses. Each test starts from freshly migrated, empty tables.
 */
abstract class CmdbAoRepositoryContract {

    static final String KEY_ENTRY = CmdbKeys.newEntry("k1");

    AoTestDatabase db;
    CmdbAoRepository repository;

    abstract AoTestDatabase database();

    @BeforeEach
    void emptyTables() throws Exception {
        db = database();
        db.activeObjects.migrate(CmdbEntities.array());
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            List<Class<?>> reversed = new ArrayList<>(CmdbEntities.ALL);
            java.util.Collections.reverse(reversed);
            for (Class<?> type : reversed) {
                @SuppressWarnings("unchecked")
                String table = db.entityManager.getTableNameConverter().getName((Class) type);
                statement.executeUpdate("DELETE FROM " + quote(table));
            }
        }
        repository = new CmdbAoRepository(db.activeObjects, new SecretCipher(CmdbKeys.parse(KEY_ENTRY, "test")));
    }

    String quote(String table) {
        return table;
    }

    @Test
    void migratesEveryEntityToAPrefixedTableWithinActiveObjectsNameLimits() throws Exception {
        Map<String, List<String>> tables = db.tables();

        List<String> expected = CmdbEntities.ALL.stream()
                .map(type -> db.entityManager.getTableNameConverter().getName(type).toUpperCase()).toList();
        assertThat(tables.keySet()).extracting(String::toUpperCase).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).contains(db.tablePrefix + "CMDB_HOST", db.tablePrefix + "CMDB_CLUSTER_MEMBER",
                db.tablePrefix + "CMDB_DATA_SERVICE");
        List<String> forbidden = List.of("BLOB", "CLOB", "NUMBER", "ROWID", "TIMESTAMP", "VARCHAR2");
        tables.forEach((table, columns) -> {
            assertThat(table.length()).as("length of table name %s", table).isLessThanOrEqualTo(30);
            assertThat(columns).as("columns of %s", table).isNotEmpty().allSatisfy(column -> {
                assertThat(column.length()).as("length of %s.%s", table, column).isLessThanOrEqualTo(30);
                assertThat(forbidden).as("%s.%s", table, column).doesNotContain(column.toUpperCase());
            });
        });
    }

    @Test
    void roundTripsTheWholeEstate() {
        Cmdb estate = CmdbSamples.estate();

        repository.replaceAll(estate, CmdbSamples.estateSecrets());

        assertThat(repository.snapshot()).isEqualTo(estate);
    }

    @Test
    void findsRecordsByNameAndFollowsRelations() {
        repository.replaceAll(CmdbSamples.estate(), CmdbSamples.estateSecrets());

        assertThat(repository.dataServicesServing("ORD")).extracting(DataService::name)
                .containsExactly("billing-prod", "orders-prod", "orders-test");
        assertThat(repository.dataServicesServing("BIL")).extracting(DataService::name).containsExactly("billing-prod");
        assertThat(repository.dataService("orders-prod").orElseThrow().attributes())
                .extracting(a -> a.key() + "=" + a.value()).containsExactly("backupPolicy=nightly", "maxConnections=200");
        assertThat(repository.connectionsOf("orders-prod")).extracting(ConnectionService::name)
                .containsExactly("orders-prod-rw", "orders-prod-ro");
        assertThat(repository.cluster("orders-cluster").orElseThrow().members())
                .extracting(m -> m.hostName() + " " + m.role())
                .containsExactly("db1.example.com PRIMARY", "db2.example.com REPLICA");
        assertThat(repository.host("DB1.Example.COM.")).map(h -> h.name()).contains("db1.example.com");
        assertThat(repository.networksOf("db2.example.com")).singleElement()
                .satisfies(n -> assertThat(n.ipAddresses()).containsExactly("10.0.0.12"));
        assertThat(repository.dnsRecord("Orders-RW.example.com")).map(d -> d.target()).contains("orders-vip.example.com");
        assertThat(repository.credential("orders-deployer")).contains(new Credential("orders-deployer", "deployer"));
        assertThat(repository.dataService("nope")).isEmpty();
        assertThat(repository.connectionsOf("nope")).isEmpty();
    }

    @Test
    void resolvesTargetsThroughTheTables() {
        repository.replaceAll(CmdbSamples.estate(), CmdbSamples.estateSecrets());
        TargetResolver resolver = new TargetResolver(repository);
        TargetRequest request = TargetRequest.of("ORD", "prod").withComponent("Orders");

        Endpoint execute = resolver.executeEndpoint(request);
        Endpoint review = resolver.reviewEndpoint(request);

        assertThat(execute.connection().name()).isEqualTo("orders-prod-rw");
        assertThat(execute.address()).isEqualTo("10.0.0.10");
        assertThat(review.connection().name()).isEqualTo("orders-prod-ro");
        assertThat(review.member()).map(m -> m.role()).contains(MemberRole.REPLICA);
    }

    @Test
    void keepsLongTextInUnlimitedColumns() {
        String runbook = "step 1: drain the pool\n" + "x".repeat(5000);
        List<String> paths = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "/data/volume-" + i + "/" + "d".repeat(200)).toList();
        Cmdb estate = CmdbSamples.estate();
        List<io.github.sqlaudit.cmdb.HostService> hosts = new ArrayList<>(estate.hosts());
        hosts.set(0, new io.github.sqlaudit.cmdb.HostService("db1.example.com", "Linux", 8, 1L << 34, 2222,
                Optional.of(CmdbSamples.DB1_KEY), paths, List.of(io.github.sqlaudit.cmdb.Attribute.string("runbook", runbook))));
        Cmdb withLongText = new Cmdb(estate.storage(), hosts, estate.networks(), estate.dnsRecords(), estate.dataServices(),
                estate.clusters(), estate.connections(), estate.credentials());

        repository.replaceAll(withLongText, Map.of());

        io.github.sqlaudit.cmdb.HostService actual = repository.host("db1.example.com").orElseThrow();
        assertThat(actual.localPaths()).isEqualTo(paths);
        assertThat(actual.attributes()).singleElement().satisfies(a -> assertThat(a.value()).isEqualTo(runbook));
    }

    @Test
    void storesPasswordsOnlyEncryptedAndOpensThemWithTheKey() throws Exception {
        repository.replaceAll(CmdbSamples.estate(), CmdbSamples.estateSecrets());

        String table = db.entityManager.getTableNameConverter().getName(CmdbCredential.class);
        List<String> stored = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM " + quote(table))) {
            while (rs.next()) {
                for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                    stored.add(String.valueOf(rs.getObject(column)));
                }
            }
        }
        assertThat(String.join("|", stored)).doesNotContain("s3cret-deploy", "s3cret-review", "bill-deploy").contains("v1:k1:");
        assertThat(repository.secret("orders-deployer")).contains(Secret.of("s3cret-deploy"));
        assertThat(repository.snapshot().toString()).doesNotContain("s3cret");
    }

    @Test
    void keepsStoredPasswordsWhenAnExportWithoutThemIsImportedAgain() {
        repository.replaceAll(CmdbSamples.estate(), CmdbSamples.estateSecrets());

        repository.replaceAll(repository.snapshot(), Map.of("orders-reviewer", Secret.of("changed")));

        assertThat(repository.secret("orders-deployer")).contains(Secret.of("s3cret-deploy"));
        assertThat(repository.secret("orders-reviewer")).contains(Secret.of("changed"));
    }

    @Test
    void reSealsPasswordsWithTheNewKeyAfterARotation() {
        repository.replaceAll(CmdbSamples.estate(), CmdbSamples.estateSecrets());
        String newEntry = CmdbKeys.newEntry("k2");
        CmdbAoRepository rotated = new CmdbAoRepository(db.activeObjects,
                new SecretCipher(CmdbKeys.parse(newEntry + "\n" + KEY_ENTRY, "test")));

        assertThat(rotated.resealSecrets()).isEqualTo(4);
        assertThat(rotated.resealSecrets()).isZero();

        CmdbAoRepository newKeyOnly = new CmdbAoRepository(db.activeObjects, new SecretCipher(CmdbKeys.parse(newEntry, "test")));
        assertThat(newKeyOnly.secret("billing-reviewer")).contains(Secret.of("bill-review"));
        assertThatThrownBy(() -> repository.secret("billing-reviewer"))
                .isInstanceOf(SecretCipher.SecretException.class).hasMessageContaining("key 'k2'");
    }

    @Test
    void refusesACmdbWithBrokenReferencesAndKeepsTheOldOne() {
        repository.replaceAll(CmdbSamples.estate(), CmdbSamples.estateSecrets());
        Cmdb broken = CmdbSamples.estate();
        List<ConnectionService> connections = new ArrayList<>(broken.connections());
        connections.add(CmdbSamples.connection("stray", "no-such-service", "db1.example.com", 3306, Purpose.REVIEW, "ghost"));
        Cmdb withStray = new Cmdb(broken.storage(), broken.hosts(), broken.networks(), broken.dnsRecords(),
                broken.dataServices(), broken.clusters(), connections, broken.credentials());

        assertThatThrownBy(() -> repository.replaceAll(withStray, Map.of()))
                .hasMessageContaining("connection 'stray': data service 'no-such-service' is not in the CMDB")
                .hasMessageContaining("connection 'stray': credential 'ghost' is not in the CMDB");
        assertThat(repository.snapshot()).isEqualTo(CmdbSamples.estate());
    }

    @Test
    void enforcesUniqueNamesNotNullRelationsAndForeignKeys() throws Exception {
        repository.replaceAll(CmdbSamples.estate(), Map.of());

        assertThatThrownBy(() -> db.activeObjects.create(CmdbHost.class, Map.of(
                "NAME", "db1.example.com", "LOOKUP_NAME", "db1.example.com", "CPU_CORES", 1, "MEMORY_BYTES", 1L, "SSH_PORT", 22)))
                .as("a second host with the same lookup name")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> db.activeObjects.create(CmdbStorage.class, Map.of("NAME", "no-host", "MOUNT_PATH", "/x",
                "CAPACITY_BYTES", 1L, "FREE_BYTES", 1L)))
                .as("storage without its NOT NULL host")
                .hasMessageContaining("HOST_ID");
        String members = db.entityManager.getTableNameConverter().getName(CmdbClusterMember.class);
        String clusters = db.entityManager.getTableNameConverter().getName(CmdbCluster.class);
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            int clusterId;
            try (ResultSet rs = statement.executeQuery("SELECT MIN(ID) FROM " + quote(clusters))) {
                rs.next();
                clusterId = rs.getInt(1);
            }
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO " + quote(members)
                    + " (CLUSTER_ID, HOST_ID, ROLE, POSITION) VALUES (" + clusterId + ", 999999, 'REPLICA', 9)"))
                    .as("a member pointing at a host row that does not exist")
                    .isInstanceOf(java.sql.SQLException.class);
        }
    }

    @Test
    void replacesTheWholeCmdbInsteadOfMerging() {
        repository.replaceAll(CmdbSamples.estate(), CmdbSamples.estateSecrets());

        repository.replaceAll(CmdbSamples.generated(2), Map.of());

        Cmdb actual = repository.snapshot();
        assertThat(actual).isEqualTo(CmdbSamples.generated(2));
        assertThat(repository.host("db1.example.com")).isEmpty();
        assertThat(repository.dataServicesServing("ORD")).isEmpty();
    }

    @Test
    void upgradeTaskCreatesTheTablesAndKeepsDataWhenRunAgain() throws Exception {
        CmdbUpgradeTaskV1 task = new CmdbUpgradeTaskV1();
        repository.replaceAll(CmdbSamples.estate(), Map.of());

        task.upgrade(Mockito.mock(ModelVersion.class), db.activeObjects);

        assertThat(CmdbUpgradeTaskV1.MODEL_VERSION).isEqualTo("1");
        assertThat(db.tables()).hasSize(CmdbEntities.ALL.size());
        assertThat(repository.snapshot()).isEqualTo(CmdbSamples.estate());
        assertThat(repository.dataService("orders-test")).map(DataService::clusterName).contains(Optional.empty());
    }
}
