package io.github.sqlaudit.jira.admin;

import java.util.Optional;

import javax.servlet.http.HttpServletRequest;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import io.github.sqlaudit.config.PluginSettings;

/**
 * Who may do what in SQL Audit's administration. Configuration (rules, templates, assignments, CMDB, audit
 * log): Jira administrators and members of the DBA group. Choosing the DBA group: Jira administrators only, so
 * a DBA cannot widen their own group. The decision is read from the store on every call (no cached copy on
 * one node of a cluster).
 */
public final class AdminAccess {

    /** What a request may do. */
    public enum Verdict {
        ALLOWED, NOT_LOGGED_IN, FORBIDDEN
    }

    private final UserManager userManager;
    private final PluginSettings settings;

    public AdminAccess(UserManager userManager, PluginSettings settings) {
        this.userManager = userManager;
        this.settings = settings;
    }

    /** The logged-in user of the request, if any. */
    public Optional<UserProfile> caller(HttpServletRequest request) {
        return Optional.ofNullable(userManager.getRemoteUser(request));
    }

    public Verdict toConfigure(HttpServletRequest request) {
        return caller(request).map(user -> canConfigure(user.getUserKey()) ? Verdict.ALLOWED : Verdict.FORBIDDEN)
                .orElse(Verdict.NOT_LOGGED_IN);
    }

    public Verdict toAdminister(HttpServletRequest request) {
        return caller(request).map(user -> userManager.isAdmin(user.getUserKey()) ? Verdict.ALLOWED : Verdict.FORBIDDEN)
                .orElse(Verdict.NOT_LOGGED_IN);
    }

    /** Any logged-in user: the rule catalog is documentation, not configuration. */
    public Verdict toRead(HttpServletRequest request) {
        return caller(request).isPresent() ? Verdict.ALLOWED : Verdict.NOT_LOGGED_IN;
    }

    public boolean canConfigure(UserKey user) {
        if (userManager.isAdmin(user)) {
            return true;
        }
        // Unset: only Jira administrators configure.
        return settings.dbaGroup().map(group -> userManager.isUserInGroup(user, group)).orElse(false);
    }
}
