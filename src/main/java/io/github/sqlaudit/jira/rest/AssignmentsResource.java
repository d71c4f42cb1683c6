package io.github.sqlaudit.jira.rest;

import java.util.Set;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.github.sqlaudit.config.RuleConfiguration;
import io.github.sqlaudit.jira.rest.RestGuard.Need;
import io.github.sqlaudit.rules.config.Assignment;

/**
 * Which template audits a project in an environment: {@code /rest/sqlaudit/1.0/assignments}, and
 * {@code PUT|DELETE .../assignments/{project}/{environment}} ({@code *} for any) with {@code {"template": "prod"}}.
 */
@Path("assignments")
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentsResource {

    private final RestGuard guard;
    private final RuleConfiguration rules;

    @Inject
    public AssignmentsResource(RestGuard guard, RuleConfiguration rules) {
        this.guard = guard;
        this.rules = rules;
    }

    @GET
    public Response list(@Context HttpServletRequest request) {
        return guard.call(request, Need.CONFIGURE_READ, user -> RestGuard.ok(RestJson.assignments(rules.assignments())));
    }

    @PUT
    @Path("{project}/{environment}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@Context HttpServletRequest request, @PathParam("project") String project,
                           @PathParam("environment") String environment, String body) {
        return guard.call(request, Need.CONFIGURE_WRITE, user -> {
            String template = RestJson.string(RestJson.object(body, Set.of("template")), "template");
            rules.assign(user, new Assignment(project, environment, template));
            return RestGuard.ok(RestJson.assignments(rules.assignments()));
        });
    }

    @DELETE
    @Path("{project}/{environment}")
    public Response unassign(@Context HttpServletRequest request, @PathParam("project") String project,
                             @PathParam("environment") String environment) {
        return guard.call(request, Need.CONFIGURE_WRITE, user -> {
            rules.unassign(user, project, environment);
            return RestGuard.ok(RestJson.assignments(rules.assignments()));
        });
    }
}
