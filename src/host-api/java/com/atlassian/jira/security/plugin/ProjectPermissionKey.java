package com.atlassian.jira.security.plugin;

/**
 * Compile-only stand-in of Jira's project permission key (a final class, as the real one). Unlike other
 * stand-ins its constructor works: {@code ProjectPermissions}' constants are built when that class loads,
 * which tests do. Jira's own class replaces both at run time.
 */
public final class ProjectPermissionKey {

    private final String key;

    public ProjectPermissionKey(String key) {
        this.key = key;
    }

    @Override
    public String toString() {
        return key;
    }
}
