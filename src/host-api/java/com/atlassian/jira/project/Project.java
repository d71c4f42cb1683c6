package com.atlassian.jira.project;

/** Compile-only stand-in of Jira's project (an interface, as the real one). */
public interface Project {
    String getKey();
}
