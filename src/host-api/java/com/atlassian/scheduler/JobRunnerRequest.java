package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;

/** Stand-in for atlassian-scheduler's job request (an interface, as the real one). */
public interface JobRunnerRequest {
    JobId getJobId();

    JobConfig getJobConfig();
}
