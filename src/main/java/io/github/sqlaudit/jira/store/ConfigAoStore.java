package io.github.sqlaudit.jira.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.atlassian.activeobjects.external.ActiveObjects;

import io.github.sqlaudit.config.AuditLog;
import io.github.sqlaudit.config.ConfigChange;
import io.github.sqlaudit.config.ConfigurationStore;
import io.github.sqlaudit.rules.config.Assignment;

import net.java.ao.DBParam;
import net.java.ao.Query;

/** Templates, assignments, settings and the audit log in Active Objects tables (shared by every Jira node). */
public final class ConfigAoStore implements ConfigurationStore, AuditLog {

    private final ActiveObjects ao;

    public ConfigAoStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }

    @Override
    public Map<String, String> templateDocuments() {
        Map<String, String> documents = new LinkedHashMap<>();
        for (ConfigTemplate row : ao.find(ConfigTemplate.class, Query.select().order("ID"))) {
            documents.put(row.getName(), row.getDocument());
        }
        return documents;
    }

    @Override
    public void putTemplate(String name, String document) {
        ConfigTemplate[] rows = ao.find(ConfigTemplate.class, "NAME = ?", name);
        if (rows.length == 0) {
            ao.create(ConfigTemplate.class, new DBParam("NAME", name), new DBParam("DOCUMENT", document));
        } else {
            rows[0].setDocument(document);
            rows[0].save();
        }
    }

    @Override
    public void removeTemplate(String name) {
        ao.deleteWithSQL(ConfigTemplate.class, "NAME = ?", name);
    }

    @Override
    public List<Assignment> assignments() {
        List<Assignment> assignments = new ArrayList<>();
        for (ConfigAssignment row : ao.find(ConfigAssignment.class, Query.select().order("ID"))) {
            assignments.add(new Assignment(row.getProject(), row.getEnvironment(), row.getTemplateName()));
        }
        return assignments;
    }

    @Override
    public void putAssignment(Assignment assignment) {
        ConfigAssignment[] rows = ao.find(ConfigAssignment.class, "PROJECT = ? AND ENVIRONMENT = ?",
                assignment.project(), assignment.environment());
        if (rows.length == 0) {
            ao.create(ConfigAssignment.class, new DBParam("PROJECT", assignment.project()),
                    new DBParam("ENVIRONMENT", assignment.environment()),
                    new DBParam("TEMPLATE_NAME", assignment.template()));
        } else {
            rows[0].setTemplateName(assignment.template());
            rows[0].save();
        }
    }

    @Override
    public void removeAssignment(String project, String environment) {
        ao.deleteWithSQL(ConfigAssignment.class, "PROJECT = ? AND ENVIRONMENT = ?", project, environment);
    }

    @Override
    public Optional<String> setting(String key) {
        ConfigSetting[] rows = ao.find(ConfigSetting.class, "SETTING_KEY = ?", key);
        return rows.length == 0 ? Optional.empty() : Optional.ofNullable(rows[0].getSettingValue());
    }

    @Override
    public void putSetting(String key, String value) {
        ConfigSetting[] rows = ao.find(ConfigSetting.class, "SETTING_KEY = ?", key);
        if (rows.length == 0) {
            ao.create(ConfigSetting.class, new DBParam("SETTING_KEY", key), new DBParam("SETTING_VALUE", value));
        } else {
            rows[0].setSettingValue(value);
            rows[0].save();
        }
    }

    @Override
    public void record(ConfigChange change) {
        ao.create(ConfigAuditEntry.class,
                new DBParam("CHANGED_AT", change.at().toEpochMilli()),
                new DBParam("USER_KEY", change.user()),
                new DBParam("AREA", change.area().name()),
                new DBParam("SUBJECT", change.subject()),
                new DBParam("OLD_VALUE", change.oldValue()),
                new DBParam("NEW_VALUE", change.newValue()));
    }

    @Override
    public List<ConfigChange> latest(int offset, int limit) {
        List<ConfigChange> changes = new ArrayList<>();
        ConfigAuditEntry[] rows = ao.find(ConfigAuditEntry.class,
                Query.select().order("CHANGED_AT DESC, ID DESC").offset(offset).limit(limit));
        for (ConfigAuditEntry row : rows) {
            changes.add(new ConfigChange(Instant.ofEpochMilli(row.getChangedAt()), row.getUserKey(),
                    ConfigChange.Area.valueOf(row.getArea()), row.getSubject(),
                    row.getOldValue(), row.getNewValue()));
        }
        return changes;
    }

    @Override
    public int size() {
        return ao.count(ConfigAuditEntry.class, Query.select());
    }
}
