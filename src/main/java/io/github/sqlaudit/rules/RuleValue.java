package io.github.sqlaudit.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/** A rule's configured value, typed: a threshold, a list of names, a regular expression or a flag. */
public sealed interface RuleValue permits RuleValue.None, RuleValue.Threshold, RuleValue.Names, RuleValue.Regex,
        RuleValue.Flag {

    ValueType type();

    /** The value as a DBA would type it in the admin form: {@code 1000}, {@code InnoDB, MyISAM}, {@code ^[a-z_]+$}. */
    String display();

    static None none() {
        return None.INSTANCE;
    }

    static Threshold threshold(long limit) {
        return new Threshold(limit);
    }

    static Names names(String... names) {
        return new Names(Arrays.asList(names));
    }

    static Regex regex(String source) {
        return new Regex(source);
    }

    static Flag flag(boolean on) {
        return new Flag(on);
    }

    /**
     * Reads a value of the given type from the text a DBA typed; lists are comma-separated.
     *
     * @throws RuleConfigurationException naming {@code field} and {@code ruleCode} when the text does not fit the type
     */
    static RuleValue parse(ValueType type, String text, String field, String ruleCode) {
        String trimmed = text == null ? "" : text.trim();
        try {
            return switch (type) {
                case NONE -> {
                    if (!trimmed.isEmpty()) {
                        throw new IllegalArgumentException("this rule takes no value, got '" + trimmed + "'");
                    }
                    yield none();
                }
                case THRESHOLD -> threshold(parseThreshold(trimmed));
                case LIST -> new Names(trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s*,\\s*")));
                case REGEX -> regex(trimmed);
                case BOOLEAN -> flag(parseBoolean(trimmed));
            };
        } catch (IllegalArgumentException e) {
            throw new RuleConfigurationException(field, ruleCode, e.getMessage());
        }
    }

    private static long parseThreshold(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + ValueType.THRESHOLD.description() + ", got '" + text + "'");
        }
    }

    private static boolean parseBoolean(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("expected true or false, got '" + text + "'");
        };
    }

    /** No value. */
    final class None implements RuleValue {
        private static final None INSTANCE = new None();

        private None() {
        }

        @Override
        public ValueType type() {
            return ValueType.NONE;
        }

        @Override
        public String display() {
            return "";
        }

        @Override
        public String toString() {
            return "none";
        }
    }

    /** A limit; rules fire when a count or size goes over it. */
    record Threshold(long limit) implements RuleValue {
        public Threshold {
            if (limit < 0) {
                throw new IllegalArgumentException("expected " + ValueType.THRESHOLD.description() + ", got " + limit);
            }
        }

        @Override
        public ValueType type() {
            return ValueType.THRESHOLD;
        }

        @Override
        public String display() {
            return Long.toString(limit);
        }

        /** True when {@code actual} goes over the limit. */
        public boolean exceededBy(long actual) {
            return actual > limit;
        }
    }

    /** Names compared ignoring case. */
    record Names(List<String> values) implements RuleValue {
        public Names {
            values = List.copyOf(values);
            for (String value : values) {
                if (value.isBlank()) {
                    throw new IllegalArgumentException("list entries must not be blank");
                }
            }
        }

        @Override
        public ValueType type() {
            return ValueType.LIST;
        }

        @Override
        public String display() {
            return String.join(", ", values);
        }

        public boolean containsIgnoreCase(String name) {
            return values.stream().anyMatch(v -> v.equalsIgnoreCase(name));
        }

        public String lowercaseJoined() {
            return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
    }

    /** A regular expression, compiled once; two values are equal when their sources are. */
    final class Regex implements RuleValue {
        private final String source;
        private final Pattern pattern;

        private Regex(String source) {
            this.source = Objects.requireNonNull(source, "source");
            if (source.isEmpty()) {
                throw new IllegalArgumentException("expected a regular expression, got an empty text");
            }
            try {
                this.pattern = Pattern.compile(source);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("invalid regular expression '" + source + "': "
                        + e.getDescription() + " near index " + e.getIndex());
            }
        }

        public String source() {
            return source;
        }

        public Pattern pattern() {
            return pattern;
        }

        /** True when the whole name matches. */
        public boolean matchesWhole(String name) {
            return pattern.matcher(name).matches();
        }

        @Override
        public ValueType type() {
            return ValueType.REGEX;
        }

        @Override
        public String display() {
            return source;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Regex regex && regex.source.equals(source);
        }

        @Override
        public int hashCode() {
            return source.hashCode();
        }

        @Override
        public String toString() {
            return "Regex[" + source + "]";
        }
    }

    /** A switch. */
    record Flag(boolean on) implements RuleValue {
        @Override
        public ValueType type() {
            return ValueType.BOOLEAN;
        }

        @Override
        public String display() {
            return Boolean.toString(on);
        }
    }
}
