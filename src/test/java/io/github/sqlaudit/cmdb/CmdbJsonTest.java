package io.github.sqlaudit.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CmdbJsonTest {

    @Test
    void anExportReadsBackToTheSameCmdb() {
        Cmdb estate = CmdbSamples.estate();

        CmdbImport actual = CmdbJson.read(CmdbJson.write(estate), "export.json");

        assertThat(actual.errors()).isEmpty();
        assertThat(actual.cmdb()).isEqualTo(estate);
        assertThat(actual.secrets()).isEmpty();
    }

    @Test
    void anExportNeverContainsPasswordsEvenWhenTheImportHadThem() {
        String json = """
                {"format": "sqlaudit-cmdb/1",
                 "credentials": [{"name": "c1", "username": "deployer", "password": "hunter2"}]}
                """;

        CmdbImport read = CmdbJson.read(json, "in.json");
        String exported = CmdbJson.write(read.cmdb());

        assertThat(read.secrets()).containsEntry("c1", Secret.of("hunter2"));
        assertThat(exported).contains("\"username\": \"deployer\"").doesNotContain("hunter2").doesNotContain("password");
    }

    @Test
    void typedAttributesTakeTheirTypeFromJson() {
        String json = """
                {"hosts": [{"name": "h1", "attributes": {"numa": true, "maxConn": 500, "ratio": 0.75, "owner": "ops"}}]}
                """;

        List<Attribute> actual = CmdbJson.read(json, "in.json").cmdb().hosts().get(0).attributes();

        assertThat(actual).containsExactly(Attribute.bool("numa", true), Attribute.integer("maxConn", 500),
                new Attribute("ratio", AttributeType.DECIMAL, "0.75"), Attribute.string("owner", "ops"));
    }

    @Test
    void everyRefusedRecordIsReportedWithItsLine() {
        String json = """
                {
                  "format": "sqlaudit-cmdb/1",
                  "hosts": [
                    {"name": "db1.example.com", "sshHostKeyFingerprint": "SHA256:tooShort"},
                    {"name": "db2.example.com"}
                  ],
                  "dataServices": [
                    {"name": "orders", "engine": "POSTGRES"},
                    {"name": "billing", "engine": "ORACLE", "enviroment": "prod"},
                    {"name": "ok", "engine": "MYSQL", "cluster": "missing-cluster"}
                  ],
                  "connections": [
                    {"name": "c1", "dataService": "ok", "host": "db2.example.com", "port": 70000, "purpose": "EXECUTE"},
                    {"name": "c2", "dataService": "nope", "host": "db2.example.com", "port": 3306, "purpose": "REVIEW"},
                    {"name": "c3", "dataService": "orders", "host": "db2.example.com", "port": 3306, "purpose": "REVIEW"}
                  ]
                }
                """;

        CmdbImport actual = CmdbJson.read(json, "cmdb.json");

        assertThat(actual.ok()).isFalse();
        assertThat(actual.errors()).extracting(RecordError::toString).containsExactly(
                "cmdb.json:4: hosts[0] 'db1.example.com': host 'db1.example.com' SSH host-key fingerprint 'SHA256:tooShort' "
                        + "is not of the form SHA256:<43 base64 characters> (ssh-keygen -lf)",
                "cmdb.json:8: dataServices[0] 'orders': engine 'POSTGRES' is not one of MYSQL, MARIADB, ORACLE",
                "cmdb.json:9: dataServices[1] 'billing': unknown member 'enviroment' (known: name, engine, version, database, "
                        + "environment, owningTeam, projectKeys, components, cluster, attributes)",
                "cmdb.json:10: data service 'ok': cluster 'missing-cluster' is not in the CMDB",
                "cmdb.json:13: connections[0] 'c1': connection 'c1' port 70000 is not between 1 and 65535",
                "cmdb.json:14: connection 'c2': data service 'nope' is not in the CMDB",
                "cmdb.json:15: connection 'c3': refers to data service 'orders', which was refused (see its error)");
    }

    @Test
    void brokenJsonIsReportedWithGsonsLine() {
        CmdbImport actual = CmdbJson.read("{\n  \"hosts\": [\n    {\"name\": \"a\",}\n", "broken.json");

        assertThat(actual.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.toString()).startsWith("broken.json:3: not a valid JSON document: ");
        });
    }

    @Test
    void unknownTopLevelMembersAndAWrongFormatAreErrors() {
        CmdbImport actual = CmdbJson.read("{\"format\": \"other/2\", \"servers\": []}", "x.json");

        assertThat(actual.errors()).extracting(RecordError::message).containsExactly(
                "format \"other/2\" is not \"sqlaudit-cmdb/1\"",
                "unknown member 'servers'; a CMDB document has format, storage, hosts, networks, dnsRecords, dataServices, "
                        + "clusters, connections, credentials");
    }
}
