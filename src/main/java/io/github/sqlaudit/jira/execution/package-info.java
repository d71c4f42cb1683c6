/**
 * The execute post-function: its settings and configuration screens, the orchestration that binds a run to
 * the stored audit and executes through the core's {@code execute} package, and the cluster lock.
 */
package io.github.sqlaudit.jira.execution;
