package io.github.sqlaudit.jira.rest;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.github.sqlaudit.cmdb.Finding;
import io.github.sqlaudit.cmdb.RecordError;
import io.github.sqlaudit.config.ConfigChange;
import io.github.sqlaudit.rules.Rule;
import io.github.sqlaudit.rules.RuleCatalog;
import io.github.sqlaudit.rules.RuleConfig;
import io.github.sqlaudit.rules.RuleConfigurationException;
import io.github.sqlaudit.rules.RuleSpec;
import io.github.sqlaudit.rules.config.Assignment;
import io.github.sqlaudit.rules.config.RuleTemplate;
import io.github.sqlaudit.rules.config.RuleTemplates;
import io.github.sqlaudit.rules.config.TemplatesJson;
import io.github.sqlaudit.config.TemplateDocuments;

/**
 * Every JSON body of the REST API. Each answer is an object carrying {@code "schemaVersion": 1}; a later
 * incompatible shape gets a new number, so clients can tell. Request bodies are read strictly: an unknown
 * member is an error naming it.
 */
public final class RestJson {

    public static final int SCHEMA_VERSION = 1;

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private RestJson() {
    }

    public static String toJson(JsonElement element) {
        return GSON.toJson(element);
    }

    static JsonObject answer() {
        JsonObject json = new JsonObject();
        json.addProperty("schemaVersion", SCHEMA_VERSION);
        return json;
    }

    // ---------------------------------------------------------------- rules

    public static JsonObject catalog(RuleCatalog catalog) {
        JsonObject json = answer();
        JsonArray rules = new JsonArray();
        for (Rule rule : catalog.rules()) {
            RuleSpec spec = rule.spec();
            JsonObject entry = new JsonObject();
            entry.addProperty("code", spec.code());
            entry.addProperty("name", spec.name());
            entry.addProperty("rationale", spec.rationale());
            entry.addProperty("family", spec.family().name());
            entry.addProperty("valueType", spec.valueType().name());
            entry.addProperty("valueMeaning", spec.valueMeaning());
            entry.add("defaultValue", TemplatesJson.value(spec.defaultValue()));
            entry.addProperty("defaultSeverity", spec.defaultSeverity().name());
            entry.addProperty("defaultEnabled", spec.defaultEnabled());
            JsonArray dialects = new JsonArray();
            spec.dialects().stream().map(Enum::name).sorted().forEach(dialects::add);
            entry.add("dialects", dialects);
            entry.addProperty("needsTarget", spec.needsTarget());
            rules.add(entry);
        }
        json.add("rules", rules);
        return json;
    }

    // ---------------------------------------------------------------- templates

    public static JsonObject templateList(RuleTemplates templates) {
        JsonObject json = answer();
        JsonArray list = new JsonArray();
        list.add(templateSummary(templates.defaultTemplate(), templates.assignments()));
        templates.templates().forEach(t -> list.add(templateSummary(t, templates.assignments())));
        json.add("templates", list);
        return json;
    }

    private static JsonObject templateSummary(RuleTemplate template, List<Assignment> assignments) {
        JsonObject entry = new JsonObject();
        entry.addProperty("name", template.name());
        entry.addProperty("description", template.description());
        entry.addProperty("overriddenRules", template.rules().size());
        entry.addProperty("customRules", template.customRules().size());
        entry.add("assignments", assignmentArray(assignments.stream()
                .filter(a -> a.template().equals(template.name())).toList()));
        return entry;
    }

    /**
     * A template as stored ({@code template}: only what it overrides, the import/export shape) and its
     * effective settings per rule, each with {@code overridden} (set by this template) and
     * {@code differsFromDefault} (differs from what the default template gives).
     */
    public static JsonObject template(RuleTemplates templates, String name, TemplateDocuments documents) {
        RuleTemplate template = templates.template(name).orElseThrow();
        Map<String, RuleConfig> effective = templates.resolve(name).configs();
        Map<String, RuleConfig> defaults = templates.resolve(RuleTemplates.DEFAULT).configs();
        JsonObject json = answer();
        json.add("template", documents.object(template));
        JsonArray rules = new JsonArray();
        effective.forEach((code, config) -> {
            JsonObject entry = new JsonObject();
            entry.addProperty("code", code);
            entry.add("value", TemplatesJson.value(config.value()));
            entry.addProperty("description", config.description());
            entry.addProperty("severity", config.severity().name());
            entry.addProperty("enabled", config.enabled());
            entry.addProperty("shadow", config.shadow());
            entry.addProperty("overridden", template.rules().containsKey(code));
            entry.addProperty("differsFromDefault", !config.equals(defaults.get(code)));
            rules.add(entry);
        });
        json.add("effectiveRules", rules);
        return json;
    }

    // ---------------------------------------------------------------- assignments

    public static JsonObject assignments(List<Assignment> assignments) {
        JsonObject json = answer();
        json.add("assignments", assignmentArray(assignments));
        return json;
    }

