package com.atlassian.scheduler.config;

/** Stand-in for atlassian-scheduler's job runner key (a final class, as the real one). */
public final class JobRunnerKey {

    private JobRunnerKey() {
    }

    public static JobRunnerKey of(String key) {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }
}
