package io.github.sqlaudit.rules.config;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import io.github.sqlaudit.rules.CustomRule;
import io.github.sqlaudit.rules.Rule;
import io.github.sqlaudit.rules.RuleCatalog;
import io.github.sqlaudit.rules.RuleConfigurationException;
import io.github.sqlaudit.rules.RuleValue;
import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.rules.ValueType;
import io.github.sqlaudit.sql.StatementKind;

/**
 * Reads and writes {@link RuleTemplates} as JSON, the format DBAs export from one Jira and import into another.
 * The document carries {@value #SCHEMA_VERSION} as {@code schemaVersion}; templates hold only what they override,
 * so inheritance survives the round trip. Reading is strict: an unknown field, a wrong type or an unknown rule code
 * is an error naming the field path and the rule code, never silently ignored.
 */
public final class TemplatesJson {

    public static final int SCHEMA_VERSION = 1;

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final Set<String> DOCUMENT_FIELDS = Set.of("schemaVersion", "templates", "assignments");
    private static final Set<String> TEMPLATE_FIELDS = Set.of("name", "description", "rules", "customRules");
    private static final Set<String> RULE_FIELDS = Set.of("value", "description", "severity", "enabled", "shadow");
    private static final Set<String> CUSTOM_FIELDS = Set.of("code", "name", "message", "severity", "enabled", "shadow",
            "kinds", "objectNamePattern", "textPattern");
    private static final Set<String> ASSIGNMENT_FIELDS = Set.of("project", "environment", "template");

    private final RuleCatalog catalog;

    public TemplatesJson(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    // ---------------------------------------------------------------- writing

    public String write(RuleTemplates templates) {
        JsonObject document = new JsonObject();
        document.addProperty("schemaVersion", SCHEMA_VERSION);
        JsonArray list = new JsonArray();
        list.add(template(templates.defaultTemplate()));
        templates.templates().forEach(t -> list.add(template(t)));
        document.add("templates", list);
        JsonArray assignments = new JsonArray();
        for (Assignment assignment : templates.assignments()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("project", assignment.project());
            entry.addProperty("environment", assignment.environment());
            entry.addProperty("template", assignment.template());
            assignments.add(entry);
        }
        document.add("assignments", assignments);
        return GSON.toJson(document) + "\n";
    }

    private static JsonObject template(RuleTemplate template) {
        JsonObject json = new JsonObject();
        json.addProperty("name", template.name());
        json.addProperty("description", template.description());
        JsonObject rules = new JsonObject();
        template.rules().forEach((code, override) -> rules.add(code, override(override)));
        json.add("rules", rules);
        JsonArray custom = new JsonArray();
        template.customRules().forEach(r -> custom.add(customRule(r)));
        json.add("customRules", custom);
        return json;
    }

    private static JsonObject override(RuleOverride override) {
        JsonObject json = new JsonObject();
        override.value().ifPresent(v -> json.add("value", value(v)));
        override.description().ifPresent(d -> json.addProperty("description", d));
        override.severity().ifPresent(s -> json.addProperty("severity", s.name()));
        override.enabled().ifPresent(e -> json.addProperty("enabled", e));
        override.shadow().ifPresent(s -> json.addProperty("shadow", s));
        return json;
    }

    /** A value in its natural JSON form: number, array of strings, string or boolean. */
    public static JsonElement value(RuleValue value) {
        if (value instanceof RuleValue.Threshold threshold) {
            return new JsonPrimitive(threshold.limit());
        }
        if (value instanceof RuleValue.Names names) {
            JsonArray array = new JsonArray();
            names.values().forEach(array::add);
            return array;
        }
        if (value instanceof RuleValue.Regex regex) {
            return new JsonPrimitive(regex.source());
        }
        if (value instanceof RuleValue.Flag flag) {
            return new JsonPrimitive(flag.on());
        }
        return com.google.gson.JsonNull.INSTANCE;
    }

    private static JsonObject customRule(CustomRule rule) {
        JsonObject json = new JsonObject();
        json.addProperty("code", rule.code());
        json.addProperty("name", rule.name());
        json.addProperty("message", rule.message());
        json.addProperty("severity", rule.severity().name());
        json.addProperty("enabled", rule.enabled());
        json.addProperty("shadow", rule.shadow());
        JsonArray kinds = new JsonArray();
        rule.kinds().stream().sorted().forEach(k -> kinds.add(k.name()));
        json.add("kinds", kinds);
        rule.objectNamePattern().ifPresent(p -> json.addProperty("objectNamePattern", p.source()));
        rule.textPattern().ifPresent(p -> json.addProperty("textPattern", p.source()));
        return json;
    }

    // ---------------------------------------------------------------- reading

    /** @throws RuleConfigurationException naming the field path (and rule code) of the first problem */
    public RuleTemplates read(String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new RuleConfigurationException("$", "not valid JSON: " + rootCause(e).getMessage());
        }
        JsonObject document = object(root, "$", null);
        checkFields(document, DOCUMENT_FIELDS, "$", null);
        checkSchemaVersion(document);
        RuleTemplate defaultTemplate = RuleTemplate.named(RuleTemplates.DEFAULT);
        List<RuleTemplate> others = new ArrayList<>();
        JsonArray templates = array(required(document, "templates", "$", null), "templates", null);
        for (int i = 0; i < templates.size(); i++) {
            RuleTemplate template = readTemplate(templates.get(i), i);
            if (template.name().equals(RuleTemplates.DEFAULT)) {
                defaultTemplate = template;
            } else {
                others.add(template);
            }
        }
        List<Assignment> assignments = new ArrayList<>();
        if (document.has("assignments")) {
            JsonArray list = array(document.get("assignments"), "assignments", null);
            for (int i = 0; i < list.size(); i++) {
                assignments.add(readAssignment(list.get(i), "assignments[" + i + "]"));
            }
        }
        return new RuleTemplates(catalog, defaultTemplate, others, assignments);
    }

