package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Map;

/** Stand-in for atlassian-scheduler's immutable job configuration (a final class, as the real one). */
public final class JobConfig {

    private JobConfig() {
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }

    public JobConfig withRunMode(RunMode runMode) {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }

    public JobConfig withSchedule(Schedule schedule) {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }

    public JobConfig withParameters(Map<String, Serializable> parameters) {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }

    public Map<String, Serializable> getParameters() {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }
}
