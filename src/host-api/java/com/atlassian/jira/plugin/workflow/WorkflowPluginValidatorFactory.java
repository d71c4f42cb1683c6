package com.atlassian.jira.plugin.workflow;

/** Compile-only stand-in: the factory type of a workflow-validator module; adds nothing. */
public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {
}
