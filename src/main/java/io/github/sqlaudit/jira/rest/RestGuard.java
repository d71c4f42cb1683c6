package io.github.sqlaudit.jira.rest;

import java.util.List;
import java.util.function.Function;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.atlassian.sal.api.websudo.WebSudoManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

import io.github.sqlaudit.config.CmdbRejectedException;
import io.github.sqlaudit.config.ConflictException;
import io.github.sqlaudit.config.NotFoundException;
import io.github.sqlaudit.jira.admin.AdminAccess;
import io.github.sqlaudit.jira.admin.AdminAccess.Verdict;
import io.github.sqlaudit.jira.admin.Messages;
import io.github.sqlaudit.rules.RuleConfigurationException;

/**
 * Every REST call goes through here: the permission check in code (Jira's own "licensed users only" default
 * is not enough: configuration is for administrators and the DBA group), web-sudo for writes, and the
 * translation of the core's refusals into statuses with a JSON body naming the field: 400 validation,
 * 404 unknown, 409 conflict.
 */
public final class RestGuard {

    private static final Logger LOG = LoggerFactory.getLogger(RestGuard.class);

    /** What a call needs. */
    public enum Need {
        /** Any logged-in user (the rule catalog). */
        LOGGED_IN(false),
        /** Read the configuration: Jira administrators and the DBA group. */
        CONFIGURE_READ(false),
        /** Change the configuration: the same people, in a web-sudo (secure administrator) session. */
        CONFIGURE_WRITE(true),
        /** Change who may configure: Jira administrators only, in a web-sudo session. */
        ADMINISTER_WRITE(true);

        final boolean write;

        Need(boolean write) {
            this.write = write;
        }
    }

    private final AdminAccess access;
    private final WebSudoManager webSudo;
    private final Messages messages;

    public RestGuard(AdminAccess access, WebSudoManager webSudo, Messages messages) {
        this.access = access;
        this.webSudo = webSudo;
        this.messages = messages;
    }

    /** Runs {@code call} with the caller's user name if the request may, else answers 401 or 403. */
    public Response call(HttpServletRequest request, Need need, Function<String, Response> call) {
        Verdict verdict = switch (need) {
            case LOGGED_IN -> access.toRead(request);
            case CONFIGURE_READ, CONFIGURE_WRITE -> access.toConfigure(request);
            case ADMINISTER_WRITE -> access.toAdminister(request);
        };
        if (verdict == Verdict.NOT_LOGGED_IN) {
            return error(401, messages.text("sqlaudit.rest.error.login"), List.of());
        }
        if (verdict == Verdict.FORBIDDEN) {
            return error(403, messages.text(need == Need.ADMINISTER_WRITE
                    ? "sqlaudit.rest.error.admin" : "sqlaudit.rest.error.forbidden"), List.of());
        }
        if (need.write && !webSudo.canExecuteRequest(request)) {
            JsonObject body = RestJson.error(401, messages.text("sqlaudit.rest.error.websudo"), List.of());
            body.addProperty("webSudoRequired", true);
            return json(401, body);
        }
        String user = access.caller(request).orElseThrow().getUsername();
        try {
            return call.apply(user);
        } catch (RuleConfigurationException e) {
            return error(400, messages.text("sqlaudit.rest.error.invalid"), List.of(RestJson.fieldError(e)));
        } catch (CmdbRejectedException e) {
            return error(400, messages.text("sqlaudit.rest.error.invalid"),
                    e.errors().stream().map(RestJson::fieldError).toList());
        } catch (NotFoundException e) {
            return error(404, e.getMessage(), List.of());
        } catch (ConflictException e) {
            return error(409, e.getMessage(), List.of(RestJson.fieldError(e.field(), null, e.getMessage())));
        } catch (IllegalStateException e) {
            // A store that cannot be opened (no CMDB key, for example): say what, keep the details in the log.
            LOG.error("SQL Audit REST call failed", e);
            return error(500, e.getMessage(), List.of());
        }
    }

    public static Response ok(JsonObject body) {
        return json(200, body);
    }

    public static Response json(int status, JsonObject body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(RestJson.toJson(body)).build();
    }

    private static Response error(int status, String message, List<JsonObject> errors) {
        return json(status, RestJson.error(status, message, errors));
    }
}
