package io.github.sqlaudit.cmdb;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A typed extension attribute: how a site records what the core model does not know (a backup policy,
 * a maintenance window, a NUMA node) without a schema change.
 */
public record Attribute(String key, AttributeType type, String value) {

    public Attribute {
        Require.name(key, "attribute key");
        Require.nonNull(type, "attribute type");
        Require.nonNull(value, "attribute value");
        try {
            type.check(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("attribute '" + key + "': " + e.getMessage());
        }
    }

    public static Attribute string(String key, String value) {
        return new Attribute(key, AttributeType.STRING, value);
    }

    public static Attribute integer(String key, long value) {
        return new Attribute(key, AttributeType.INTEGER, Long.toString(value));
    }

    public static Attribute decimal(String key, BigDecimal value) {
        return new Attribute(key, AttributeType.DECIMAL, value.toPlainString());
    }

    public static Attribute bool(String key, boolean value) {
        return new Attribute(key, AttributeType.BOOLEAN, Boolean.toString(value));
    }

    public long asLong() {
        requireType(AttributeType.INTEGER);
        return Long.parseLong(value);
    }

    public BigDecimal asDecimal() {
        requireType(AttributeType.DECIMAL);
        return new BigDecimal(value);
    }

    public boolean asBoolean() {
        requireType(AttributeType.BOOLEAN);
        return Boolean.parseBoolean(value);
    }

    private void requireType(AttributeType expected) {
        if (type != expected) {
            throw new IllegalStateException("attribute '" + key + "' is " + type + ", not " + expected);
        }
    }

    /** An immutable copy of {@code attributes}, rejecting a key given twice. */
    static List<Attribute> copyOf(List<Attribute> attributes) {
        List<Attribute> copy = List.copyOf(attributes == null ? List.of() : attributes);
        Set<String> keys = new HashSet<>();
        for (Attribute attribute : copy) {
            if (!keys.add(attribute.key())) {
                throw new IllegalArgumentException("attribute '" + attribute.key() + "' is given twice");
            }
        }
        return copy;
    }
}
