package io.github.sqlaudit.jira.rest;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.github.sqlaudit.config.CmdbAdministration;
import io.github.sqlaudit.config.NotFoundException;
import io.github.sqlaudit.jira.rest.RestGuard.Need;

/**
 * The CMDB under {@code /rest/sqlaudit/1.0/cmdb}: the whole file (export without passwords, import), the
 * completeness check, and per section ({@code storage}, {@code hosts}, {@code networks}, {@code dnsRecords},
 * {@code dataServices}, {@code clusters}, {@code connections}, {@code credentials}) list, read, create,
 * replace and delete of one record in its CMDB-file shape.
 */
@Path("cmdb")
@Produces(MediaType.APPLICATION_JSON)
public class CmdbResource {

    private final RestGuard guard;
    private final CmdbAdministration cmdb;

    @Inject
    public CmdbResource(RestGuard guard, CmdbAdministration cmdb) {
        this.guard = guard;
        this.cmdb = cmdb;
    }

    @GET
    @Path("export")
    public Response export(@Context HttpServletRequest request) {
        return guard.call(request, Need.CONFIGURE_READ, user -> Response.ok(cmdb.export(), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"sqlaudit-cmdb.json\"").build());
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importAll(@Context HttpServletRequest request, String body) {
        return guard.call(request, Need.CONFIGURE_WRITE, user -> {
            int records = cmdb.importAll(user, body == null ? "" : body, "import").size();
            return RestGuard.ok(RestJson.done(records + " records imported"));
        });
    }

    /** The completeness check: what review, execution and SSH steps would lack. Changes nothing. */
    @GET
    @Path("validate")
    public Response validate(@Context HttpServletRequest request) {
        return guard.call(request, Need.CONFIGURE_READ, user -> RestGuard.ok(RestJson.findings(cmdb.validate())));
    }

    @GET
    @Path("{section}")
    public Response list(@Context HttpServletRequest request, @PathParam("section") String section) {
        return guard.call(request, Need.CONFIGURE_READ, user -> RestGuard.ok(RestJson.records(section, cmdb.records(section))));
    }

    @GET
    @Path("{section}/{name}")
    public Response read(@Context HttpServletRequest request, @PathParam("section") String section,
                         @PathParam("name") String name) {
        return guard.call(request, Need.CONFIGURE_READ, user -> RestGuard.ok(RestJson.record(section,
                cmdb.record(section, name).orElseThrow(() -> new NotFoundException(section + " '" + name + "'")))));
    }

    @POST
    @Path("{section}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context HttpServletRequest request, @PathParam("section") String section, String body) {
        return guard.call(request, Need.CONFIGURE_WRITE, user -> {
            cmdb.create(user, section, RestJson.object(body, null));
            return RestGuard.json(201, RestJson.records(section, cmdb.records(section)));
        });
    }

    @PUT
    @Path("{section}/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@Context HttpServletRequest request, @PathParam("section") String section,
                            @PathParam("name") String name, String body) {
        return guard.call(request, Need.CONFIGURE_WRITE, user -> {
            cmdb.replace(user, section, name, RestJson.object(body, null));
            return RestGuard.ok(RestJson.records(section, cmdb.records(section)));
        });
    }

    @DELETE
    @Path("{section}/{name}")
    public Response delete(@Context HttpServletRequest request, @PathParam("section") String section,
                           @PathParam("name") String name) {
        return guard.call(request, Need.CONFIGURE_WRITE, user -> {
            cmdb.delete(user, section, name);
            return RestGuard.ok(RestJson.records(section, cmdb.records(section)));
        });
    }
}
