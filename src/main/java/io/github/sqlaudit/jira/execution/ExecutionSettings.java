package io.github.sqlaudit.jira.execution;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.sqlaudit.execute.ExecutionOptions;
import io.github.sqlaudit.execute.TransactionMode;
import io.github.sqlaudit.jira.workflow.AttachmentPattern;
import io.github.sqlaudit.jira.workflow.DescriptorArgs;

/**
 * How the execute post-function is set up on one transition. Jira keeps the settings as the function
 * descriptor's string arguments ({@link #toArgs()} / {@link #fromArgs(Map)}); the edit form submits
 * {@code String[]} values ({@link #fromForm(Map)}). Each wrong value is refused with the field named.
 *
 * @param pattern          which attachments are scripts (same globs as the validator)
 * @param environment      selects the target database in the CMDB (its execute connection)
 * @param batchSize        row-changing statements per batch
 * @param stopOnError      stop at the first failing statement (default) or record it and go on
 * @param transactionMode  per statement, per batch (default) or whole script
 * @param allowWarnings    also run scripts whose audit warned (default: only passed ones)
 * @param pauseMillis      pause after each committed batch
 * @param maxRowsPerSecond throttle on affected rows per second; 0 for none
 * @param backgroundAboveKb scripts bigger than this run as a cluster scheduler job, not in the transition
 *                         (the validator's setting of the same name does the same for audits)
 * @param hostSteps        optional SSH commands on the database host before and after each script
 */
