package com.atlassian.jira.config.util;

import java.io.File;

/** Stand-in of Jira's JiraHome (interface); {@code getHome()} is the shared home on a Data Center cluster. */
public interface JiraHome {

    File getHome();
}
