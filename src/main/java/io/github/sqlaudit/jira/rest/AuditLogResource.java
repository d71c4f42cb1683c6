package io.github.sqlaudit.jira.rest;

import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.github.sqlaudit.config.AuditLog;
import io.github.sqlaudit.jira.rest.RestGuard.Need;
import io.github.sqlaudit.rules.RuleConfigurationException;

/** {@code GET /rest/sqlaudit/1.0/audit-log?offset=0&limit=50}: configuration changes, newest first. */
@Path("audit-log")
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {

    static final int MAX_LIMIT = 500;

    private final RestGuard guard;
    private final AuditLog auditLog;

    @Inject
    public AuditLogResource(RestGuard guard, AuditLog auditLog) {
        this.guard = guard;
        this.auditLog = auditLog;
    }

    @GET
    public Response latest(@Context HttpServletRequest request, @QueryParam("offset") @DefaultValue("0") int offset,
                           @QueryParam("limit") @DefaultValue("50") int limit) {
        return guard.call(request, Need.CONFIGURE_READ, user -> {
            if (offset < 0) {
                throw new RuleConfigurationException("offset", "expected 0 or more, got " + offset);
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new RuleConfigurationException("limit", "expected 1 to " + MAX_LIMIT + ", got " + limit);
            }
            return RestGuard.ok(RestJson.auditLog(auditLog.latest(offset, limit), offset, auditLog.size()));
        });
    }
}
