package com.atlassian.scheduler;

/** Stand-in for atlassian-scheduler's job outcome (a final class with static factories, as the real one). */
public final class JobRunnerResponse {

    private JobRunnerResponse() {
    }

    public static JobRunnerResponse success(String message) {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }

    public static JobRunnerResponse failed(String message) {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }

    public static JobRunnerResponse aborted(String message) {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }
}
