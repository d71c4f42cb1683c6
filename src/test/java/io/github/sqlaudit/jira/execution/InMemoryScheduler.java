package io.github.sqlaudit.jira.execution;

import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mockito.ArgumentMatchers;
import org.mockito.MockedStatic;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;

/**
 * atlassian-scheduler in memory, for one test thread: the scheduler's value types (compile-only stand-ins
 * whose bodies throw) are replaced by Mockito static mocks that remember what they were built from, and
 * {@link #runDue()} hands each scheduled job once to the runner registered for its key, as a cluster
 * scheduler does with a RUN_ONCE_PER_CLUSTER job. A job id scheduled again replaces the pending job.
 */
final class InMemoryScheduler implements SchedulerService, AutoCloseable {

    /** A job as scheduled: what the test can check. */
    record Scheduled(String jobId, String runnerKey, RunMode runMode, Date runAt, Map<String, Serializable> parameters) {
    }

    private final Map<Object, String> names = new HashMap<>();
    private final Map<Object, Object> values = new HashMap<>();
    private final Map<String, JobRunner> runners = new HashMap<>();
    private final Deque<Scheduled> due = new ArrayDeque<>();
    final List<Scheduled> scheduled = new ArrayList<>();
    /** What each job answered: "success: ...", "failed: ..." or "aborted: ...". */
    final List<String> responses = new ArrayList<>();
    private final List<MockedStatic<?>> statics = new ArrayList<>();

    InMemoryScheduler() {
        MockedStatic<JobRunnerKey> keys = mockStatic(JobRunnerKey.class);
        keys.when(() -> JobRunnerKey.of(ArgumentMatchers.anyString())).thenAnswer(i -> named(JobRunnerKey.class, i.getArgument(0)));
        MockedStatic<JobId> ids = mockStatic(JobId.class);
        ids.when(() -> JobId.of(ArgumentMatchers.anyString())).thenAnswer(i -> named(JobId.class, i.getArgument(0)));
        MockedStatic<Schedule> schedules = mockStatic(Schedule.class);
        schedules.when(() -> Schedule.runOnce(ArgumentMatchers.any())).thenAnswer(i -> {
            Schedule schedule = mock(Schedule.class);
            values.put(schedule, i.getArgument(0));
            return schedule;
        });
        MockedStatic<JobConfig> configs = mockStatic(JobConfig.class);
        configs.when(() -> JobConfig.forJobRunnerKey(ArgumentMatchers.any())).thenAnswer(i -> config(i.getArgument(0)));
        MockedStatic<JobRunnerResponse> responses = mockStatic(JobRunnerResponse.class);
        responses.when(() -> JobRunnerResponse.success(ArgumentMatchers.any())).thenAnswer(i -> named(null, "success: " + i.getArgument(0)));
        responses.when(() -> JobRunnerResponse.failed(ArgumentMatchers.<String>any())).thenAnswer(i -> named(null, "failed: " + i.getArgument(0)));
        responses.when(() -> JobRunnerResponse.aborted(ArgumentMatchers.any())).thenAnswer(i -> named(null, "aborted: " + i.getArgument(0)));
        statics.addAll(List.of(keys, ids, schedules, configs, responses));
    }

    private Object named(Class<?> type, String name) {
        if (type == null) {
            Object response = mock(JobRunnerResponse.class);
            names.put(response, name);
            return response;
        }
        return names.entrySet().stream().filter(e -> type.isInstance(e.getKey()) && e.getValue().equals(name))
                .map(Map.Entry::getKey).findFirst().orElseGet(() -> {
                    Object made = mock(type);
                    names.put(made, name);
                    return made;
                });
    }

    /** A JobConfig whose with* calls record into a map and return the same config. */
    private JobConfig config(JobRunnerKey key) {
        JobConfig config = mock(JobConfig.class, RETURNS_SELF);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("key", names.get(key));
        when(config.withRunMode(ArgumentMatchers.any())).thenAnswer(i -> {
            state.put("mode", i.getArgument(0));
            return config;
        });
        when(config.withSchedule(ArgumentMatchers.any())).thenAnswer(i -> {
            state.put("at", values.get(i.getArgument(0)));
            return config;
        });
        when(config.withParameters(ArgumentMatchers.any())).thenAnswer(i -> {
            state.put("parameters", Map.copyOf(i.<Map<String, Serializable>>getArgument(0)));
            return config;
        });
        when(config.getParameters()).thenAnswer(i -> state.get("parameters"));
        values.put(config, state);
        return config;
    }

    @Override
    public void registerJobRunner(JobRunnerKey key, JobRunner runner) {
        runners.put(names.get(key), runner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey key) {
        runners.remove(names.get(key));
    }

    boolean registered(String key) {
        return runners.containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void scheduleJob(JobId id, JobConfig config) {
        Map<String, Object> state = (Map<String, Object>) values.get(config);
        Scheduled job = new Scheduled(names.get(id), (String) state.get("key"), (RunMode) state.get("mode"),
                (Date) state.get("at"), (Map<String, Serializable>) state.get("parameters"));
        due.removeIf(pending -> pending.jobId().equals(job.jobId()));
        due.add(job);
        scheduled.add(job);
        values.put(job, config);
    }

    /** Runs every due job once (and those they schedule), on this thread; returns how many ran. */
    int runDue() {
        int ran = 0;
        while (!due.isEmpty()) {
            Scheduled job = due.poll();
            JobRunner runner = runners.get(job.runnerKey());
            if (runner == null) {
                throw new AssertionError("no runner registered for " + job.runnerKey());
            }
            JobRunnerRequest request = mock(JobRunnerRequest.class);
            when(request.getJobConfig()).thenReturn((JobConfig) values.get(job));
            when(request.getJobId()).thenReturn((JobId) named(JobId.class, job.jobId()));
            responses.add(names.get(runner.runJob(request)));
            ran++;
        }
        return ran;
    }

    @Override
    public void close() {
        statics.forEach(MockedStatic::close);
    }
}