    private static void checkSchemaVersion(JsonObject document) {
        JsonElement version = required(document, "schemaVersion", "$", null);
        if (!version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()) {
            throw new RuleConfigurationException("schemaVersion", "expected a whole number, got " + version);
        }
        int number = version.getAsInt();
        if (number > SCHEMA_VERSION) {
            throw new RuleConfigurationException("schemaVersion", "version " + number
                    + " was written by a newer SQL Audit; this one reads up to version " + SCHEMA_VERSION);
        }
        if (number < 1) {
            throw new RuleConfigurationException("schemaVersion", "expected 1 to " + SCHEMA_VERSION + ", got " + number);
        }
    }

    private RuleTemplate readTemplate(JsonElement element, int index) {
        String indexPath = "templates[" + index + "]";
        JsonObject json = object(element, indexPath, null);
        String name = string(required(json, "name", indexPath, null), indexPath + ".name", null);
        String path = "templates[" + name + "]";
        checkFields(json, TEMPLATE_FIELDS, path, null);
        String description = json.has("description")
                ? string(json.get("description"), path + ".description", null) : "";
        Map<String, RuleOverride> rules = new LinkedHashMap<>();
        if (json.has("rules")) {
            JsonObject ruleObject = object(json.get("rules"), path + ".rules", null);
            for (Map.Entry<String, JsonElement> entry : ruleObject.entrySet()) {
                String code = entry.getKey();
                rules.put(code, readOverride(entry.getValue(), path + ".rules." + code, code));
            }
        }
        List<CustomRule> customRules = new ArrayList<>();
        if (json.has("customRules")) {
            JsonArray list = array(json.get("customRules"), path + ".customRules", null);
            for (int i = 0; i < list.size(); i++) {
                customRules.add(readCustomRule(list.get(i), path + ".customRules[" + i + "]"));
            }
        }
        try {
            return new RuleTemplate(name, description, rules, customRules);
        } catch (RuleConfigurationException e) {
            throw e.under(indexPath);
        }
    }

