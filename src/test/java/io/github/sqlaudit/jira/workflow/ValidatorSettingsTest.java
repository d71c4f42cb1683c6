package io.github.sqlaudit.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.sql.Dialect;

class ValidatorSettingsTest {

    @Test
    void defaultsAreWhatTheIssueAsks() {
        ValidatorSettings settings = ValidatorSettings.fromArgs(Map.of());
        assertThat(settings.pattern()).isEqualTo("*.sql");
        assertThat(settings.dialect()).isEmpty();
        assertThat(settings.blockOn()).isEqualTo(Severity.ERROR);
        assertThat(settings.requireScript()).isTrue();
        assertThat(settings.onUnreachable()).isEqualTo(ValidatorSettings.Unreachable.BLOCK);
        assertThat(settings.comment()).isTrue();
    }

    @Test
    void argumentsRoundTrip() {
        ValidatorSettings settings = new ValidatorSettings("*.sql, *.ddl", Optional.of(Dialect.ORACLE), "staging",
                Severity.WARN, false, ValidatorSettings.Unreachable.AUDIT_WITHOUT_PLAN, false, 512, 5, 50);
        assertThat(ValidatorSettings.fromArgs(settings.toArgs())).isEqualTo(settings);
    }

    @Test
    void theFormsUntickedCheckboxesAreFalse() {
        Map<String, Object> form = new HashMap<>();
        form.put(ValidatorSettings.PATTERN, new String[] {"*.sql"});
        form.put(ValidatorSettings.ENVIRONMENT, new String[] {"prod"});
        form.put(ValidatorSettings.COMMENT, new String[] {"true"});
        ValidatorSettings settings = ValidatorSettings.fromForm(form);
        assertThat(settings.comment()).isTrue();
        assertThat(settings.requireScript()).isFalse();
    }

    @Test
    void wrongValuesNameTheFieldAndTheValue() {
        assertThatThrownBy(() -> ValidatorSettings.fromArgs(Map.of(ValidatorSettings.WAIT_SECONDS, "soon")))
                .hasMessage("Wait (seconds) must be a whole number, not 'soon'");
        assertThatThrownBy(() -> ValidatorSettings.fromArgs(Map.of(ValidatorSettings.WAIT_SECONDS, "600")))
                .hasMessage("Wait (seconds) must be between 1 and 120, not 600");
        assertThatThrownBy(() -> ValidatorSettings.fromArgs(Map.of(ValidatorSettings.DIALECT, "postgres")))
                .hasMessageContaining("unknown dialect 'postgres'");
        assertThatThrownBy(() -> ValidatorSettings.fromArgs(Map.of(ValidatorSettings.BLOCK_ON, "INFO")))
                .hasMessage("Block on must be ERROR or WARN, not INFO");
    }
}
