package io.github.sqlaudit.jira.rest;

import static io.github.sqlaudit.jira.rest.RestFixture.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every REST endpoint, called by a user who may and by one who may not: the allowed call succeeds, the denied
 * one gets 403 (or 401 when anonymous) and changes nothing; writes without web-sudo get 401 and change nothing.
 */
class RestEndpointPermissionTest {

    /** Who may call: any logged-in user, configurers (admins + DBA group), or Jira administrators only. */
    enum Audience { LOGGED_IN, CONFIGURERS, ADMINS }

    record Endpoint(String name, Audience audience, boolean write, int okStatus,
                    BiFunction<RestFixture, HttpServletRequest, Response> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String CMDB_HOST = "{\"name\": \"db9.example.com\", \"cpuCores\": 8}";

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("GET rules", Audience.LOGGED_IN, false, 200, (f, r) -> f.rulesResource().catalog(r)),
                new Endpoint("GET templates", Audience.CONFIGURERS, false, 200, (f, r) -> f.templatesResource().list(r)),
                new Endpoint("GET templates/prod", Audience.CONFIGURERS, false, 200, (f, r) -> f.templatesResource().read(r, "prod")),
                new Endpoint("GET templates/export", Audience.CONFIGURERS, false, 200, (f, r) -> f.templatesResource().export(r)),
                new Endpoint("POST templates", Audience.CONFIGURERS, true, 201,
                        (f, r) -> f.templatesResource().create(r, "{\"name\": \"staging\", \"rules\": {\"DML-006\": {\"value\": 50}}}")),
                new Endpoint("PUT templates/prod", Audience.CONFIGURERS, true, 200,
                        (f, r) -> f.templatesResource().replace(r, "prod", "{\"name\": \"prod\", \"description\": \"strict\"}")),
                new Endpoint("DELETE templates/scratch", Audience.CONFIGURERS, true, 200, (f, r) -> f.templatesResource().delete(r, "scratch")),
                new Endpoint("PUT templates/prod/rules/DML-004", Audience.CONFIGURERS, true, 200,
                        (f, r) -> f.templatesResource().changeRule(r, "prod", "DML-004", "{\"severity\": \"ERROR\"}")),
                new Endpoint("POST templates/import", Audience.CONFIGURERS, true, 200,
                        (f, r) -> f.templatesResource().importAll(r, f.rules.export())),
                new Endpoint("GET assignments", Audience.CONFIGURERS, false, 200, (f, r) -> f.assignmentsResource().list(r)),
                new Endpoint("PUT assignments/PAY/test", Audience.CONFIGURERS, true, 200,
                        (f, r) -> f.assignmentsResource().assign(r, "PAY", "test", "{\"template\": \"prod\"}")),
                new Endpoint("DELETE assignments/ORD/test", Audience.CONFIGURERS, true, 200,
                        (f, r) -> f.assignmentsResource().unassign(r, "ORD", "test")),
                new Endpoint("GET cmdb/export", Audience.CONFIGURERS, false, 200, (f, r) -> f.cmdbResource().export(r)),
                new Endpoint("POST cmdb/import", Audience.CONFIGURERS, true, 200,
                        (f, r) -> f.cmdbResource().importAll(r, f.cmdb.export())),
                new Endpoint("GET cmdb/validate", Audience.CONFIGURERS, false, 200, (f, r) -> f.cmdbResource().validate(r)),
                new Endpoint("GET cmdb/hosts", Audience.CONFIGURERS, false, 200, (f, r) -> f.cmdbResource().list(r, "hosts")),
                new Endpoint("GET cmdb/hosts/db1.example.com", Audience.CONFIGURERS, false, 200,
                        (f, r) -> f.cmdbResource().read(r, "hosts", "db1.example.com")),
                new Endpoint("POST cmdb/hosts", Audience.CONFIGURERS, true, 201, (f, r) -> f.cmdbResource().create(r, "hosts", CMDB_HOST)),
                new Endpoint("PUT cmdb/hosts/db1.example.com", Audience.CONFIGURERS, true, 200,
                        (f, r) -> f.cmdbResource().replace(r, "hosts", "db1.example.com", "{\"name\": \"db1.example.com\", \"cpuCores\": 32}")),
                new Endpoint("DELETE cmdb/hosts/spare.example.com", Audience.CONFIGURERS, true, 200,
                        (f, r) -> f.cmdbResource().delete(r, "hosts", "spare.example.com")),
                new Endpoint("GET audit-log", Audience.CONFIGURERS, false, 200, (f, r) -> f.auditLogResource().latest(r, 0, 50)),
                new Endpoint("GET settings", Audience.CONFIGURERS, false, 200, (f, r) -> f.settingsResource().read(r)),
                new Endpoint("PUT settings", Audience.ADMINS, true, 200,
                        (f, r) -> f.settingsResource().change(r, "{\"dbaGroup\": \"database-admins\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anAllowedUserIsServed(Endpoint endpoint) {
        RestFixture fixture = new RestFixture();
        HttpServletRequest allowed = switch (endpoint.audience()) {
            case LOGGED_IN -> fixture.developer;
            case CONFIGURERS -> fixture.dba;
            case ADMINS -> fixture.admin;
        };
        int changesBefore = fixture.store.size();

        Response response = endpoint.call().apply(fixture, allowed);

        assertThat(response.getStatus()).as("%s: %s", endpoint, response.getEntity()).isEqualTo(endpoint.okStatus());
        if (endpoint.write()) {
            assertThat(fixture.store.size()).as("audit-log entries after " + endpoint).isEqualTo(changesBefore + 1);
            assertThat(fixture.store.latest(0, 1).get(0).user()).isEqualTo(endpoint.audience() == Audience.ADMINS ? "admin" : "dba");
        } else {
            assertThat(fixture.store.size()).as("a GET changes nothing").isEqualTo(changesBefore);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void aDeniedUserIsRefusedAndNothingChanges(Endpoint endpoint) {
        RestFixture fixture = new RestFixture();
        String templatesBefore = fixture.rules.export();
        String cmdbBefore = fixture.cmdb.export();
        int changesBefore = fixture.store.size();
        HttpServletRequest denied = switch (endpoint.audience()) {
            case LOGGED_IN -> fixture.anonymous;
            case CONFIGURERS -> fixture.developer;
            case ADMINS -> fixture.dba;
        };

        Response response = endpoint.call().apply(fixture, denied);

        int expected = endpoint.audience() == Audience.LOGGED_IN ? 401 : 403;
        assertThat(response.getStatus()).as(endpoint.toString()).isEqualTo(expected);
        assertThat(body(response).get("status").getAsInt()).isEqualTo(expected);
        assertThat(body(response).get("message").getAsString()).isNotBlank();
        assertThat(fixture.rules.export()).isEqualTo(templatesBefore);
        assertThat(fixture.cmdb.export()).isEqualTo(cmdbBefore);
        assertThat(fixture.store.size()).isEqualTo(changesBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anonymousCallersAreAskedToLogIn(Endpoint endpoint) {
        RestFixture fixture = new RestFixture();

        assertThat(endpoint.call().apply(fixture, fixture.anonymous).getStatus()).isEqualTo(401);
    }

    static Stream<Endpoint> writes() {
        return endpoints().filter(Endpoint::write).filter(e -> e.audience() == Audience.CONFIGURERS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void aWriteWithoutWebSudoIsRefusedAndNothingChanges(Endpoint endpoint) {
        RestFixture fixture = new RestFixture();
        String templatesBefore = fixture.rules.export();
        String cmdbBefore = fixture.cmdb.export();

        Response response = endpoint.call().apply(fixture, fixture.dbaWithoutWebSudo);

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(body(response).get("webSudoRequired").getAsBoolean()).isTrue();
        assertThat(fixture.rules.export()).isEqualTo(templatesBefore);
        assertThat(fixture.cmdb.export()).isEqualTo(cmdbBefore);
    }

    @org.junit.jupiter.api.Test
    void aJiraAdministratorConfiguresWithoutBeingInTheDbaGroup() {
        RestFixture fixture = new RestFixture();

        assertThat(fixture.templatesResource().list(fixture.admin).getStatus()).isEqualTo(200);
    }

    @org.junit.jupiter.api.Test
    void withoutADbaGroupOnlyJiraAdministratorsConfigure() {
        RestFixture fixture = new RestFixture();
        fixture.settings.setDbaGroup("admin", "");

        assertThat(fixture.templatesResource().list(fixture.dba).getStatus()).isEqualTo(403);
        assertThat(fixture.templatesResource().list(fixture.admin).getStatus()).isEqualTo(200);
    }

    @org.junit.jupiter.api.Test
    void everyResourceMethodIsInTheTable() {
        long methods = Stream.of(RulesResource.class, TemplatesResource.class, AssignmentsResource.class,
                        CmdbResource.class, AuditLogResource.class, SettingsResource.class)
                .flatMap(c -> Stream.of(c.getDeclaredMethods()))
                .filter(m -> List.of(javax.ws.rs.GET.class, javax.ws.rs.POST.class, javax.ws.rs.PUT.class,
                        javax.ws.rs.DELETE.class).stream().anyMatch(m::isAnnotationPresent))
                .count();

        assertThat(endpoints().count()).isEqualTo(methods);
    }
}
