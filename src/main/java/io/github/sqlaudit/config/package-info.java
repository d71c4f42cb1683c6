/**
 * The DBAs' configuration as the admin pages and the REST API change it: rule templates, their assignment
 * to projects and environments, the CMDB, and the audit log of every change (who, when, old and new value).
 * Plain Java behind two ports, {@link io.github.sqlaudit.config.ConfigurationStore} and
 * {@link io.github.sqlaudit.config.AuditLog}, which Jira backs with Active Objects tables.
 */
package io.github.sqlaudit.config;
