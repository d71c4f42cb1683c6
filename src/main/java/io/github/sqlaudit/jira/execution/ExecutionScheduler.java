package io.github.sqlaudit.jira.execution;

import java.time.Clock;
import java.util.Date;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;

/**
 * Queues a run as a one-off atlassian-scheduler job that runs once in the whole cluster
 * ({@code RUN_ONCE_PER_CLUSTER}), on whichever node the scheduler picks, as soon as possible. The job id
 * names the run, so scheduling the same run twice replaces the job instead of running it twice.
 */
public final class ExecutionScheduler {

    /** The key {@link ExecutionJob} is registered under (by {@link ExecutionJobRegistration}). */
    static final String RUNNER_KEY = "io.github.sqlaudit.execute";

    private final SchedulerService scheduler;
    private final Clock clock;

    public ExecutionScheduler(SchedulerService scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    static JobId jobId(int runId) {
        return JobId.of("sqlaudit-execute-run-" + runId);
    }

    void schedule(ExecutionJobParameters parameters) throws SchedulerServiceException {
        JobConfig config = JobConfig.forJobRunnerKey(JobRunnerKey.of(RUNNER_KEY))
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.runOnce(Date.from(clock.instant())))
                .withParameters(parameters.toMap());
        scheduler.scheduleJob(jobId(parameters.runId()), config);
    }
}
