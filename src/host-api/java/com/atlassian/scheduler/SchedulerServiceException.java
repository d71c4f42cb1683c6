package com.atlassian.scheduler;

/** Stand-in for atlassian-scheduler's checked exception. */
public class SchedulerServiceException extends Exception {
    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
