package com.atlassian.jira.config.util;

import java.io.File;

/**
 * Compile-only stand-in of Jira's home directories (an interface in Jira; not in the host-API notes, from
 * Jira's public API documentation: keep its use to {@code getSharedHome}).
 */
public interface JiraHome {
    File getSharedHome();
}
