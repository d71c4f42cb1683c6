package io.github.sqlaudit.jira.workflow;

import java.util.Map;

/**
 * Reading the arguments Jira stores on a workflow descriptor (strings, possibly blank): what the validator's
 * and the post-function's settings share. A bad value is an error naming the setting.
 */
public final class DescriptorArgs {

    private DescriptorArgs() {
    }

    public static String string(Map<?, ?> args, String key, String fallback) {
        Object value = args.get(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString().strip();
    }

    public static boolean bool(Map<?, ?> args, String key, boolean fallback, String label) {
        Object value = args.get(key);
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        String text = value.toString().strip();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new IllegalArgumentException(label + " must be true or false, not '" + text + "'");
    }

    public static long number(Map<?, ?> args, String key, long fallback, String label) {
        Object value = args.get(key);
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label + " must be a whole number, not '" + value + "'");
        }
    }

    public static int integer(Map<?, ?> args, String key, int fallback, String label) {
        Object value = args.get(key);
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label + " must be a whole number, not '" + value + "'");
        }
    }
}
