package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

/** Stand-in of SAL's UserManager (interface): only the members the plugin calls. */
public interface UserManager {

    UserProfile getRemoteUser(HttpServletRequest request);

    UserKey getRemoteUserKey(HttpServletRequest request);

    boolean isSystemAdmin(UserKey userKey);

    boolean isAdmin(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);
}
