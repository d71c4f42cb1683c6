package com.atlassian.jira.plugin.workflow;

/** Compile-only stand-in: the factory type of a workflow-function module; adds nothing. */
public interface WorkflowPluginFunctionFactory extends WorkflowPluginFactory {
}
