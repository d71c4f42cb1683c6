package io.github.sqlaudit.jira.rest;

import java.util.Set;

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

import com.google.gson.JsonObject;

import io.github.sqlaudit.config.NotFoundException;
import io.github.sqlaudit.config.RuleConfiguration;
import io.github.sqlaudit.jira.rest.RestGuard.Need;
import io.github.sqlaudit.rules.RuleConfigurationException;
import io.github.sqlaudit.rules.config.RuleOverride;
import io.github.sqlaudit.rules.config.RuleTemplate;
import io.github.sqlaudit.rules.config.RuleTemplates;

/**
 * Rule templates under {@code /rest/sqlaudit/1.0/templates}: list, read (stored overrides and effective
 * settings), create, replace, delete, change one rule, and the whole configuration as a file (export, import).
 * Bodies use the template shape of the templates file (docs/rules.md, docs/rest-api.md).
 */
@Path("templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplatesResource {

    /** Names the API's own addresses take: a template so named could not be read at templates/{name}. */
    private static final Set<String> RESERVED_NAMES = Set.of("export", "import");
    private static final Set<String> RULE_MEMBERS = Set.of("value", "description", "severity", "enabled", "shadow");

    private final RestGuard guard;
    private final RuleConfiguration rules;

    @Inject
    public TemplatesResource(RestGuard guard, RuleConfiguration rules) {
        this.guard = guard;
        this.rules = rules;
    }

    @GET
    public Response list(@Context HttpServletRequest request) {
        return guard.call(request, Need.CONFIGURE_READ, user -> RestGuard.ok(RestJson.templateList(rules.current())));
    }

    @GET
    @Path("export")
    public Response export(@Context HttpServletRequest request) {
        return guard.call(request, Need.CONFIGURE_READ, user -> Response.ok(rules.export(), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"sqlaudit-templates.json\"").build());
    }

    @GET
    @Path("{name}")
    public Response read(@Context HttpServletRequest request, @PathParam("name") String name) {
        return guard.call(request, Need.CONFIGURE_READ, user -> {
            RuleTemplates current = rules.current();
            if (current.template(name).isEmpty()) {
                throw new NotFoundException("template '" + name + "'");
            }
            return RestGuard.ok(RestJson.template(current, name, rules.documents()));
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context HttpServletRequest request, String body) {
        return guard.call(request, Need.CONFIGURE_WRITE, user -> {
            RuleTemplate template = rules.documents().read(body);
            if (RESERVED_NAMES.contains(template.name())) {
                throw new RuleConfigurationException("name", "'" + template.name()
                        + "' is an address of this API (templates/" + template.name() + "); choose another name");
            }
            rules.createTemplate(user, template);
            return RestGuard.json(201, RestJson.template(rules.current(), template.name(), rules.documents()));
        });
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@Context HttpServletRequest request, @PathParam("name") String name, String body) {
        return guard.call(request, Need.CONFIGURE_WRITE, user -> {
            RuleTemplate template = rules.documents().read(body);
            if (!template.name().equals(name)) {
                throw new RuleConfigurationException("name", "the body names template '" + template.name()
                        + "' but the address names '" + name + "'; templates are not renamed");
            }
            rules.replaceTemplate(user, template);
            return RestGuard.ok(RestJson.template(rules.current(), name, rules.documents()));
        });
    }

    @DELETE
    @Path("{name}")
    public Response delete(@Context HttpServletRequest request, @PathParam("name") String name) {
        return guard.call(request, Need.CONFIGURE_WRITE, user -> {
            rules.deleteTemplate(user, name);
            return RestGuard.ok(RestJson.done("template '" + name + "' deleted"));
        });
    }

    /**
     * Sets what the template changes for one rule: a body such as {@code {"severity": "ERROR"}} (the members of
     * a rule in the templates file; {@code {}} makes the rule inherited again). What a click on the rules page sends.
     */
    @PUT
    @Path("{name}/rules/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeRule(@Context HttpServletRequest request, @PathParam("name") String name,
                               @PathParam("code") String code, String body) {
        return guard.call(request, Need.CONFIGURE_WRITE, user -> {
            JsonObject json = RestJson.object(body, RULE_MEMBERS);
            RuleTemplate template = rules.template(name);
            // Read through the template shape, so values are checked against the rule's type as on import.
            JsonObject candidate = new JsonObject();
            candidate.addProperty("name", template.name());
            JsonObject ruleMap = new JsonObject();
            ruleMap.add(code, json);
            candidate.add("rules", ruleMap);
            RuleOverride override;
            try {
                override = rules.documents().read(candidate.toString()).rules().get(code);
            } catch (RuleConfigurationException e) {
                // rules.CODE.severity → severity: the caller sent the rule's members only.
                String field = e.field().replaceFirst("^rules\\." + java.util.regex.Pattern.quote(code) + "\\.?", "");
                throw new RuleConfigurationException(field.isEmpty() ? "$" : field, e.ruleCode().orElse(code), e.problem());
            }
            rules.changeRule(user, name, code, override == null ? RuleOverride.none() : override);
            return RestGuard.ok(RestJson.template(rules.current(), name, rules.documents()));
        });
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importAll(@Context HttpServletRequest request, String body) {
        return guard.call(request, Need.CONFIGURE_WRITE, user -> {
            // The whole file is checked before anything changes; an error names the field.
            RuleTemplates imported = rules.importAll(user, body == null ? "" : body);
            return RestGuard.ok(RestJson.templateList(imported));
        });
    }
}
