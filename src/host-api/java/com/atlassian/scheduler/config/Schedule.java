package com.atlassian.scheduler.config;

import java.util.Date;

/** Stand-in for atlassian-scheduler's schedule (a final class, as the real one). */
public final class Schedule {

    private Schedule() {
    }

    public static Schedule runOnce(Date runTime) {
        throw new UnsupportedOperationException("stand-in: Jira provides this");
    }
}
