package io.github.sqlaudit.cmdb;

import java.util.Arrays;

/**
 * A password in memory. It prints as {@code ******}, is not serialised by reflection-based JSON (the field
 * is transient), and can be wiped once used.
 */
public final class Secret {

    private final transient char[] value;

    private Secret(char[] value) {
        this.value = value;
    }

    public static Secret of(char[] value) {
        return new Secret(value.clone());
    }

    public static Secret of(String value) {
        return new Secret(value.toCharArray());
    }

    /** A copy of the characters, for the JDBC driver or SSH client; wipe it after use. */
    public char[] reveal() {
        return value.clone();
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public void wipe() {
        Arrays.fill(value, '\0');
    }

    /** Compares in time independent of where the values differ, without copying them into Strings. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Secret secret) || secret.value.length != value.length) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < value.length; i++) {
            difference |= value[i] ^ secret.value[i];
        }
        return difference == 0;
    }

    @Override
    public int hashCode() {
        return 0; // never hash secrets into logs or maps by value
    }

    @Override
    public String toString() {
        return "******";
    }
}
