package io.github.sqlaudit.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.java.ao.atlassian.AtlassianTableNameConverter;

/**
 * The execution runs on the real Active Objects ORM, as two Jira nodes see them: two entity managers (two
 * "nodes") over one database. Run over H2 and MariaDB by the subclasses, from an emptied table.
 */
abstract class ExecRunRepositoryContract {

    static final Instant T0 = Instant.parse("2026-11-26T14:00:00Z");
    static final String SHA = "ab".repeat(32);

    /** A database whose tables the two nodes share; called twice per test. */
    abstract AoTestDatabase database();

    AoTestDatabase nodeA;
    AoTestDatabase nodeB;
    MutableClock clock = new MutableClock(T0);
    ExecRunRepository runsA;
    ExecRunRepository runsB;

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @BeforeEach
    void twoNodes() throws Exception {
        nodeA = database();
        nodeA.activeObjects.migrate(ExecRun.class);
        nodeB = database();
        nodeB.activeObjects.migrate(ExecRun.class);
        try (Connection c = nodeA.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + nodeA.tablePrefix + "EXEC_RUN");
        }
        runsA = new ExecRunRepository(nodeA.activeObjects, clock);
        runsB = new ExecRunRepository(nodeB.activeObjects, clock);
    }

    @AfterEach
    void close() {
        nodeA.close();
        nodeB.close();
    }

    static ExecRunRepository.NewRun run(long issueId, String script) {
        return new ExecRunRepository.NewRun(issueId, "ORD-" + issueId, script, 7001L, SHA, true, "JIRAUSER1",
                "Dana Developer", "shop-prod (db1:3306)", "{\"sqlaudit.execute.batchSize\":\"100\"}");
    }

    @Test
    void theTableIsNamedWithThePluginPrefixWithinThirtyCharactersAndHasNoReservedColumnNames() throws Exception {
        @SuppressWarnings("unchecked")
        String table = new AtlassianTableNameConverter(name -> nodeA.tablePrefix + name)
                .getName((Class<? extends net.java.ao.RawEntity<?>>) (Class<?>) ExecRun.class);
        assertThat(table).isEqualTo(nodeA.tablePrefix + "EXEC_RUN").hasSizeLessThanOrEqualTo(30);
        List<String> columns = nodeA.tables().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(table)).findFirst().orElseThrow().getValue()
                .stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList();
        assertThat(columns).contains("ISSUE_ID", "SCRIPT_NAME", "SHA256", "STATE", "STATEMENTS_DONE", "STATEMENTS_TOTAL",
                "ROWS_AFFECTED", "STARTED_AT", "UPDATED_AT", "FINISHED_AT", "USER_KEY", "STOP_REQUESTED_BY",
                "STOP_REQUESTED_AT", "ERROR_SUMMARY", "HOST_OUTPUT");
        assertThat(columns).allSatisfy(c -> assertThat(c).hasSizeLessThanOrEqualTo(30)
                .isNotIn("BLOB", "CLOB", "NUMBER", "ROWID", "TIMESTAMP", "VARCHAR2"));
    }

    @Test
    void aBackgroundRunGoesFromQueuedThroughRunningToCompletedWithItsProgress() {
        ExecRunRecord queued = runsA.create(run(42, "01-big.sql"), ExecRunState.QUEUED);
        assertThat(queued.state()).isEqualTo(ExecRunState.QUEUED);
        assertThat(queued.startedAt()).isEmpty();
        assertThat(queued.queuedAt()).isEqualTo(T0);

        clock.now = T0.plusSeconds(5);
        runsB.started(queued.id()); // the scheduler picked node B
        clock.now = T0.plusSeconds(9);
        runsB.progress(queued.id(), 400, 1000, 396);

        ExecRunRecord running = runsA.find(queued.id()).orElseThrow();
        assertThat(running.state()).isEqualTo(ExecRunState.RUNNING);
        assertThat(running.startedAt()).contains(T0.plusSeconds(5));
        assertThat(running.statementsDone()).isEqualTo(400);
        assertThat(running.statementsTotal()).isEqualTo(1000);
        assertThat(running.rowsAffected()).isEqualTo(396);
        assertThat(running.updatedAt()).isEqualTo(T0.plusSeconds(9));

        clock.now = T0.plusSeconds(20);
        runsB.progress(queued.id(), 1000, 1000, 996);
        runsB.finish(queued.id(), ExecRunState.COMPLETED, "");
        ExecRunRecord done = runsA.find(queued.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(ExecRunState.COMPLETED);
        assertThat(done.finishedAt()).contains(T0.plusSeconds(20));
        assertThat(done.rowsAffected()).isEqualTo(996);
        assertThat(done.settings()).isEqualTo("{\"sqlaudit.execute.batchSize\":\"100\"}");
    }

    @Test
    void aStopRequestedOnOneNodeIsSeenByTheNodeRunningTheScript() {
        int id = runsA.create(run(43, "02-big.sql"), ExecRunState.RUNNING).id();
        assertThat(runsA.stopRequested(id)).isFalse();
        runsA.progress(id, 10, 100, 10); // node A has the row in its entity cache

        clock.now = T0.plusSeconds(3);
        ExecRunRecord stopping = runsB.requestStop(id, "JIRAUSER2").orElseThrow();

        assertThat(stopping.state()).isEqualTo(ExecRunState.STOPPING);
        assertThat(stopping.stopRequestedBy()).contains("JIRAUSER2");
        assertThat(stopping.stopRequestedAt()).contains(T0.plusSeconds(3));
        assertThat(runsA.stopRequested(id)).as("read from the database, not node A's cache").isTrue();
        runsA.progress(id, 20, 100, 20);
        assertThat(runsB.find(id).orElseThrow().state()).as("progress leaves the state alone").isEqualTo(ExecRunState.STOPPING);

        runsA.finish(id, ExecRunState.STOPPED, "");
        assertThat(runsB.find(id).orElseThrow().state()).isEqualTo(ExecRunState.STOPPED);
    }

    @Test
    void aStopRequestOnAFinishedRunChangesNothing() {
        int id = runsA.create(run(44, "03.sql"), ExecRunState.RUNNING).id();
        runsA.finish(id, ExecRunState.COMPLETED, "");

        ExecRunRecord after = runsB.requestStop(id, "JIRAUSER2").orElseThrow();

        assertThat(after.state()).isEqualTo(ExecRunState.COMPLETED);
        assertThat(after.stopRequestedAt()).isEmpty();
        assertThat(runsB.requestStop(999_999, "JIRAUSER2")).isEmpty();
    }

    @Test
    void aRunFinishedOnOneNodeIsNotStoppedFromAnotherNodesCachedCopy() {
        int id = runsA.create(run(50, "05.sql"), ExecRunState.RUNNING).id();
        assertThat(runsB.find(id).orElseThrow().state()).isEqualTo(ExecRunState.RUNNING); // node B caches the row
        runsA.finish(id, ExecRunState.COMPLETED, "");

        ExecRunRecord after = runsB.requestStop(id, "JIRAUSER2").orElseThrow();

        assertThat(after.state()).isEqualTo(ExecRunState.COMPLETED);
        assertThat(runsA.stopRequested(id)).isFalse();
    }

    @Test
    void anActiveRunNotUpdatedForLongIsStale() {
        int id = runsA.create(run(45, "04.sql"), ExecRunState.RUNNING).id();
        clock.now = T0.plus(ExecRunRecord.STALE_AFTER).minusSeconds(1);
        assertThat(runsA.find(id).orElseThrow().stale(clock.now)).isFalse();
        clock.now = T0.plus(ExecRunRecord.STALE_AFTER).plusSeconds(1);
        assertThat(runsA.find(id).orElseThrow().stale(clock.now)).isTrue();
        runsA.touch(id);
        assertThat(runsA.find(id).orElseThrow().stale(clock.now.plus(Duration.ofSeconds(30)))).isFalse();
        runsA.finish(id, ExecRunState.FAILED, "lost the connection");
        assertThat(runsA.find(id).orElseThrow().stale(clock.now.plus(Duration.ofHours(1)))).as("finished runs are never stale").isFalse();
    }

    @Test
    void scriptsQueuedBehindARunningOneAreKeptAliveByItsHeartbeat() {
        int running = runsA.create(run(48, "a.sql"), ExecRunState.RUNNING).id();
        int waiting = runsA.create(run(48, "b.sql"), ExecRunState.QUEUED).id();
        int otherIssue = runsA.create(run(49, "c.sql"), ExecRunState.QUEUED).id();
        clock.now = T0.plus(ExecRunRecord.STALE_AFTER).plusSeconds(10);

        runsB.touch(running);
        runsB.touchQueuedAfter(48, running);

        assertThat(runsA.find(waiting).orElseThrow().stale(clock.now)).isFalse();
        assertThat(runsA.find(waiting).orElseThrow().state()).isEqualTo(ExecRunState.QUEUED);
        assertThat(runsA.find(otherIssue).orElseThrow().stale(clock.now)).as("another issue's chain").isTrue();
    }

    @Test
    void theLatestRunOfEachScriptNewestFirstAndHostOutputIsCapped() {
        int first = runsA.create(run(46, "a.sql"), ExecRunState.RUNNING).id();
        runsA.finish(first, ExecRunState.STOPPED, "");
        runsA.create(run(46, "b.sql"), ExecRunState.RUNNING);
        int resumed = runsA.create(run(46, "a.sql"), ExecRunState.RUNNING).id();
        runsA.create(run(47, "other-issue.sql"), ExecRunState.RUNNING);

        assertThat(runsB.latestPerScript(46, 50)).extracting(ExecRunRecord::scriptName).containsExactly("a.sql", "b.sql");
        assertThat(runsB.latestPerScript(46, 50).get(0).id()).isEqualTo(resumed);
        assertThat(runsB.history(46, 50)).hasSize(3);

        runsA.hostOutput(resumed, "pre: " + "x".repeat(ExecRunRepository.MAX_TEXT));
        runsA.hostOutput(resumed, "post: done");
        String output = runsB.find(resumed).orElseThrow().hostOutput();
        assertThat(output).startsWith("pre: xxx").hasSize(ExecRunRepository.MAX_TEXT).endsWith("...");
    }
}
