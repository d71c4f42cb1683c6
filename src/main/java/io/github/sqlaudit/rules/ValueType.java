package io.github.sqlaudit.rules;

/** The type of a rule's configurable value; a configured value must have its rule's type. */
public enum ValueType {
    /** The rule has nothing to configure beyond severity and enabled. */
    NONE("no value"),
    /** A whole number limit, never negative. */
    THRESHOLD("a whole number >= 0"),
    /** A list of names (engines, charsets, column names ...), compared ignoring case. */
    LIST("a list of names"),
    /** A Java regular expression. */
    REGEX("a regular expression"),
    /** On or off. */
    BOOLEAN("true or false");

    private final String description;

    ValueType(String description) {
        this.description = description;
    }

    /** What a value of this type looks like, for error messages. */
    public String description() {
        return description;
    }
}
