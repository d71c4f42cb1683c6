package io.github.sqlaudit.rules.config;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.github.sqlaudit.rules.RuleConfigurationException;
import io.github.sqlaudit.rules.Waiver;
import io.github.sqlaudit.rules.Waivers;

/**
 * Waivers as JSON, {@code {"schemaVersion": 1, "waivers": [{"ruleCode", "fingerprint", "reason", "author",
 * "expiresAt"}]}} with {@code expiresAt} an ISO-8601 instant ({@code 2026-12-31T00:00:00Z}). Strict like
 * {@link TemplatesJson}: errors name the field path and the rule code.
 */
public final class WaiversJson {

    private static final Set<String> FIELDS = Set.of("ruleCode", "fingerprint", "reason", "author", "expiresAt");

    private WaiversJson() {
    }

    public static String write(Waivers waivers) {
        JsonObject document = new JsonObject();
        document.addProperty("schemaVersion", TemplatesJson.SCHEMA_VERSION);
        JsonArray list = new JsonArray();
        for (Waiver waiver : waivers.all()) {
            JsonObject json = new JsonObject();
            json.addProperty("ruleCode", waiver.ruleCode());
            json.addProperty("fingerprint", waiver.fingerprint());
            json.addProperty("reason", waiver.reason());
            json.addProperty("author", waiver.author());
            json.addProperty("expiresAt", waiver.expiresAt().toString());
            list.add(json);
        }
        document.add("waivers", list);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(document) + "\n";
    }

    /** @throws RuleConfigurationException naming the field path (and rule code) of the first problem */
    public static Waivers read(String text) {
        JsonObject document;
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonObject()) {
                throw new RuleConfigurationException("$", "expected an object, got " + root);
            }
            document = root.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new RuleConfigurationException("$", "not valid JSON: " + e.getMessage());
        }
        JsonElement version = document.get("schemaVersion");
        if (version == null || !version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()
                || version.getAsInt() != TemplatesJson.SCHEMA_VERSION) {
            throw new RuleConfigurationException("schemaVersion", "expected " + TemplatesJson.SCHEMA_VERSION
                    + ", got " + version);
        }
        JsonElement list = document.get("waivers");
        if (list == null || !list.isJsonArray()) {
            throw new RuleConfigurationException("waivers", "expected a list, got " + list);
        }
        List<Waiver> waivers = new ArrayList<>();
        JsonArray array = list.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
            waivers.add(waiver(array.get(i), "waivers[" + i + "]"));
        }
        return Waivers.of(waivers);
    }

    private static Waiver waiver(JsonElement element, String path) {
        if (!element.isJsonObject()) {
            throw new RuleConfigurationException(path, "expected an object, got " + element);
        }
        JsonObject json = element.getAsJsonObject();
        String code = json.has("ruleCode") && json.get("ruleCode").isJsonPrimitive()
                ? json.get("ruleCode").getAsString() : null;
        for (String field : json.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new RuleConfigurationException(path + "." + field, code, "unknown field; expected one of "
                        + new TreeSet<>(FIELDS));
            }
        }
        String expires = string(json, "expiresAt", path, code);
        Instant expiresAt;
        try {
            expiresAt = Instant.parse(expires);
        } catch (DateTimeParseException e) {
            throw new RuleConfigurationException(path + ".expiresAt", code,
                    "expected an ISO-8601 instant such as 2026-12-31T00:00:00Z, got '" + expires + "'");
        }
        String fingerprint = string(json, "fingerprint", path, code);
        String reason = string(json, "reason", path, code);
        String author = string(json, "author", path, code);
        try {
            return new Waiver(code, fingerprint, reason, author, expiresAt);
        } catch (RuleConfigurationException e) {
            throw e.under(path);
        }
    }

    private static String string(JsonObject json, String field, String path, String code) {
        JsonElement value = json.get(field);
        if (value == null || value.isJsonNull()) {
            throw new RuleConfigurationException(path + "." + field, code, "required field is missing");
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new RuleConfigurationException(path + "." + field, code, "expected a string, got " + value);
        }
        return value.getAsString();
    }
}
