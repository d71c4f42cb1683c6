package com.atlassian.scheduler.config;

/** Stand-in for atlassian-scheduler's run mode (an enum, as the real one). */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
