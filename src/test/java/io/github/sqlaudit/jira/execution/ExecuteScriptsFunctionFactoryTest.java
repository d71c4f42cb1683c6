package io.github.sqlaudit.jira.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.opensymphony.workflow.loader.FunctionDescriptor;

class ExecuteScriptsFunctionFactoryTest {

    @Test
    void theFormIsStoredAsDescriptorArgumentsAndShownBackOnEditAndView() {
        ExecuteScriptsFunctionFactory factory = new ExecuteScriptsFunctionFactory();
        Map<String, Object> form = new HashMap<>();
        form.put(ExecutionSettings.PATTERN, new String[] {"*.sql"});
        form.put(ExecutionSettings.ENVIRONMENT, new String[] {"staging"});
        form.put(ExecutionSettings.BATCH_SIZE, new String[] {"20"});
        form.put(ExecutionSettings.TRANSACTION, new String[] {"per-statement"});
        form.put(ExecutionSettings.STOP_ON_ERROR, new String[] {"true"});
        form.put(ExecutionSettings.PAUSE_MILLIS, new String[] {"250"});
        Map<String, ?> args = factory.getDescriptorParams(form);

        FunctionDescriptor descriptor = new FunctionDescriptor();
        descriptor.getArgs().putAll(args);
        Map<String, Object> edit = new HashMap<>();
        factory.getVelocityParamsForEdit(edit, descriptor);
        assertThat(edit).containsEntry("environment", "staging").containsEntry("batchSize", "20")
                .containsEntry("transaction", "per-statement").containsEntry("pauseMillis", "250")
                .containsEntry("stopOnErrorChecked", true).containsEntry("allowWarningsChecked", false);

        Map<String, Object> input = new HashMap<>();
        factory.getVelocityParamsForInput(input);
        assertThat(input).containsEntry("pattern", "*.sql").containsEntry("transaction", "per-batch")
                .containsEntry("stopOnErrorChecked", true);
    }

    @Test
    void aWrongFormValueIsRefusedNamingTheField() {
        Map<String, Object> form = new HashMap<>();
        form.put(ExecutionSettings.TRANSACTION, new String[] {"nested"});
        assertThatThrownBy(() -> new ExecuteScriptsFunctionFactory().getDescriptorParams(form))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Transaction mode");
    }
}
