package io.github.sqlaudit.jira.workflow;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.github.sqlaudit.rules.Severity;
import io.github.sqlaudit.sql.Dialect;

/**
 * How the validator is set up on one transition. Jira keeps the settings as the validator descriptor's
 * string arguments ({@link #toArgs()} / {@link #fromArgs(Map)}); the edit form submits them as
 * {@code String[]} values ({@link #fromForm(Map)}), checked here with messages an administrator can act on.
 *
 * @param pattern            which attachments are scripts: comma-separated file-name globs, case-insensitive
 * @param dialect            fixed dialect, or empty to take it from the target's engine
 * @param environment        selects the rule template and the target database in the CMDB
 * @param blockOn            ERROR (default) or WARN: the lowest enforced severity that blocks
 * @param requireScript      block when no attachment matches
 * @param onUnreachable      what to do when the target database cannot be reached
 * @param comment            post the result as a comment
 * @param backgroundAboveKb  scripts bigger than this (in total) are audited in the background
 * @param waitSeconds        how long the transition waits for a background audit before answering
 * @param maxScriptMb        larger attachments are refused without being read
 */
public record ValidatorSettings(
        String pattern,
        Optional<Dialect> dialect,
        String environment,
        Severity blockOn,
        boolean requireScript,
        Unreachable onUnreachable,
        boolean comment,
        int backgroundAboveKb,
        int waitSeconds,
        int maxScriptMb) {

    /** What the validator does when the target database cannot be reached. */
    public enum Unreachable {
        /** Refuse the transition until the target is back (default: no plan, no review). */
        BLOCK,
        /** Audit without the database; plan rules are reported as not evaluated. */
        AUDIT_WITHOUT_PLAN
    }

    public static final String PATTERN = "sqlaudit.pattern";
    public static final String DIALECT = "sqlaudit.dialect";
    public static final String ENVIRONMENT = "sqlaudit.environment";
    public static final String BLOCK_ON = "sqlaudit.blockOn";
    public static final String REQUIRE_SCRIPT = "sqlaudit.requireScript";
    public static final String ON_UNREACHABLE = "sqlaudit.onUnreachable";
    public static final String COMMENT = "sqlaudit.comment";
    public static final String BACKGROUND_ABOVE_KB = "sqlaudit.backgroundAboveKb";
    public static final String WAIT_SECONDS = "sqlaudit.waitSeconds";
    public static final String MAX_SCRIPT_MB = "sqlaudit.maxScriptMb";

    /** The value of {@link #DIALECT} meaning "from the target". */
    public static final String FROM_TARGET = "target";

    public static ValidatorSettings defaults() {
        return new ValidatorSettings("*.sql", Optional.empty(), "prod", Severity.ERROR, true, Unreachable.BLOCK, true,
                1024, 20, 20);
    }

    public ValidatorSettings {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("The attachment pattern is empty: give file-name patterns such as *.sql");
        }
        pattern = pattern.strip();
        if (environment == null || environment.isBlank()) {
            throw new IllegalArgumentException("The environment is empty: give the environment whose template and"
                    + " target apply, such as prod");
        }
        environment = environment.strip();
        if (blockOn != Severity.ERROR && blockOn != Severity.WARN) {
            throw new IllegalArgumentException("Block on must be ERROR or WARN, not " + blockOn);
        }
        range(backgroundAboveKb, 1, 1024 * 1024, "Background above (KB)");
        range(waitSeconds, 1, 120, "Wait (seconds)");
        range(maxScriptMb, 1, 2048, "Largest script (MB)");
    }

    /** Reads a stored descriptor's arguments; a missing argument takes its default. */
    public static ValidatorSettings fromArgs(Map<?, ?> args) {
        ValidatorSettings d = defaults();
        return new ValidatorSettings(
                DescriptorArgs.string(args, PATTERN, d.pattern),
                dialect(DescriptorArgs.string(args, DIALECT, FROM_TARGET)),
                DescriptorArgs.string(args, ENVIRONMENT, d.environment),
                severity(DescriptorArgs.string(args, BLOCK_ON, d.blockOn.name())),
                DescriptorArgs.bool(args, REQUIRE_SCRIPT, d.requireScript, REQUIRE_SCRIPT),
                unreachable(DescriptorArgs.string(args, ON_UNREACHABLE, d.onUnreachable.name())),
                DescriptorArgs.bool(args, COMMENT, d.comment, COMMENT),
                DescriptorArgs.integer(args, BACKGROUND_ABOVE_KB, d.backgroundAboveKb, "Background above (KB)"),
                DescriptorArgs.integer(args, WAIT_SECONDS, d.waitSeconds, "Wait (seconds)"),
                DescriptorArgs.integer(args, MAX_SCRIPT_MB, d.maxScriptMb, "Largest script (MB)"));
    }

    /**
     * Reads the edit form: values arrive as {@code String[]}; an unticked checkbox is absent, so booleans
     * are false unless present.
     */
    public static ValidatorSettings fromForm(Map<String, Object> form) {
        Map<String, String> args = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : form.entrySet()) {
            Object value = entry.getValue();
            if (value instanceof String[] values) {
                args.put(entry.getKey(), values.length == 0 ? "" : values[0]);
            } else if (value != null) {
                args.put(entry.getKey(), value.toString());
            }
        }
        args.put(REQUIRE_SCRIPT, Boolean.toString(isTicked(args.get(REQUIRE_SCRIPT))));
        args.put(COMMENT, Boolean.toString(isTicked(args.get(COMMENT))));
        return fromArgs(args);
    }

    public Map<String, String> toArgs() {
        Map<String, String> args = new LinkedHashMap<>();
        args.put(PATTERN, pattern);
        args.put(DIALECT, dialect.map(Dialect::cliName).orElse(FROM_TARGET));
        args.put(ENVIRONMENT, environment);
        args.put(BLOCK_ON, blockOn.name());
        args.put(REQUIRE_SCRIPT, Boolean.toString(requireScript));
        args.put(ON_UNREACHABLE, onUnreachable.name());
        args.put(COMMENT, Boolean.toString(comment));
        args.put(BACKGROUND_ABOVE_KB, Integer.toString(backgroundAboveKb));
        args.put(WAIT_SECONDS, Integer.toString(waitSeconds));
        args.put(MAX_SCRIPT_MB, Integer.toString(maxScriptMb));
        return args;
    }

    public long backgroundAboveBytes() {
        return backgroundAboveKb * 1024L;
    }

    public long maxScriptBytes() {
        return maxScriptMb * 1024L * 1024L;
    }

    private static boolean isTicked(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on"));
    }

    private static Optional<Dialect> dialect(String value) {
        if (value.equalsIgnoreCase(FROM_TARGET)) {
            return Optional.empty();
        }
        return Optional.of(Dialect.fromName(value));
    }

    private static Severity severity(String value) {
        try {
            return Severity.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Block on must be ERROR or WARN, not '" + value + "'");
        }
    }

    private static Unreachable unreachable(String value) {
        try {
            return Unreachable.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("When the target is unreachable must be BLOCK or AUDIT_WITHOUT_PLAN, not '"
                    + value + "'");
        }
    }

    private static void range(int value, int min, int max, String label) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(label + " must be between " + min + " and " + max + ", not " + value);
        }
    }
}
