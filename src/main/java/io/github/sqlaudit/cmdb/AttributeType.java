package io.github.sqlaudit.cmdb;

import java.math.BigDecimal;

/** Type of an extension attribute; the value is kept as text and checked against the type. */
public enum AttributeType {
    STRING,
    INTEGER,
    DECIMAL,
    BOOLEAN;

    /** Throws {@link IllegalArgumentException} with the reason when {@code value} is not of this type. */
    void check(String value) {
        switch (this) {
            case STRING -> { }
            case INTEGER -> {
                try {
                    Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + value + "' is not an INTEGER");
                }
            }
            case DECIMAL -> {
                try {
                    new BigDecimal(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + value + "' is not a DECIMAL");
                }
            }
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException("'" + value + "' is not a BOOLEAN (true or false)");
                }
            }
        }
    }
}
