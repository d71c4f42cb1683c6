package io.github.sqlaudit.cmdb;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Argument checks shared by the records, with messages that name the field. */
final class Require {

    private Require() {
    }

    static <T> T nonNull(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    /**
     * The longest text the CMDB keeps in an ordinary column (Active Objects' default VARCHAR(255));
     * longer values are refused here with a message rather than by the database.
     */
    static final int MAX_TEXT = 255;

    static String name(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException(field + " '" + value + "' has leading or trailing blanks");
        }
        return text(value, field);
    }

    /** Optional text: at most {@link #MAX_TEXT} characters and one line (lists are stored one per line). */
    static String text(String value, String field) {
        if (value == null) {
            return "";
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException(field + " has " + value.length() + " characters; at most " + MAX_TEXT + " are kept");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " '" + value.replaceAll("\\p{Cntrl}", "?") + "' contains a control character");
        }
        return value;
    }

    static Optional<String> optional(Optional<String> value, String field) {
        if (value == null) {
            return Optional.empty();
        }
        value.ifPresent(v -> name(v, field));
        return value;
    }

    static int port(int port, String field) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(field + " " + port + " is not between 1 and 65535");
        }
        return port;
    }

    static long notNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " " + value + " is negative");
        }
        return value;
    }

    static List<String> names(List<String> values, String field) {
        List<String> copy = List.copyOf(values == null ? List.of() : values);
        copy.forEach(v -> name(v, field));
        return copy;
    }

    /** A sorted immutable set, so records compare equal whatever order the input had. */
    static Set<String> nameSet(Set<String> values, String field) {
        Set<String> copy = new TreeSet<>(values == null ? Set.of() : values);
        copy.forEach(v -> name(v, field));
        return java.util.Collections.unmodifiableSet(copy);
    }
}
