package io.github.sqlaudit.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.github.sqlaudit.rules.config.Assignment;

/**
 * The configuration store and audit log in memory, for tests of the services above them. A transaction
 * rolls back on an exception, as the database does, so tests can check that a refused change left nothing.
 */
public final class InMemoryConfigurationStore implements ConfigurationStore, AuditLog {

    private Map<String, String> templates = new LinkedHashMap<>();
    private List<Assignment> assignments = new ArrayList<>();
    private Map<String, String> settings = new LinkedHashMap<>();
    private List<ConfigChange> changes = new ArrayList<>();

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        Map<String, String> savedTemplates = new LinkedHashMap<>(templates);
        List<Assignment> savedAssignments = new ArrayList<>(assignments);
        Map<String, String> savedSettings = new LinkedHashMap<>(settings);
        List<ConfigChange> savedChanges = new ArrayList<>(changes);
        try {
            return work.get();
        } catch (RuntimeException e) {
            templates = savedTemplates;
            assignments = savedAssignments;
            settings = savedSettings;
            changes = savedChanges;
            throw e;
        }
    }

    @Override
    public Map<String, String> templateDocuments() {
        return new LinkedHashMap<>(templates);
    }

    @Override
    public void putTemplate(String name, String document) {
        templates.put(name, document);
    }

    @Override
    public void removeTemplate(String name) {
        templates.remove(name);
    }

    @Override
    public List<Assignment> assignments() {
        return List.copyOf(assignments);
    }

    @Override
    public void putAssignment(Assignment assignment) {
        removeAssignment(assignment.project(), assignment.environment());
        assignments.add(assignment);
    }

    @Override
    public void removeAssignment(String project, String environment) {
        assignments.removeIf(a -> a.project().equals(project) && a.environment().equals(environment));
    }

    @Override
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    @Override
    public void putSetting(String key, String value) {
        settings.put(key, value);
    }

    @Override
    public void record(ConfigChange change) {
        changes.add(change);
    }

    @Override
    public List<ConfigChange> latest(int offset, int limit) {
        List<ConfigChange> newestFirst = new ArrayList<>(changes);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public int size() {
        return changes.size();
    }
}
