/**
 * The execute post-function: its settings and configuration screens, the orchestration that binds a run to
 * the stored audit ({@code ExecuteScripts}, {@code Approvals}), the run of one script with its run
 * row, host steps and comment ({@code ScriptRunner}), the background job for large scripts on
 * atlassian-scheduler ({@code ExecutionScheduler}, {@code ExecutionJob}, {@code ExecutionJobRegistration}),
 * and the cluster lock.
 */
package io.github.sqlaudit.jira.execution;
