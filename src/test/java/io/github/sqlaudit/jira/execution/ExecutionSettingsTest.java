package io.github.sqlaudit.jira.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.sqlaudit.execute.ExecutionOptions;
import io.github.sqlaudit.execute.TransactionMode;

class ExecutionSettingsTest {

    @Test
    void missingArgumentsTakeTheDocumentedDefaults() {
        ExecutionSettings settings = ExecutionSettings.fromArgs(Map.of());
        assertThat(settings.pattern()).isEqualTo("*.sql");
        assertThat(settings.environment()).isEqualTo("prod");
        assertThat(settings.batchSize()).isEqualTo(100);
        assertThat(settings.stopOnError()).isTrue();
        assertThat(settings.transactionMode()).isEqualTo(TransactionMode.PER_BATCH);
        assertThat(settings.allowWarnings()).isFalse();
        assertThat(settings.pauseMillis()).isZero();
        assertThat(settings.maxRowsPerSecond()).isZero();
        assertThat(settings.backgroundAboveKb()).isEqualTo(1024);
        assertThat(settings.hostSteps().any()).isFalse();
        assertThat(settings.hostSteps().timeoutSeconds()).isEqualTo(600);
    }

    @Test
    void hostStepsAndTheBackgroundThresholdRoundTrip() {
        ExecutionSettings settings = new ExecutionSettings("*.sql", "prod", 100, true, TransactionMode.PER_BATCH,
                false, 0, 0, 64, new HostSteps("mysqldump --single-transaction shop > /backup/shop.sql",
                "echo done", "db-ssh", 1200));
        ExecutionSettings read = ExecutionSettings.fromArgs(settings.toArgs());
        assertThat(read).isEqualTo(settings);
        assertThat(read.backgroundAboveBytes()).isEqualTo(64 * 1024);
        assertThat(read.hostSteps().pre()).contains("mysqldump --single-transaction shop > /backup/shop.sql");
        assertThat(read.hostSteps().post()).contains("echo done");
        assertThat(read.hostSteps().timeout()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void storedArgumentsRoundTripAndBecomeExecutorOptions() {
        ExecutionSettings settings = new ExecutionSettings("*.sql, *.ddl", "staging", 250, false,
                TransactionMode.WHOLE_SCRIPT, true, 500, 2000);
        ExecutionSettings read = ExecutionSettings.fromArgs(settings.toArgs());
        assertThat(read).isEqualTo(settings);
        assertThat(settings.toArgs()).containsEntry(ExecutionSettings.TRANSACTION, "whole-script");
        ExecutionOptions options = read.options("JIRAUSER1");
        assertThat(options.batchSize()).isEqualTo(250);
        assertThat(options.stopOnError()).isFalse();
        assertThat(options.transactionMode()).isEqualTo(TransactionMode.WHOLE_SCRIPT);
        assertThat(options.pauseBetweenBatches()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.maxRowsPerSecond()).isEqualTo(2000);
        assertThat(options.executedBy()).isEqualTo("JIRAUSER1");
        assertThat(read.attachmentPattern().matches("V2__ADD.DDL")).isTrue();
    }

    @Test
    void theFormSendsArraysAndOmitsUntickedCheckboxes() {
        Map<String, Object> form = new HashMap<>();
        form.put(ExecutionSettings.PATTERN, new String[] {"*.sql"});
        form.put(ExecutionSettings.ENVIRONMENT, new String[] {"prod"});
        form.put(ExecutionSettings.BATCH_SIZE, new String[] {"50"});
        form.put(ExecutionSettings.TRANSACTION, new String[] {"per-statement"});
        form.put(ExecutionSettings.ALLOW_WARNINGS, new String[] {"true"});
        ExecutionSettings settings = ExecutionSettings.fromForm(form);
        assertThat(settings.stopOnError()).as("unticked: absent from the form").isFalse();
        assertThat(settings.allowWarnings()).isTrue();
        assertThat(settings.transactionMode()).isEqualTo(TransactionMode.PER_STATEMENT);
        assertThat(settings.batchSize()).isEqualTo(50);
    }

    @Test
    void eachBadValueIsRefusedNamingItsField() {
        assertBad(ExecutionSettings.BATCH_SIZE, "ten", "Batch size must be a whole number, not 'ten'");
        assertBad(ExecutionSettings.BATCH_SIZE, "0", "Batch size must be between 1 and 10000, not 0");
        assertBad(ExecutionSettings.BATCH_SIZE, "99999999999", "Batch size must be between 1 and 10000");
        assertBad(ExecutionSettings.STOP_ON_ERROR, "yes", "Stop on first error must be true or false, not 'yes'");
        assertBad(ExecutionSettings.ALLOW_WARNINGS, "maybe", "Allow warnings must be true or false, not 'maybe'");
        assertBad(ExecutionSettings.TRANSACTION, "per-row",
                "Transaction mode must be per-statement, per-batch or whole-script, not 'per-row'");
        assertBad(ExecutionSettings.PAUSE_MILLIS, "-5", "Pause between batches (ms) must be between 0 and 60000, not -5");
        assertBad(ExecutionSettings.PAUSE_MILLIS, "1s", "Pause between batches (ms) must be a whole number, not '1s'");
        assertBad(ExecutionSettings.MAX_ROWS_PER_SECOND, "-1", "Maximum rows per second cannot be negative");
        assertBad(ExecutionSettings.PATTERN, " , ", "Attachments: The attachment pattern ',' names no file pattern");
        assertBad(ExecutionSettings.BACKGROUND_ABOVE_KB, "0", "Background above (KB) must be between 1 and 1048576, not 0");
        assertBad(ExecutionSettings.BACKGROUND_ABOVE_KB, "big", "Background above (KB) must be a whole number, not 'big'");
        assertBad(ExecutionSettings.PRE_COMMAND, "mysqldump shop > /b.sql",
                "SSH credential: give the CMDB credential (SSH user and private key) the pre and post commands run as");
        assertBad(ExecutionSettings.POST_COMMAND, "echo done", "SSH credential: give the CMDB credential");
        assertBad(ExecutionSettings.HOST_STEP_TIMEOUT, "0", "Host step timeout (s) must be between 1 and 86400, not 0");
        Map<String, String> twoLines = new HashMap<>(ExecutionSettings.defaults().toArgs());
        twoLines.put(ExecutionSettings.SSH_CREDENTIAL, "db-ssh");
        twoLines.put(ExecutionSettings.PRE_COMMAND, "echo a\nrm -rf /");
        assertThatThrownBy(() -> ExecutionSettings.fromArgs(twoLines)).hasMessage(
                "Pre command: one line only (put longer steps in a script on the host)");
        twoLines.put(ExecutionSettings.PRE_COMMAND, "x".repeat(2001));
        assertThatThrownBy(() -> ExecutionSettings.fromArgs(twoLines)).hasMessage(
                "Pre command: at most 2000 characters, not 2001");
        assertThatThrownBy(() -> new ExecutionSettings("*.sql", " ", 100, true, TransactionMode.PER_BATCH, false, 0, 0))
                .hasMessageStartingWith("Environment: empty");
    }

    private static void assertBad(String key, String value, String message) {
        Map<String, String> args = new HashMap<>(ExecutionSettings.defaults().toArgs());
        args.put(key, value);
        assertThatThrownBy(() -> ExecutionSettings.fromArgs(args)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
