package io.github.sqlaudit.jira.rest;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.github.sqlaudit.config.RuleConfiguration;
import io.github.sqlaudit.jira.rest.RestGuard.Need;

/** {@code GET /rest/sqlaudit/1.0/rules}: the rule catalog, for any logged-in user. */
@Path("rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {

    private final RestGuard guard;
    private final RuleConfiguration rules;

    @Inject
    public RulesResource(RestGuard guard, RuleConfiguration rules) {
        this.guard = guard;
        this.rules = rules;
    }

    @GET
    public Response catalog(@Context HttpServletRequest request) {
        return guard.call(request, Need.LOGGED_IN, user -> RestGuard.ok(RestJson.catalog(rules.catalog())));
    }
}
