package io.github.sqlaudit.config;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.github.sqlaudit.cmdb.Cmdb;
import io.github.sqlaudit.cmdb.CmdbImport;
import io.github.sqlaudit.cmdb.CmdbJson;
import io.github.sqlaudit.cmdb.CmdbRepository;
import io.github.sqlaudit.cmdb.CompletenessValidator;
import io.github.sqlaudit.cmdb.Finding;
import io.github.sqlaudit.cmdb.Layer;
import io.github.sqlaudit.cmdb.RecordError;
import io.github.sqlaudit.config.ConfigChange.Area;

/**
 * The CMDB as DBAs edit it, one record at a time or as a whole file. A record is the JSON object it is in the
 * CMDB file ({@code docs/cmdb.md}); every change is checked exactly as an import is, references included, so
 * the CMDB never holds a record that an import would refuse. Passwords are accepted on credentials and never
 * returned nor logged.
 *
 * <p>The repository replaces the CMDB in its own transaction; the audit-log entry is written right after it
 * commits (Active Objects transactions are not nested here), so a refused change is never logged.
 */
public final class CmdbAdministration {

    /** The members of the CMDB file that hold records: the seven layers, then the credentials. */
    public static final List<String> SECTIONS = sections();

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private final CmdbRepository repository;
    private final AuditLog auditLog;
    private final Clock clock;

    public CmdbAdministration(CmdbRepository repository, AuditLog auditLog, Clock clock) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    private static List<String> sections() {
        List<String> names = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            names.add(layer.jsonName());
        }
        names.add("credentials");
        return List.copyOf(names);
    }

    /** The whole CMDB as a file, without any password. */
    public String export() {
        return CmdbJson.write(repository.snapshot());
    }

    public JsonObject document() {
        return JsonParser.parseString(export()).getAsJsonObject();
    }

    public List<JsonObject> records(String section) {
        checkSection(section);
        List<JsonObject> records = new ArrayList<>();
        for (JsonElement element : document().getAsJsonArray(section)) {
            records.add(element.getAsJsonObject());
        }
        return records;
    }

    public Optional<JsonObject> record(String section, String name) {
        return records(section).stream().filter(r -> name.equals(nameOf(r))).findFirst();
    }

    public List<Finding> validate() {
        return new CompletenessValidator(repository).validate();
    }

    /** Adds a record; its name must be new in its section. */
    public void create(String user, String section, JsonObject record) {
        checkSection(section);
        change(user, section, nameOf(record), nameOf(record), document -> {
            JsonArray records = document.getAsJsonArray(section);
            if (indexOf(records, nameOf(record)) >= 0) {
                throw new ConflictException("name", describe(section, nameOf(record)) + " already exists");
            }
            records.add(record);
        });
    }

    /** Replaces the record called {@code name}; the body may rename it. */
    public void replace(String user, String section, String name, JsonObject record) {
        checkSection(section);
        change(user, section, name, nameOf(record), document -> {
            JsonArray records = document.getAsJsonArray(section);
            int index = indexOf(records, name);
            if (index < 0) {
                throw new NotFoundException(describe(section, name));
            }
            records.set(index, record);
        });
    }

    /** Removes a record; refused while other records refer to it (the errors name them). */
    public void delete(String user, String section, String name) {
        checkSection(section);
        change(user, section, name, null, document -> {
            JsonArray records = document.getAsJsonArray(section);
            int index = indexOf(records, name);
            if (index < 0) {
                throw new NotFoundException(describe(section, name));
            }
            records.remove(index);
        });
    }

    /**
     * Replaces the whole CMDB with a file: all or nothing.
     *
     * @throws CmdbRejectedException with every refused record; nothing is changed then
     */
    public Cmdb importAll(String user, String json, String source) {
        CmdbImport imported = CmdbJson.read(json, source);
        if (!imported.ok()) {
            throw new CmdbRejectedException(imported.errors());
        }
        String before = export();
        repository.replaceAll(imported.cmdb(), imported.secrets());
        log(user, "the whole CMDB (import of " + imported.cmdb().size() + " records)", before, export());
        return imported.cmdb();
    }

    private interface Edit {
        void apply(JsonObject document);
    }

    /**
     * Applies an edit to the CMDB document, checks the result as an import, stores it and logs the record's
     * old and new value as stored (so a password sent with a credential never reaches the log).
     *
     * @param newName the record's name after the edit; null when the edit removes it
     */
    private void change(String user, String section, String oldName, String newName, Edit edit) {
        JsonObject document = document();
        String before = recordText(document, section, oldName);
        edit.apply(document);
        CmdbImport changed = CmdbJson.read(GSON.toJson(document), section);
        if (!changed.ok()) {
            throw new CmdbRejectedException(changed.errors());
        }
        repository.replaceAll(changed.cmdb(), changed.secrets());
        String after = newName == null ? "" : recordText(document(), section, newName);
        log(user, describe(section, oldName), before, after);
    }

    /** The record as the document holds it (never with a password), or "" when there is none. */
    private static String recordText(JsonObject document, String section, String name) {
        JsonArray records = document.getAsJsonArray(section);
        int index = indexOf(records, name);
        return index < 0 ? "" : GSON.toJson(records.get(index));
    }

    private static int indexOf(JsonArray records, String name) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).isJsonObject() && name != null && name.equals(nameOf(records.get(i).getAsJsonObject()))) {
                return i;
            }
        }
        return -1;
    }

    private static String nameOf(JsonObject record) {
        JsonElement name = record.get("name");
        return name != null && name.isJsonPrimitive() ? name.getAsString() : null;
    }

    private static String describe(String section, String name) {
        return section + " '" + name + "'";
    }

    private static void checkSection(String section) {
        if (!SECTIONS.contains(section)) {
            throw new NotFoundException("CMDB section '" + section + "' (known: " + String.join(", ", SECTIONS) + ")");
        }
    }

    private void log(String user, String subject, String oldValue, String newValue) {
        auditLog.record(new ConfigChange(clock.instant(), user, Area.CMDB, subject, oldValue, newValue));
    }

    /** Errors of a refused change, for callers that show them as a list. */
    public static List<String> messages(List<RecordError> errors) {
        return errors.stream().map(e -> (e.record().isEmpty() ? "" : e.record() + ": ") + e.message()).toList();
    }
}
