package io.github.sqlaudit.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.github.sqlaudit.rules.config.Assignment;

/**
 * The port through which the configuration services read and write what DBAs configure. Templates are kept
 * as the JSON documents {@link TemplateDocuments} writes, so the stored form is the exported form. Every read
 * goes to the store (several Jira nodes share it: no copy is cached).
 */
public interface ConfigurationStore {

    /** Runs {@code work} in one database transaction: all of its writes happen, or none. */
    <T> T inTransaction(Supplier<T> work);

    /** Template name → its JSON document, in the order the templates were created. */
    Map<String, String> templateDocuments();

    void putTemplate(String name, String document);

    void removeTemplate(String name);

    List<Assignment> assignments();

    /** Adds the assignment, or replaces the one of the same project and environment. */
    void putAssignment(Assignment assignment);

    void removeAssignment(String project, String environment);

    Optional<String> setting(String key);

    void putSetting(String key, String value);
}
