package io.github.sqlaudit.rules;

import java.util.Optional;

/**
 * The category range a rule code belongs to: the prefix of {@code DML-001}. Codes are never reused within a
 * family, and custom rules live in their own range so they can never collide with a built-in rule.
 */
public enum Family {
    DML("DML safety"),
    DDL("DDL safety"),
    NAM("Naming"),
    ORA("Oracle"),
    SCR("Script level"),
    PLN("Execution plan"),
    CUS("Custom");

    private final String title;

    Family(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The family of a well-formed code such as {@code DDL-014}; empty for anything else. */
    public static Optional<Family> ofCode(String code) {
        if (code == null || !code.matches("[A-Z]{3}-\\d{3}")) {
            return Optional.empty();
        }
        String prefix = code.substring(0, 3);
        for (Family family : values()) {
            if (family.name().equals(prefix)) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }
}