    private RuleOverride readOverride(JsonElement element, String path, String code) {
        JsonObject json = object(element, path, code);
        checkFields(json, RULE_FIELDS, path, code);
        Rule rule = catalog.find(code).orElseThrow(() -> new RuleConfigurationException(path, code,
                "unknown rule code"));
        RuleOverride override = RuleOverride.none();
        if (json.has("value")) {
            override = override.value(readValue(json.get("value"), rule.spec().valueType(), path + ".value", code));
        }
        if (json.has("description")) {
            override = override.description(string(json.get("description"), path + ".description", code));
        }
        if (json.has("severity")) {
            override = override.severity(severity(json.get("severity"), path + ".severity", code));
        }
        if (json.has("enabled")) {
            override = override.enabled(bool(json.get("enabled"), path + ".enabled", code));
        }
        if (json.has("shadow")) {
            override = override.shadow(bool(json.get("shadow"), path + ".shadow", code));
        }
        return override;
    }

    private static RuleValue readValue(JsonElement json, ValueType type, String path, String code) {
        try {
            return switch (type) {
                case NONE -> throw new IllegalArgumentException("this rule takes no value");
                case THRESHOLD -> {
                    if (!json.isJsonPrimitive() || !json.getAsJsonPrimitive().isNumber()) {
                        throw new IllegalArgumentException("expected a whole number >= 0, got " + json);
                    }
                    java.math.BigDecimal number = json.getAsBigDecimal();
                    if (number.signum() < 0) {
                        throw new IllegalArgumentException("expected a whole number >= 0, got " + json
                                + " (a threshold cannot be negative)");
                    }
                    try {
                        yield RuleValue.threshold(number.longValueExact());
                    } catch (ArithmeticException e) {
                        throw new IllegalArgumentException("expected a whole number >= 0, got " + json);
                    }
                }
                case LIST -> {
                    if (!json.isJsonArray()) {
                        throw new IllegalArgumentException("expected a list of names such as [\"InnoDB\"], got " + json);
                    }
                    List<String> names = new ArrayList<>();
                    for (JsonElement item : json.getAsJsonArray()) {
                        if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                            throw new IllegalArgumentException("expected a list of names, found the entry " + item);
                        }
                        names.add(item.getAsString());
                    }
                    yield new RuleValue.Names(names);
                }
                case REGEX -> {
                    if (!json.isJsonPrimitive() || !json.getAsJsonPrimitive().isString()) {
                        throw new IllegalArgumentException("expected a regular expression as a string, got " + json);
                    }
                    yield RuleValue.regex(json.getAsString());
                }
                case BOOLEAN -> {
                    if (!json.isJsonPrimitive() || !json.getAsJsonPrimitive().isBoolean()) {
                        throw new IllegalArgumentException("expected true or false, got " + json);
                    }
                    yield RuleValue.flag(json.getAsBoolean());
                }
            };
        } catch (IllegalArgumentException e) {
            throw new RuleConfigurationException(path, code, e.getMessage());
        }
    }

    private static CustomRule readCustomRule(JsonElement element, String indexPath) {
        JsonObject json = object(element, indexPath, null);
        String code = json.has("code") ? string(json.get("code"), indexPath + ".code", null) : null;
        String path = code == null ? indexPath : indexPath.substring(0, indexPath.lastIndexOf('[')) + "[" + code + "]";
        checkFields(json, CUSTOM_FIELDS, path, code);
        Set<StatementKind> kinds = EnumSet.noneOf(StatementKind.class);
        if (json.has("kinds")) {
            JsonArray list = array(json.get("kinds"), path + ".kinds", code);
            for (JsonElement kind : list) {
                String name = string(kind, path + ".kinds", code);
                try {
                    kinds.add(StatementKind.valueOf(name.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new RuleConfigurationException(path + ".kinds", code, "unknown statement kind '" + name
                            + "' (for example SELECT, UPDATE, DELETE, CREATE_TABLE, ALTER_TABLE, DROP_TABLE)");
                }
            }
        }
        try {
            return new CustomRule(
                    code,
                    json.has("name") ? string(json.get("name"), path + ".name", code) : null,
                    json.has("message") ? string(json.get("message"), path + ".message", code) : null,
                    json.has("severity") ? severity(json.get("severity"), path + ".severity", code) : Severity.WARN,
                    !json.has("enabled") || bool(json.get("enabled"), path + ".enabled", code),
                    json.has("shadow") && bool(json.get("shadow"), path + ".shadow", code),
                    kinds,
                    optionalRegex(json, "objectNamePattern", path, code),
                    optionalRegex(json, "textPattern", path, code));
        } catch (RuleConfigurationException e) {
            throw e.field().startsWith(path) ? e : e.under(path);
        }
    }

    private static Optional<RuleValue.Regex> optionalRegex(JsonObject json, String field, String path, String code) {
        if (!json.has(field)) {
            return Optional.empty();
        }
        return Optional.of((RuleValue.Regex) readValue(json.get(field), ValueType.REGEX, path + "." + field, code));
    }

    private static Assignment readAssignment(JsonElement element, String path) {
        JsonObject json = object(element, path, null);
        checkFields(json, ASSIGNMENT_FIELDS, path, null);
        try {
            return new Assignment(
                    string(required(json, "project", path, null), path + ".project", null),
                    string(required(json, "environment", path, null), path + ".environment", null),
                    string(required(json, "template", path, null), path + ".template", null));
        } catch (RuleConfigurationException e) {
            throw e.field().startsWith(path) ? e : e.under(path);
        }
    }

    // ---------------------------------------------------------------- JSON shape helpers

    private static void checkFields(JsonObject json, Set<String> known, String path, String code) {
        for (String field : json.keySet()) {
            if (!known.contains(field)) {
                throw new RuleConfigurationException(path + "." + field, code,
                        "unknown field; expected one of " + new TreeSet<>(known));
            }
        }
    }

    private static JsonElement required(JsonObject json, String field, String path, String code) {
        JsonElement value = json.get(field);
        if (value == null || value.isJsonNull()) {
            String where = path.equals("$") ? field : path + "." + field;
            throw new RuleConfigurationException(where, code, "required field is missing");
        }
        return value;
    }

    private static JsonObject object(JsonElement json, String path, String code) {
        if (json == null || !json.isJsonObject()) {
            throw new RuleConfigurationException(path, code, "expected an object, got " + json);
        }
        return json.getAsJsonObject();
    }

    private static JsonArray array(JsonElement json, String path, String code) {
        if (!json.isJsonArray()) {
            throw new RuleConfigurationException(path, code, "expected a list, got " + json);
        }
        return json.getAsJsonArray();
    }

    private static String string(JsonElement json, String path, String code) {
        if (!json.isJsonPrimitive() || !json.getAsJsonPrimitive().isString()) {
            throw new RuleConfigurationException(path, code, "expected a string, got " + json);
        }
        return json.getAsString();
    }

    private static boolean bool(JsonElement json, String path, String code) {
        if (!json.isJsonPrimitive() || !json.getAsJsonPrimitive().isBoolean()) {
            throw new RuleConfigurationException(path, code, "expected true or false, got " + json);
        }
        return json.getAsBoolean();
    }

    private static Severity severity(JsonElement json, String path, String code) {
        String text = string(json, path, code);
        try {
            return Severity.fromName(text);
        } catch (IllegalArgumentException e) {
            throw new RuleConfigurationException(path, code, e.getMessage());
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
