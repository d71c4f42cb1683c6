package io.github.sqlaudit.jira.rest;

import static io.github.sqlaudit.jira.rest.RestFixture.body;
import static org.assertj.core.api.Assertions.assertThat;

import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import io.github.sqlaudit.rules.Severity;

/** Refused requests: the status, and an error naming the field (and the rule) so the DBA knows what to fix. */
class RestValidationTest {

    private final RestFixture fixture = new RestFixture();

    private static JsonObject firstError(Response response) {
        return body(response).getAsJsonArray("errors").get(0).getAsJsonObject();
    }

    @Test
    void aSeverityThatDoesNotExistNamesTheFieldAndTheRule() {
        Response response = fixture.templatesResource().changeRule(fixture.dba, "prod", "DML-004", "{\"severity\": \"FATAL\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(firstError(response).get("field").getAsString()).isEqualTo("severity");
        assertThat(firstError(response).get("ruleCode").getAsString()).isEqualTo("DML-004");
        assertThat(fixture.rules.template("prod").rules()).doesNotContainKey("DML-004");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedWithWhatTheRuleExpects() {
        Response response = fixture.templatesResource().changeRule(fixture.dba, "prod", "DML-006", "{\"value\": \"many\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(firstError(response).get("field").getAsString()).isEqualTo("value");
        assertThat(firstError(response).get("message").getAsString()).contains("whole number");
    }

    @Test
    void anUnknownMemberOfARuleChangeIsNamed() {
        Response response = fixture.templatesResource().changeRule(fixture.dba, "prod", "DML-004", "{\"severty\": \"ERROR\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(firstError(response).get("field").getAsString()).isEqualTo("severty");
    }

    @Test
    void aRuleChangeIsStoredAndShownAsDifferingFromTheDefault() {
        Response response = fixture.templatesResource().changeRule(fixture.dba, "prod", "DML-004", "{\"severity\": \"ERROR\"}");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(fixture.rules.template("prod").rules().get("DML-004").severity()).contains(Severity.ERROR);
        JsonObject dml004 = body(response).getAsJsonArray("effectiveRules").asList().stream()
                .map(e -> e.getAsJsonObject()).filter(r -> r.get("code").getAsString().equals("DML-004")).findFirst().orElseThrow();
        assertThat(dml004.get("severity").getAsString()).isEqualTo("ERROR");
        assertThat(dml004.get("differsFromDefault").getAsBoolean()).isTrue();
        assertThat(fixture.store.latest(0, 1).get(0).oldValue()).isEqualTo("inherited");
        assertThat(fixture.store.latest(0, 1).get(0).newValue()).isEqualTo("severity=ERROR");
    }

    @Test
    void aTemplateBodyWithAnUnknownRuleCodeNamesIt() {
        Response response = fixture.templatesResource().create(fixture.dba,
                "{\"name\": \"qa\", \"rules\": {\"DML-999\": {\"enabled\": false}}}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(firstError(response).get("field").getAsString()).isEqualTo("rules.DML-999");
        assertThat(firstError(response).get("ruleCode").getAsString()).isEqualTo("DML-999");
    }

    @Test
    void creatingATemplateWhoseNameIsTakenIsAConflict() {
        Response response = fixture.templatesResource().create(fixture.dba, "{\"name\": \"prod\"}");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(firstError(response).get("field").getAsString()).isEqualTo("name");
    }

    @Test
    void anAssignedTemplateCannotBeDeletedAndTheAnswerSaysWhereItIsAssigned() {
        Response response = fixture.templatesResource().delete(fixture.dba, "prod");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(body(response).get("message").getAsString()).contains("PAY/prod");
        assertThat(fixture.rules.current().template("prod")).isPresent();
    }

    @Test
    void aTemplateCannotTakeTheNameOfAnApiAddress() {
        Response response = fixture.templatesResource().create(fixture.dba, "{\"name\": \"export\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(firstError(response).get("field").getAsString()).isEqualTo("name");
    }

    @Test
    void theDefaultTemplateCannotBeDeleted() {
        assertThat(fixture.templatesResource().delete(fixture.dba, "default").getStatus()).isEqualTo(409);
    }

    @Test
    void aTemplateBodyNamingAnotherTemplateThanTheAddressIsRefused() {
        Response response = fixture.templatesResource().replace(fixture.dba, "prod", "{\"name\": \"scratch\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(firstError(response).get("field").getAsString()).isEqualTo("name");
    }

    @Test
    void anUnknownTemplateIsNotFound() {
        assertThat(fixture.templatesResource().read(fixture.dba, "nope").getStatus()).isEqualTo(404);
        assertThat(fixture.templatesResource().changeRule(fixture.dba, "nope", "DML-001", "{}").getStatus()).isEqualTo(404);
    }

    @Test
    void anImportWithAnErrorNamesTheFieldAndChangesNothing() {
        String before = fixture.rules.export();

        Response response = fixture.templatesResource().importAll(fixture.dba,
                "{\"schemaVersion\": 1, \"templates\": [{\"name\": \"x\", \"rules\": {\"DML-006\": {\"value\": -1}}}]}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(firstError(response).get("field").getAsString()).isEqualTo("templates[x].rules.DML-006.value");
        assertThat(fixture.rules.export()).isEqualTo(before);
    }

    @Test
    void anExportImportedAgainGivesTheSameConfiguration() {
        String exported = (String) fixture.templatesResource().export(fixture.dba).getEntity();

        Response response = fixture.templatesResource().importAll(fixture.dba, exported);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(fixture.rules.export()).isEqualTo(exported);
    }

    @Test
    void anAssignmentWithABadProjectKeyNamesTheProjectField() {
        Response response = fixture.assignmentsResource().assign(fixture.dba, "1PAY", "prod", "{\"template\": \"prod\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(firstError(response).get("field").getAsString()).isEqualTo("project");
    }

    @Test
    void anAssignmentToAnUnknownTemplateNamesTheTemplateField() {
        Response response = fixture.assignmentsResource().assign(fixture.dba, "PAY", "dev", "{\"template\": \"nope\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(firstError(response).get("field").getAsString()).isEqualTo("template");
    }

    @Test
    void anAssignmentWithoutATemplateNamesTheMissingField() {
        Response response = fixture.assignmentsResource().assign(fixture.dba, "PAY", "dev", "{}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(firstError(response).get("field").getAsString()).isEqualTo("template");
    }

    @Test
    void aCmdbRecordWithABadMemberIsRefusedNamingTheRecordAndTheMember() {
        Response response = fixture.cmdbResource().create(fixture.dba, "dataServices",
                "{\"name\": \"orders\", \"engine\": \"POSTGRES\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        JsonObject error = firstError(response);
        assertThat(error.get("field").getAsString()).contains("dataServices").contains("'orders'");
        assertThat(error.get("message").getAsString()).contains("engine");
        assertThat(fixture.cmdb.records("dataServices")).isEmpty();
    }

    @Test
    void deletingARecordOthersReferToIsRefusedNamingTheReferrer() {
        fixture.cmdbResource().create(fixture.dba, "networks",
                "{\"name\": \"net-db1\", \"host\": \"db1.example.com\", \"ipAddresses\": [\"10.0.0.11\"]}");

        Response response = fixture.cmdbResource().delete(fixture.dba, "hosts", "db1.example.com");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response).toString()).contains("net-db1");
        assertThat(fixture.cmdb.record("hosts", "db1.example.com")).isPresent();
    }

    @Test
    void anUnknownCmdbSectionIsNotFound() {
        assertThat(fixture.cmdbResource().list(fixture.dba, "servers").getStatus()).isEqualTo(404);
    }

    @Test
    void aCredentialPasswordIsStoredButNeverExportedNorLogged() {
        Response response = fixture.cmdbResource().replace(fixture.dba, "credentials", "reviewer",
                "{\"name\": \"reviewer\", \"username\": \"rev2\", \"password\": \"n3w-pass\"}");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(new String(fixture.cmdbRepository.secret("reviewer").orElseThrow().reveal())).isEqualTo("n3w-pass");
        assertThat((String) fixture.cmdbResource().export(fixture.dba).getEntity()).contains("rev2").doesNotContain("n3w-pass");
        assertThat(body(response).toString()).doesNotContain("n3w-pass");
        assertThat(fixture.store.latest(0, 1).get(0).newValue()).contains("rev2").doesNotContain("n3w-pass");
        assertThat(fixture.store.latest(0, 1).get(0).oldValue()).contains("\"rev\"");
    }

    @Test
    void aCredentialChangedWithoutPasswordKeepsItsPassword() {
        fixture.cmdbResource().replace(fixture.dba, "credentials", "reviewer", "{\"name\": \"reviewer\", \"username\": \"rev3\"}");

        assertThat(new String(fixture.cmdbRepository.secret("reviewer").orElseThrow().reveal())).isEqualTo("s3cret");
    }

    @Test
    void aCmdbImportWithErrorsListsEachWithItsLineAndChangesNothing() {
        String before = fixture.cmdb.export();

        Response response = fixture.cmdbResource().importAll(fixture.dba, """
                {"format": "sqlaudit-cmdb/1",
                 "hosts": [{"name": "db1.example.com", "sshPort": "ssh"}],
                 "networks": [{"name": "n1", "host": "nowhere.example.com", "ipAddresses": ["10.0.0.1"]}]}
                """);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response).getAsJsonArray("errors")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(firstError(response).get("line").getAsInt()).isEqualTo(2);
        assertThat(fixture.cmdb.export()).isEqualTo(before);
    }

    @Test
    void validateReportsWhatTheCmdbLacksAndChangesNothing() {
        fixture.cmdbResource().create(fixture.dba, "dataServices", "{\"name\": \"orders\", \"engine\": \"MARIADB\"}");
        int changes = fixture.store.size();

        Response response = fixture.cmdbResource().validate(fixture.dba);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response).get("complete").getAsBoolean()).isFalse();
        assertThat(body(response).toString()).contains("data service 'orders'").contains("CANNOT_REVIEW");
        assertThat(fixture.store.size()).isEqualTo(changes);
    }

    @Test
    void aStoreThatCannotOpenAnswers500WithTheReason() {
        io.github.sqlaudit.cmdb.CmdbRepository broken = org.mockito.Mockito.mock(io.github.sqlaudit.cmdb.CmdbRepository.class);
        org.mockito.Mockito.when(broken.snapshot()).thenThrow(new IllegalStateException("No CMDB encryption key: set SQLAUDIT_CMDB_KEYS"));
        CmdbResource resource = new CmdbResource(fixture.guard,
                new io.github.sqlaudit.config.CmdbAdministration(broken, fixture.store, fixture.clock));

        Response response = resource.list(fixture.dba, "hosts");

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(body(response).get("message").getAsString()).contains("No CMDB encryption key");
    }

    @Test
    void auditLogPagingOutOfRangeNamesTheParameter() {
        Response response = fixture.auditLogResource().latest(fixture.dba, 0, 100000);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(firstError(response).get("field").getAsString()).isEqualTo("limit");
    }

    @Test
    void theAuditLogShowsWhoChangedWhatOldAndNew() {
        fixture.assignmentsResource().assign(fixture.dba, "PAY", "prod", "{\"template\": \"scratch\"}");

        JsonObject change = body(fixture.auditLogResource().latest(fixture.admin, 0, 1)).getAsJsonArray("changes")
                .get(0).getAsJsonObject();

        assertThat(change.get("user").getAsString()).isEqualTo("dba");
        assertThat(change.get("area").getAsString()).isEqualTo("ASSIGNMENT");
        assertThat(change.get("subject").getAsString()).isEqualTo("project PAY, environment prod");
        assertThat(change.get("oldValue").getAsString()).isEqualTo("prod");
        assertThat(change.get("newValue").getAsString()).isEqualTo("scratch");
        assertThat(change.get("at").getAsString()).isEqualTo("2026-11-26T13:00:00Z");
    }

    @Test
    void everyAnswerCarriesItsSchemaVersion() {
        assertThat(body(fixture.rulesResource().catalog(fixture.developer)).get("schemaVersion").getAsInt()).isEqualTo(1);
        assertThat(body(fixture.templatesResource().list(fixture.dba)).get("schemaVersion").getAsInt()).isEqualTo(1);
        assertThat(body(fixture.templatesResource().delete(fixture.developer, "x")).get("schemaVersion").getAsInt()).isEqualTo(1);
    }

    @Test
    void theCatalogListsEveryRuleWithItsTypedDefault() {
        JsonObject catalog = body(fixture.rulesResource().catalog(fixture.developer));

        assertThat(catalog.getAsJsonArray("rules")).hasSize(fixture.rules.catalog().size());
        JsonObject dml006 = catalog.getAsJsonArray("rules").asList().stream().map(e -> e.getAsJsonObject())
                .filter(r -> r.get("code").getAsString().equals("DML-006")).findFirst().orElseThrow();
        assertThat(dml006.get("valueType").getAsString()).isEqualTo("THRESHOLD");
        assertThat(dml006.get("defaultValue").getAsLong()).isEqualTo(1000);
        assertThat(dml006.get("defaultSeverity").getAsString()).isEqualTo("WARN");
    }
}
