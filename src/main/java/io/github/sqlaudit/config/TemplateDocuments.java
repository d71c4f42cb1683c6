package io.github.sqlaudit.config;

import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.github.sqlaudit.rules.RuleCatalog;
import io.github.sqlaudit.rules.RuleConfigurationException;
import io.github.sqlaudit.rules.config.RuleTemplate;
import io.github.sqlaudit.rules.config.RuleTemplates;
import io.github.sqlaudit.rules.config.TemplatesJson;

/**
 * One template as a JSON object, in exactly the shape it has inside an exported templates file
 * ({@code {"name": ..., "description": ..., "rules": {...}, "customRules": [...]}}). Reading goes through
 * {@link TemplatesJson}, so a stored template, a REST body and an imported file are checked by the same code
 * and fail with the same field paths.
 */
public final class TemplateDocuments {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final RuleCatalog catalog;
    private final TemplatesJson templatesJson;

    public TemplateDocuments(RuleCatalog catalog) {
        this.catalog = catalog;
        this.templatesJson = new TemplatesJson(catalog);
    }

    public String write(RuleTemplate template) {
        return GSON.toJson(object(template));
    }

    /** The template as a JSON object, for embedding in a larger answer. */
    public JsonObject object(RuleTemplate template) {
        RuleTemplates alone = template.name().equals(RuleTemplates.DEFAULT)
                ? new RuleTemplates(catalog, template, List.of(), List.of())
                : new RuleTemplates(catalog, RuleTemplate.named(RuleTemplates.DEFAULT), List.of(template), List.of());
        JsonArray templates = JsonParser.parseString(templatesJson.write(alone)).getAsJsonObject()
                .getAsJsonArray("templates");
        for (JsonElement element : templates) {
            if (element.getAsJsonObject().get("name").getAsString().equals(template.name())) {
                return element.getAsJsonObject();
            }
        }
        throw new IllegalStateException("template '" + template.name() + "' missing from its own export");
    }

    /**
     * Reads one template object.
     *
     * @throws RuleConfigurationException naming the field inside the template ({@code rules.DML-001.severity})
     */
    public RuleTemplate read(String json) {
        JsonElement element;
        try {
            element = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new RuleConfigurationException("$", "not valid JSON: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        if (!element.isJsonObject()) {
            throw new RuleConfigurationException("$", "expected a template object, got " + element);
        }
        if (!element.getAsJsonObject().has("name")) {
            throw new RuleConfigurationException("name", "a template needs a name");
        }
        JsonObject document = new JsonObject();
        document.addProperty("schemaVersion", TemplatesJson.SCHEMA_VERSION);
        JsonArray templates = new JsonArray();
        templates.add(element);
        document.add("templates", templates);
        RuleTemplates read;
        try {
            read = templatesJson.read(GSON.toJson(document));
        } catch (RuleConfigurationException e) {
            throw withinTemplate(e);
        }
        String name = element.getAsJsonObject().get("name").getAsString();
        return read.template(name).orElseThrow();
    }

    /** {@code templates[prod].rules.X.value} → {@code rules.X.value}: the caller sent one template, not a file. */
    private static RuleConfigurationException withinTemplate(RuleConfigurationException e) {
        String field = e.field().replaceFirst("^templates\\[[^\\]]*\\]\\.?", "");
        if (field.equals(e.field())) {
            return e;
        }
        RuleConfigurationException moved = new RuleConfigurationException(field.isEmpty() ? "$" : field,
                e.ruleCode().orElse(null), e.problem());
        moved.setStackTrace(e.getStackTrace());
        return moved;
    }
}
