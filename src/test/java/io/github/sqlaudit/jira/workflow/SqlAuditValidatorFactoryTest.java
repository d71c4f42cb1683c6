package io.github.sqlaudit.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.opensymphony.workflow.loader.ValidatorDescriptor;

/** The configuration screens: what the templates get and what Jira stores from the form. */
class SqlAuditValidatorFactoryTest {

    final SqlAuditValidatorFactory factory = new SqlAuditValidatorFactory();

    @Test
    void theAddFormStartsFromTheDefaults() {
        Map<String, Object> params = new HashMap<>();
        factory.getVelocityParamsForInput(params);
        assertThat(params).containsEntry("pattern", "*.sql").containsEntry("dialect", "target")
                .containsEntry("requireScriptChecked", true).containsEntry("blockOnWarn", false);
    }

    @Test
    void editAndViewShowTheStoredArguments() {
        ValidatorDescriptor descriptor = mock(ValidatorDescriptor.class);
        Map<String, String> stored = new HashMap<>(ValidatorSettings.defaults().toArgs());
        stored.put(ValidatorSettings.ENVIRONMENT, "staging");
        stored.put(ValidatorSettings.BLOCK_ON, "WARN");
        when(descriptor.getArgs()).thenReturn(stored);
        Map<String, Object> edit = new HashMap<>();
        factory.getVelocityParamsForEdit(edit, descriptor);
        Map<String, Object> view = new HashMap<>();
        factory.getVelocityParamsForView(view, descriptor);
        assertThat(edit).containsEntry("environment", "staging").containsEntry("blockOnWarn", true);
        assertThat(view).isEqualTo(edit);
    }

    @Test
    void theSubmittedFormBecomesDescriptorArguments() {
        Map<String, Object> form = new HashMap<>();
        form.put(ValidatorSettings.PATTERN, new String[] {"*.sql,*.ddl"});
        form.put(ValidatorSettings.ENVIRONMENT, new String[] {"prod"});
        form.put(ValidatorSettings.DIALECT, new String[] {"oracle"});
        form.put(ValidatorSettings.ON_UNREACHABLE, new String[] {"AUDIT_WITHOUT_PLAN"});
        Map<String, Object> args = new HashMap<>(factory.getDescriptorParams(form));
        assertThat(args).containsEntry(ValidatorSettings.PATTERN, "*.sql,*.ddl").containsEntry(ValidatorSettings.DIALECT, "oracle")
                .containsEntry(ValidatorSettings.ON_UNREACHABLE, "AUDIT_WITHOUT_PLAN")
                .containsEntry(ValidatorSettings.REQUIRE_SCRIPT, "false").containsEntry(ValidatorSettings.COMMENT, "false");
    }
}