    private static JsonArray assignmentArray(List<Assignment> assignments) {
        JsonArray list = new JsonArray();
        for (Assignment assignment : assignments) {
            JsonObject entry = new JsonObject();
            entry.addProperty("project", assignment.project());
            entry.addProperty("environment", assignment.environment());
            entry.addProperty("template", assignment.template());
            list.add(entry);
        }
        return list;
    }

    // ---------------------------------------------------------------- CMDB

    public static JsonObject records(String section, List<JsonObject> records) {
        JsonObject json = answer();
        json.addProperty("section", section);
        JsonArray list = new JsonArray();
        records.forEach(list::add);
        json.add("records", list);
        return json;
    }

    public static JsonObject record(String section, JsonObject record) {
        JsonObject json = answer();
        json.addProperty("section", section);
        json.add("record", record);
        return json;
    }

    public static JsonObject findings(List<Finding> findings) {
        JsonObject json = answer();
        JsonArray list = new JsonArray();
        for (Finding finding : findings) {
            JsonObject entry = new JsonObject();
            entry.addProperty("kind", finding.kind().name());
            entry.addProperty("subject", finding.subject());
            entry.addProperty("message", finding.message());
            list.add(entry);
        }
        json.addProperty("complete", findings.isEmpty());
        json.add("findings", list);
        return json;
    }

    // ---------------------------------------------------------------- audit log, settings

    public static JsonObject auditLog(List<ConfigChange> changes, int offset, int total) {
        JsonObject json = answer();
        json.addProperty("offset", offset);
        json.addProperty("total", total);
        JsonArray list = new JsonArray();
        for (ConfigChange change : changes) {
            JsonObject entry = new JsonObject();
            entry.addProperty("at", change.at().toString());
            entry.addProperty("user", change.user());
            entry.addProperty("area", change.area().name());
            entry.addProperty("subject", change.subject());
            entry.addProperty("oldValue", change.oldValue());
            entry.addProperty("newValue", change.newValue());
            list.add(entry);
        }
        json.add("changes", list);
        return json;
    }

    public static JsonObject settings(String dbaGroup) {
        JsonObject json = answer();
        json.add("dbaGroup", dbaGroup == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(dbaGroup));
        return json;
    }

    public static JsonObject done(String message) {
        JsonObject json = answer();
        json.addProperty("message", message);
        return json;
    }

    // ---------------------------------------------------------------- errors

    /** {@code {"status": 400, "message": ..., "errors": [{"field": ..., "ruleCode": ..., "message": ...}]}}. */
    public static JsonObject error(int status, String message, List<JsonObject> errors) {
        JsonObject json = answer();
        json.addProperty("status", status);
        json.addProperty("message", message);
        JsonArray list = new JsonArray();
        errors.forEach(list::add);
        json.add("errors", list);
        return json;
    }

    public static JsonObject fieldError(String field, String ruleCode, String message) {
        JsonObject entry = new JsonObject();
        entry.addProperty("field", field);
        if (ruleCode != null) {
            entry.addProperty("ruleCode", ruleCode);
        }
        entry.addProperty("message", message);
        return entry;
    }

    public static JsonObject fieldError(RuleConfigurationException e) {
        return fieldError(e.field(), e.ruleCode().orElse(null), e.problem());
    }

    /** A CMDB record error: {@code field} is the record ({@code dataServices[0] 'orders'}), the message names the member. */
    public static JsonObject fieldError(RecordError error) {
        JsonObject entry = fieldError(error.record().isEmpty() ? "$" : error.record(), null, error.message());
        if (error.line() > 0) {
            entry.addProperty("line", error.line());
        }
        return entry;
    }

    // ---------------------------------------------------------------- reading bodies

    /**
     * The body as a JSON object with only the {@code allowed} members.
     *
     * @throws RuleConfigurationException naming the member at fault
     */
    public static JsonObject object(String body, Set<String> allowed) {
        JsonElement element;
        try {
            element = JsonParser.parseString(body == null ? "" : body);
        } catch (JsonParseException e) {
            throw new RuleConfigurationException("$", "not valid JSON: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        if (!element.isJsonObject()) {
            throw new RuleConfigurationException("$", "expected a JSON object, got " + (element.isJsonNull() ? "nothing" : element));
        }
        JsonObject json = element.getAsJsonObject();
        if (allowed != null) {
            for (String member : json.keySet()) {
                if (!allowed.contains(member)) {
                    throw new RuleConfigurationException(member, "unknown member (known: "
                            + String.join(", ", allowed.stream().sorted().toList()) + ")");
                }
            }
        }
        return json;
    }

    /** A required string member. */
    public static String string(JsonObject json, String member) {
        JsonElement value = json.get(member);
        if (value == null || value.isJsonNull()) {
            throw new RuleConfigurationException(member, "is required");
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new RuleConfigurationException(member, "expected a string, got " + value);
        }
        return value.getAsString();
    }
}
