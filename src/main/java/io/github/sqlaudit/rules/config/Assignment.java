package io.github.sqlaudit.rules.config;

import java.util.Locale;

import io.github.sqlaudit.rules.RuleConfigurationException;

/**
 * Which template audits the tickets of a Jira project in an environment. {@value #ANY} stands for every project or
 * every environment; the most specific assignment wins (see {@link RuleTemplates#templateFor}).
 *
 * @param project     a Jira project key ({@code PAY}), stored upper case, or {@value #ANY}
 * @param environment {@code dev}, {@code test}, {@code prod} or any name the DBA defines, stored lower case, or {@value #ANY}
 */
public record Assignment(String project, String environment, String template) {

    public static final String ANY = "*";

    public Assignment {
        if (project == null || !(project.equals(ANY) || project.matches("[A-Za-z][A-Za-z0-9_]{0,254}"))) {
            throw new RuleConfigurationException("project",
                    "expected a Jira project key (letters, digits, '_', starting with a letter) or '*', got '"
                            + project + "'");
        }
        if (environment == null || !(environment.equals(ANY) || environment.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}"))) {
            throw new RuleConfigurationException("environment",
                    "expected an environment name (letters, digits, '_', '.', '-') or '*', got '" + environment + "'");
        }
        if (template == null || template.isBlank()) {
            throw new RuleConfigurationException("template", "an assignment names a template");
        }
        project = project.toUpperCase(Locale.ROOT);
        environment = environment.toLowerCase(Locale.ROOT);
    }

    /** 3 for project and environment, 2 for the project only, 1 for the environment only, 0 for the catch-all. */
    int specificity() {
        return (project.equals(ANY) ? 0 : 2) + (environment.equals(ANY) ? 0 : 1);
    }

    boolean covers(String projectKey, String environmentName) {
        return (project.equals(ANY) || project.equalsIgnoreCase(projectKey))
                && (environment.equals(ANY) || environment.equalsIgnoreCase(environmentName));
    }
}
