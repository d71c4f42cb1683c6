package com.atlassian.sal.api.user;

/** Stand-in of SAL's UserKey (a final class): the stable key of a user. */
public final class UserKey {

    public UserKey(String userKey) {
        throw new UnsupportedOperationException("host API stand-in");
    }

    public String getStringValue() {
        throw new UnsupportedOperationException("host API stand-in");
    }
}
