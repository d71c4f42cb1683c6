/**
 * Jira administration for DBAs: who may configure (Jira administrators or the DBA group), the admin pages
 * (one servlet, Velocity templates with AUI) and the page models they render from plain maps.
 */
package io.github.sqlaudit.jira.admin;
