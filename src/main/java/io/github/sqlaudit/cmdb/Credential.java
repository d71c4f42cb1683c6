package io.github.sqlaudit.cmdb;

/**
 * A named database account. The password is never part of this record: it is a {@link Secret}, stored
 * encrypted and fetched only by the code that connects.
 */
public record Credential(String name, String username) {

    public Credential {
        Require.name(name, "credential name");
        Require.name(username, "credential '" + name + "' username");
    }
}
