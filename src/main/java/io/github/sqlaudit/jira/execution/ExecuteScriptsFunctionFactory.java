package io.github.sqlaudit.jira.execution;

import java.util.LinkedHashMap;
import java.util.Map;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginFunctionFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;

/**
 * The post-function's configuration screens: the values the input, edit and view templates show, and the
 * descriptor arguments stored from the form. Templates read plain strings and booleans only.
 */
public final class ExecuteScriptsFunctionFactory extends AbstractWorkflowPluginFactory
        implements WorkflowPluginFunctionFactory {

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.putAll(values(ExecutionSettings.defaults()));
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.putAll(values(settingsOf(descriptor)));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.putAll(values(settingsOf(descriptor)));
    }

    /**
     * The arguments Jira stores on the descriptor. A wrong value throws {@link IllegalArgumentException}
     * naming the field; Jira shows it on the form.
     */
    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return ExecutionSettings.fromForm(formParams).toArgs();
    }

    static ExecutionSettings settingsOf(AbstractDescriptor descriptor) {
        if (!(descriptor instanceof FunctionDescriptor function)) {
            throw new IllegalArgumentException("expected a function descriptor, got " + descriptor);
        }
        return ExecutionSettings.fromArgs(function.getArgs());
    }

    /** Template values, keyed without the {@code sqlaudit.execute.} prefix (Velocity names cannot hold dots). */
    static Map<String, Object> values(ExecutionSettings settings) {
        Map<String, Object> values = new LinkedHashMap<>();
        settings.toArgs().forEach((key, value) -> values.put(key.substring("sqlaudit.execute.".length()), value));
        values.put("stopOnErrorChecked", settings.stopOnError());
        values.put("allowWarningsChecked", settings.allowWarnings());
        return values;
    }
}
