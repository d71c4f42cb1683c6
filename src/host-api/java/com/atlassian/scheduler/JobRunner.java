package com.atlassian.scheduler;

/** Stand-in for atlassian-scheduler's job runner (an interface, as the real one). */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
