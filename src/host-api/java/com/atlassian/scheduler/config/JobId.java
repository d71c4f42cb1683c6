package com.atlassian.scheduler.config;

/** Stand-in for atlassian-scheduler's job id (a final class, as the real one). */
public final class JobId {

    private JobId() {
    }

    public static JobId of(String id) {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }
}
