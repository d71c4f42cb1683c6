/**
 * What DBAs configure: per-rule settings, templates that inherit from the default template, their assignment
 * to Jira projects and environments, custom rules, waivers, and the JSON format they are exchanged in.
 */
package io.github.sqlaudit.rules.config;
