package io.github.sqlaudit.jira.rest;

import java.util.Set;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.github.sqlaudit.config.PluginSettings;
import io.github.sqlaudit.jira.rest.RestGuard.Need;

/**
 * {@code /rest/sqlaudit/1.0/settings}: the DBA group. Readable by whoever configures; changed by Jira
 * administrators only, so the DBA group cannot widen itself.
 */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private final RestGuard guard;
    private final PluginSettings settings;

    @Inject
    public SettingsResource(RestGuard guard, PluginSettings settings) {
        this.guard = guard;
        this.settings = settings;
    }

    @GET
    public Response read(@Context HttpServletRequest request) {
        return guard.call(request, Need.CONFIGURE_READ, user -> RestGuard.ok(RestJson.settings(settings.dbaGroup().orElse(null))));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@Context HttpServletRequest request, String body) {
        return guard.call(request, Need.ADMINISTER_WRITE, user -> {
            var json = RestJson.object(body, Set.of("dbaGroup"));
            String group = json.has("dbaGroup") && !json.get("dbaGroup").isJsonNull()
                    ? RestJson.string(json, "dbaGroup") : "";
            settings.setDbaGroup(user, group);
            return RestGuard.ok(RestJson.settings(settings.dbaGroup().orElse(null)));
        });
    }
}
