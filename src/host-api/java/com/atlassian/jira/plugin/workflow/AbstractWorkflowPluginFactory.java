package com.atlassian.jira.plugin.workflow;

import java.util.Map;

import com.opensymphony.workflow.loader.AbstractDescriptor;

/**
 * Compile-only stand-in of Jira's base factory (an abstract class, as the real one): Jira's
 * {@code getVelocityParams} calls the three template methods by resource name.
 */
public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {

    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);
}
