package com.atlassian.jira.config.util;

import java.io.File;

/**
 * Compile-only stand-in of Jira's home directories (an interface in Jira). {@code getSharedHome()} is the
 * home shared by the nodes of a Data Center cluster; {@code getHome()} the same on a single node.
 */
public interface JiraHome {

    File getHome();

    File getSharedHome();
}
