package io.github.sqlaudit.jira.rest;

import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.google.gson.Gson;

import io.github.sqlaudit.jira.panel.Reaudit;

/**
 * {@code POST /rest/sqlaudit/1.0/reaudit/{issueKey}}: the panel's "Re-audit" button. No access annotation:
 * Jira 10's REST v2 then admits licensed users only, and {@link Reaudit} checks the issue permissions.
 * The browser sends {@code X-Atlassian-Token: no-check} (Jira's XSRF check for REST POSTs).
 */
@Path("reaudit")
public class ReauditResource {

    private static final Gson GSON = new Gson();

    private final Reaudit reaudit;
    private final JiraAuthenticationContext authentication;

    public ReauditResource(Reaudit reaudit, JiraAuthenticationContext authentication) {
        this.reaudit = reaudit;
        this.authentication = authentication;
    }

    @POST
    @Path("{issueKey}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response reaudit(@PathParam("issueKey") String issueKey) {
        Reaudit.Result result = reaudit.run(issueKey, authentication.getLoggedInUser());
        return Response.status(result.httpStatus()).entity(GSON.toJson(result.body())).type(MediaType.APPLICATION_JSON).build();
    }
}
