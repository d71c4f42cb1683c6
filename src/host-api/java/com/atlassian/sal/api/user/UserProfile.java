package com.atlassian.sal.api.user;

/** Stand-in of SAL's UserProfile (interface). */
public interface UserProfile {

    UserKey getUserKey();

    String getUsername();
}
