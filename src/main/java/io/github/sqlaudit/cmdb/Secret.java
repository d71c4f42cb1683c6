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

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && java.security.MessageDigest.isEqual(
                new String(value).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new String(secret.value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
