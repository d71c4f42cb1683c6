package io.github.sqlaudit.jira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

import io.github.sqlaudit.cmdb.CmdbKeys;
import io.github.sqlaudit.cmdb.SecretCipher;
import io.github.sqlaudit.config.CmdbAdministration;
import io.github.sqlaudit.config.CmdbRejectedException;
import io.github.sqlaudit.config.ConfigChange;
import io.github.sqlaudit.config.ConfigChange.Area;
import io.github.sqlaudit.config.ConflictException;
import io.github.sqlaudit.config.RuleConfiguration;
import io.github.sqlaudit.rules.RuleConfigurationException;
import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.rules.catalog.BuiltInRules;
import io.github.sqlaudit.rules.config.Assignment;
import io.github.sqlaudit.rules.config.RuleOverride;
import io.github.sqlaudit.rules.config.RuleTemplates;

/**
 * The configuration tables (templates, assignments, audit log, settings) and the services over them on the
 * real Active Objects ORM; run over H2 and MariaDB by the subclasses, from freshly emptied tables.
 */
abstract class ConfigAoStoreContract {

    static final Instant NOW = Instant.parse("2026-11-26T13:00:00Z");

    AoTestDatabase db;
    ConfigAoStore store;
    RuleConfiguration rules;

    abstract AoTestDatabase database();

