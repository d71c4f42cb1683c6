package io.github.sqlaudit.jira.execution;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Registers {@link ExecutionJob} with the scheduler when the plugin starts and unregisters it when the
 * plugin stops (Spring init and destroy methods), as atlassian-scheduler requires of every node: a job
 * whose runner is not registered on the node that picks it up is not run there.
 */
public final class ExecutionJobRegistration {

    private final SchedulerService scheduler;
    private final ExecutionJob job;

    public ExecutionJobRegistration(SchedulerService scheduler, ExecutionJob job) {
        this.scheduler = scheduler;
        this.job = job;
    }

    public void start() {
        scheduler.registerJobRunner(JobRunnerKey.of(ExecutionScheduler.RUNNER_KEY), job);
    }

    public void stop() {
        scheduler.unregisterJobRunner(JobRunnerKey.of(ExecutionScheduler.RUNNER_KEY));
    }
}
