/**
 * The REST API under {@code /rest/sqlaudit/1.0/}: thin JAX-RS resources. Who may call what is decided by
 * {@link io.github.sqlaudit.jira.rest.RestGuard}, the JSON shapes are written by
 * {@link io.github.sqlaudit.jira.rest.RestJson}, the work is done by the core's configuration services.
 */
package io.github.sqlaudit.jira.rest;