    @BeforeEach
    void emptyTables() throws Exception {
        db = database();
        db.activeObjects.migrate(ConfigEntities.array());
        db.activeObjects.migrate(CmdbEntities.array());
        List<Class<?>> all = new ArrayList<>(ConfigEntities.ALL);
        List<Class<?>> cmdb = new ArrayList<>(CmdbEntities.ALL);
        java.util.Collections.reverse(cmdb);
        all.addAll(cmdb);
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (Class<?> type : all) {
                @SuppressWarnings("unchecked")
                String table = db.entityManager.getTableNameConverter().getName((Class) type);
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
        store = new ConfigAoStore(db.activeObjects);
        rules = new RuleConfiguration(BuiltInRules.catalog(), store, store, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void tablesAreNamedWithThePluginPrefixWithinThirtyCharacters() throws Exception {
        for (Class<?> entity : ConfigEntities.ALL) {
            @SuppressWarnings("unchecked")
            String table = db.entityManager.getTableNameConverter().getName((Class) entity);
            assertThat(table).startsWith(db.tablePrefix + "CONFIG_").hasSizeLessThanOrEqualTo(30);
        }
    }

    @Test
    void templatesKeepTheirOrderAndAreReplacedByName() {
        store.putTemplate("prod", "{\"name\":\"prod\"}");
        store.putTemplate("dev", "{\"name\":\"dev\"}");
        store.putTemplate("prod", "{\"name\":\"prod\",\"description\":\"strict\"}");

        assertThat(store.templateDocuments()).containsExactly(
                java.util.Map.entry("prod", "{\"name\":\"prod\",\"description\":\"strict\"}"),
                java.util.Map.entry("dev", "{\"name\":\"dev\"}"));

        store.removeTemplate("prod");
        assertThat(store.templateDocuments()).containsOnlyKeys("dev");
    }

    @Test
    void aLongTemplateDocumentIsStoredWhole() {
        String description = "x".repeat(20_000);
        store.putTemplate("big", "{\"name\":\"big\",\"description\":\"" + description + "\"}");

        assertThat(store.templateDocuments().get("big").length()).isEqualTo(20_000 + "{\"name\":\"big\",\"description\":\"\"}".length());
    }

    @Test
    void oneAssignmentPerProjectAndEnvironment() {
        store.putAssignment(new Assignment("PAY", "prod", "strict"));
        store.putAssignment(new Assignment("PAY", "*", "relaxed"));
        store.putAssignment(new Assignment("PAY", "prod", "stricter"));

        assertThat(store.assignments()).containsExactly(new Assignment("PAY", "prod", "stricter"),
                new Assignment("PAY", "*", "relaxed"));

        store.removeAssignment("PAY", "*");
        assertThat(store.assignments()).containsExactly(new Assignment("PAY", "prod", "stricter"));
    }

    @Test
    void settingsAreReadBackAndReplaced() {
        assertThat(store.setting("dbaGroup")).isEmpty();
        store.putSetting("dbaGroup", "dba-team");
        store.putSetting("dbaGroup", "database-admins");

        assertThat(store.setting("dbaGroup")).contains("database-admins");
    }

    @Test
    void theAuditLogListsNewestFirstAndPages() {
        for (int i = 0; i < 5; i++) {
            store.record(new ConfigChange(NOW.plusSeconds(i), "dba", Area.TEMPLATE, "change " + i, "old " + i, "new " + i));
        }

        assertThat(store.size()).isEqualTo(5);
        assertThat(store.latest(0, 2)).extracting(ConfigChange::subject).containsExactly("change 4", "change 3");
        assertThat(store.latest(4, 10)).extracting(ConfigChange::subject).containsExactly("change 0");
        ConfigChange first = store.latest(4, 1).get(0);
        assertThat(first).isEqualTo(new ConfigChange(NOW, "dba", Area.TEMPLATE, "change 0", "old 0", "new 0"));
    }

    @Test
    void aLongOldValueIsKeptWhole() {
        String big = "{" + "\"k\":1,".repeat(5000) + "}";
        store.record(new ConfigChange(NOW, "dba", Area.CMDB, "the whole CMDB", big, ""));

        assertThat(store.latest(0, 1).get(0).oldValue()).isEqualTo(big);
        assertThat(store.latest(0, 1).get(0).newValue()).isEmpty();
    }

    @Test
    void ruleConfigurationSurvivesTheRoundTripThroughTheTables() {
        rules.createTemplate("dba", rules.documents().read("{\"name\": \"prod\", \"rules\": {\"DML-006\": {\"value\": 50}}}"));
        rules.changeRule("dba", "prod", "DML-003", RuleOverride.none().severity(Severity.ERROR));
        rules.assign("dba", new Assignment("PAY", "prod", "prod"));

        RuleConfiguration reopened = new RuleConfiguration(BuiltInRules.catalog(), new ConfigAoStore(db.activeObjects),
                store, Clock.systemUTC());
        RuleTemplates current = reopened.current();
        assertThat(current.templateFor("PAY", "prod")).isEqualTo("prod");
        assertThat(current.resolve("prod").configs().get("DML-003").severity()).isEqualTo(Severity.ERROR);
        assertThat(current.resolve("prod").configs().get("DML-006").value().display()).isEqualTo("50");
        assertThat(store.latest(0, 10)).extracting(ConfigChange::subject).containsExactly(
                "project PAY, environment prod", "template 'prod' rule DML-003", "template 'prod'");
    }

    @Test
    void aRefusedChangeLeavesTheTablesAsTheyWere() {
        rules.createTemplate("dba", rules.documents().read("{\"name\": \"prod\"}"));
        rules.assign("dba", new Assignment("PAY", "*", "prod"));
        String before = rules.export();
        int changes = store.size();

        assertThatThrownBy(() -> rules.deleteTemplate("dba", "prod")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> rules.importAll("dba", "{\"schemaVersion\": 1, \"templates\": [{\"name\": 5}]}"))
                .isInstanceOf(RuleConfigurationException.class);

        assertThat(rules.export()).isEqualTo(before);
        assertThat(store.size()).isEqualTo(changes);
    }

    @Test
    void cmdbChangesAndTheirLogEntryCommitTogether() {
        CmdbAoRepository repository = new CmdbAoRepository(db.activeObjects,
                new SecretCipher(CmdbKeys.parse(CmdbKeys.newEntry("k1"), "test")));
        CmdbAdministration cmdb = new CmdbAdministration(repository, store, Clock.fixed(NOW, ZoneOffset.UTC));

        cmdb.create("dba", "hosts", JsonParser.parseString("{\"name\": \"db1.example.com\", \"cpuCores\": 8}").getAsJsonObject());
        assertThatThrownBy(() -> cmdb.create("dba", "networks", JsonParser.parseString(
                "{\"name\": \"n1\", \"host\": \"nowhere.example.com\", \"ipAddresses\": [\"10.0.0.1\"]}").getAsJsonObject()))
                .isInstanceOf(CmdbRejectedException.class)
                .hasMessageContaining("nowhere.example.com");

        assertThat(repository.host("db1.example.com")).get().extracting(h -> h.cpuCores()).isEqualTo(8);
        assertThat(repository.snapshot().networks()).isEmpty();
        assertThat(store.latest(0, 10)).singleElement().satisfies(change -> {
            assertThat(change.area()).isEqualTo(Area.CMDB);
            assertThat(change.subject()).isEqualTo("hosts 'db1.example.com'");
            assertThat(change.oldValue()).isEmpty();
            assertThat(change.newValue()).contains("\"cpuCores\":8");
        });
    }
}