public record ExecutionSettings(String pattern, String environment, int batchSize, boolean stopOnError,
        TransactionMode transactionMode, boolean allowWarnings, long pauseMillis, long maxRowsPerSecond,
        int backgroundAboveKb, HostSteps hostSteps) {

    public static final String PATTERN = "sqlaudit.execute.pattern";
    public static final String ENVIRONMENT = "sqlaudit.execute.environment";
    public static final String BATCH_SIZE = "sqlaudit.execute.batchSize";
    public static final String STOP_ON_ERROR = "sqlaudit.execute.stopOnError";
    public static final String TRANSACTION = "sqlaudit.execute.transaction";
    public static final String ALLOW_WARNINGS = "sqlaudit.execute.allowWarnings";
    public static final String PAUSE_MILLIS = "sqlaudit.execute.pauseMillis";
    public static final String MAX_ROWS_PER_SECOND = "sqlaudit.execute.maxRowsPerSecond";
    public static final String BACKGROUND_ABOVE_KB = "sqlaudit.execute.backgroundAboveKb";
    public static final String PRE_COMMAND = "sqlaudit.execute.preCommand";
    public static final String POST_COMMAND = "sqlaudit.execute.postCommand";
    public static final String SSH_CREDENTIAL = "sqlaudit.execute.sshCredential";
    public static final String HOST_STEP_TIMEOUT = "sqlaudit.execute.hostStepTimeoutSeconds";

    static final int MAX_BATCH = 10_000;
    static final long MAX_PAUSE_MILLIS = 60_000;
    static final int MAX_BACKGROUND_KB = 1024 * 1024;

    public static ExecutionSettings defaults() {
        return new ExecutionSettings("*.sql", "prod", 100, true, TransactionMode.PER_BATCH, false, 0, 0, 1024,
                HostSteps.none());
    }

    /** Without host steps, with the default background threshold. */
    public ExecutionSettings(String pattern, String environment, int batchSize, boolean stopOnError,
            TransactionMode transactionMode, boolean allowWarnings, long pauseMillis, long maxRowsPerSecond) {
        this(pattern, environment, batchSize, stopOnError, transactionMode, allowWarnings, pauseMillis,
                maxRowsPerSecond, 1024, HostSteps.none());
    }

    public ExecutionSettings {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("Attachments: the pattern is empty; give file-name patterns such as *.sql");
        }
        pattern = pattern.strip();
        try {
            new AttachmentPattern(pattern);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Attachments: " + e.getMessage(), e);
        }
        if (environment == null || environment.isBlank()) {
            throw new IllegalArgumentException("Environment: empty; give the environment whose database runs the"
                    + " scripts, such as prod");
        }
        environment = environment.strip();
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("Batch size must be between 1 and " + MAX_BATCH + ", not " + batchSize);
        }
        if (transactionMode == null) {
            throw new IllegalArgumentException("Transaction mode is missing");
        }
        if (pauseMillis < 0 || pauseMillis > MAX_PAUSE_MILLIS) {
            throw new IllegalArgumentException("Pause between batches (ms) must be between 0 and " + MAX_PAUSE_MILLIS
                    + ", not " + pauseMillis);
        }
        if (maxRowsPerSecond < 0) {
            throw new IllegalArgumentException("Maximum rows per second cannot be negative (0 for no limit), not "
                    + maxRowsPerSecond);
        }
        if (backgroundAboveKb < 1 || backgroundAboveKb > MAX_BACKGROUND_KB) {
            throw new IllegalArgumentException("Background above (KB) must be between 1 and " + MAX_BACKGROUND_KB
                    + ", not " + backgroundAboveKb);
        }
        if (hostSteps == null) {
            throw new IllegalArgumentException("Host steps are missing");
        }
    }

    /** Reads a stored descriptor's arguments; a missing or blank argument takes its default. */
    public static ExecutionSettings fromArgs(Map<?, ?> args) {
        ExecutionSettings d = defaults();
        return new ExecutionSettings(
                DescriptorArgs.string(args, PATTERN, d.pattern),
                DescriptorArgs.string(args, ENVIRONMENT, d.environment),
                (int) Math.min(Integer.MAX_VALUE, DescriptorArgs.number(args, BATCH_SIZE, d.batchSize, "Batch size")),
                DescriptorArgs.bool(args, STOP_ON_ERROR, d.stopOnError, "Stop on first error"),
                transaction(DescriptorArgs.string(args, TRANSACTION, cliName(d.transactionMode))),
                DescriptorArgs.bool(args, ALLOW_WARNINGS, d.allowWarnings, "Allow warnings"),
                DescriptorArgs.number(args, PAUSE_MILLIS, d.pauseMillis, "Pause between batches (ms)"),
                DescriptorArgs.number(args, MAX_ROWS_PER_SECOND, d.maxRowsPerSecond, "Maximum rows per second"),
                DescriptorArgs.integer(args, BACKGROUND_ABOVE_KB, d.backgroundAboveKb, "Background above (KB)"),
                new HostSteps(DescriptorArgs.string(args, PRE_COMMAND, ""), DescriptorArgs.string(args, POST_COMMAND, ""),
                        DescriptorArgs.string(args, SSH_CREDENTIAL, ""),
                        DescriptorArgs.integer(args, HOST_STEP_TIMEOUT, d.hostSteps.timeoutSeconds(), "Host step timeout (s)")));
    }

    /** Reads the edit form: values arrive as {@code String[]}; an unticked checkbox is absent (false). */
    public static ExecutionSettings fromForm(Map<String, Object> form) {
        Map<String, String> args = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (value instanceof String[] values) {
                args.put(key, values.length == 0 ? "" : values[0]);
            } else if (value != null) {
                args.put(key, value.toString());
            }
        });
        args.put(STOP_ON_ERROR, Boolean.toString(isTicked(args.get(STOP_ON_ERROR))));
        args.put(ALLOW_WARNINGS, Boolean.toString(isTicked(args.get(ALLOW_WARNINGS))));
        return fromArgs(args);
    }

    public Map<String, String> toArgs() {
        Map<String, String> args = new LinkedHashMap<>();
        args.put(PATTERN, pattern);
        args.put(ENVIRONMENT, environment);
        args.put(BATCH_SIZE, Integer.toString(batchSize));
        args.put(STOP_ON_ERROR, Boolean.toString(stopOnError));
        args.put(TRANSACTION, cliName(transactionMode));
        args.put(ALLOW_WARNINGS, Boolean.toString(allowWarnings));
        args.put(PAUSE_MILLIS, Long.toString(pauseMillis));
        args.put(MAX_ROWS_PER_SECOND, Long.toString(maxRowsPerSecond));
        args.put(BACKGROUND_ABOVE_KB, Integer.toString(backgroundAboveKb));
        args.put(PRE_COMMAND, hostSteps.preCommand());
        args.put(POST_COMMAND, hostSteps.postCommand());
        args.put(SSH_CREDENTIAL, hostSteps.sshCredential());
        args.put(HOST_STEP_TIMEOUT, Integer.toString(hostSteps.timeoutSeconds()));
        return args;
    }

    public long backgroundAboveBytes() {
        return backgroundAboveKb * 1024L;
    }

    public AttachmentPattern attachmentPattern() {
        return new AttachmentPattern(pattern);
    }

    /** The executor's options for a run by {@code executedBy} (a Jira user key). */
    public ExecutionOptions options(String executedBy) {
        return new ExecutionOptions(batchSize, stopOnError, transactionMode, Duration.ofMillis(pauseMillis),
                maxRowsPerSecond, executedBy);
    }

    /** per-statement, per-batch, whole-script: the names the form and the command line use. */
    public static String cliName(TransactionMode mode) {
        return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static TransactionMode transaction(String value) {
        for (TransactionMode mode : TransactionMode.values()) {
            if (cliName(mode).equalsIgnoreCase(value) || mode.name().equalsIgnoreCase(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("Transaction mode must be per-statement, per-batch or whole-script, not '"
                + value + "'");
    }

    private static boolean isTicked(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on"));
    }
}
