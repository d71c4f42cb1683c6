package io.github.sqlaudit.jira.execution;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.github.sqlaudit.jira.store.ExecRunRepository;

/** The run row is written at most once a second while batches commit, and the stop request read as often. */
class RunRecorderTest {

    static final class StepClock extends Clock {
        Instant now = Instant.parse("2026-11-26T14:00:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void progressIsWrittenAtMostOnceASecondAndTheFinalCountsAlways() {
        ExecRunRepository runs = mock(ExecRunRepository.class);
        StepClock clock = new StepClock();
        try (RunRecorder recorder = new RunRecorder(runs, 7, 42L, clock)) {
            recorder.progress(10, 100, 10, Duration.ZERO); // first batch: written
            clock.now = clock.now.plusMillis(400);
            recorder.progress(20, 100, 20, Duration.ZERO); // within the second: not written
            clock.now = clock.now.plusMillis(700);
            recorder.progress(30, 100, 30, Duration.ZERO); // 1.1 s after the first write: written
            recorder.flush(35, 100, 35);
        }
        verify(runs).progress(7, 10, 100, 10);
        verify(runs, never()).progress(7, 20, 100, 20);
        verify(runs).progress(7, 30, 100, 30);
        verify(runs).progress(7, 35, 100, 35);
    }

    @Test
    void theStopRequestIsReadAtMostOnceASecondAndStaysTrue() {
        ExecRunRepository runs = mock(ExecRunRepository.class);
        when(runs.stopRequested(7)).thenReturn(false, true, false);
        StepClock clock = new StepClock();
        try (RunRecorder recorder = new RunRecorder(runs, 7, 42L, clock)) {
            assertThat(recorder.getAsBoolean()).isFalse();
            clock.now = clock.now.plusMillis(500);
            assertThat(recorder.getAsBoolean()).as("not read again within the second").isFalse();
            clock.now = clock.now.plusMillis(600);
            assertThat(recorder.getAsBoolean()).isTrue();
            clock.now = clock.now.plusSeconds(5);
            assertThat(recorder.getAsBoolean()).as("a stop is not taken back").isTrue();
        }
        verify(runs, times(2)).stopRequested(7);
        verify(runs, never()).progress(anyInt(), anyInt(), anyInt(), anyLong());
    }
}
