package io.github.sqlaudit.jira.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;

import io.github.sqlaudit.rules.Severity;

/**
 * The validator's configuration screens: the values the input, edit and view templates show, and the
 * descriptor arguments stored from the form. Templates read plain strings and booleans only.
 */
public final class SqlAuditValidatorFactory extends AbstractWorkflowPluginFactory implements WorkflowPluginValidatorFactory {

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.putAll(values(ValidatorSettings.defaults()));
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
     * The arguments Jira stores on the descriptor. A wrong value throws {@link IllegalArgumentException} with
     * a message for the administrator; Jira shows it on the form.
     */
    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> formParams) {
        return ValidatorSettings.fromForm(formParams).toArgs();
    }

    static ValidatorSettings settingsOf(AbstractDescriptor descriptor) {
        if (!(descriptor instanceof ValidatorDescriptor validator)) {
            throw new IllegalArgumentException("expected a validator descriptor, got " + descriptor);
        }
        return ValidatorSettings.fromArgs(validator.getArgs());
    }

    /** Template values, keyed without the {@code sqlaudit.} prefix (Velocity names cannot contain dots). */
    static Map<String, Object> values(ValidatorSettings settings) {
        Map<String, Object> values = new LinkedHashMap<>();
        settings.toArgs().forEach((key, value) -> values.put(key.substring("sqlaudit.".length()), value));
        values.put("blockOnWarn", settings.blockOn() == Severity.WARN);
        values.put("requireScriptChecked", settings.requireScript());
        values.put("commentChecked", settings.comment());
        return values;
    }
}
