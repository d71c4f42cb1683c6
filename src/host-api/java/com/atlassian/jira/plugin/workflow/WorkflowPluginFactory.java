package com.atlassian.jira.plugin.workflow;

import java.util.Map;

import com.opensymphony.workflow.loader.AbstractDescriptor;

/** Compile-only stand-in of Jira's workflow module factory (an interface, as the real one). */
public interface WorkflowPluginFactory {
    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);

    Map<String, ?> getDescriptorParams(Map<String, Object> formParams);
}
