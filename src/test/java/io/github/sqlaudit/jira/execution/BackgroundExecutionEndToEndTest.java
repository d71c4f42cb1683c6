package io.github.sqlaudit.jira.execution;

import static io.github.sqlaudit.jira.execution.ExecuteScriptsEndToEndTest.audit;
import static io.github.sqlaudit.jira.execution.ExecuteScriptsEndToEndTest.executionComments;
import static io.github.sqlaudit.jira.execution.ExecuteScriptsEndToEndTest.freeClusterLock;
import static io.github.sqlaudit.jira.execution.ExecuteScriptsEndToEndTest.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.atlassian.scheduler.config.RunMode;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.opensymphony.workflow.WorkflowException;

import io.github.sqlaudit.Sha256;
import io.github.sqlaudit.cli.EmbeddedMariaDb;
import io.github.sqlaudit.cmdb.Cmdb;
import io.github.sqlaudit.cmdb.Credential;
import io.github.sqlaudit.cmdb.HostService;
import io.github.sqlaudit.cmdb.InMemoryCmdbRepository;
import io.github.sqlaudit.cmdb.NetworkService;
import io.github.sqlaudit.cmdb.Secret;
import io.github.sqlaudit.execute.ExecutionLock;
import io.github.sqlaudit.execute.TransactionMode;
import io.github.sqlaudit.execute.TestSshHost;
import io.github.sqlaudit.jira.JiraTestHost;
import io.github.sqlaudit.jira.panel.PanelRenderer;
import io.github.sqlaudit.jira.rest.ExecutionsResource;
import io.github.sqlaudit.jira.rest.IssueGuard;
import io.github.sqlaudit.jira.store.ExecRunRecord;
import io.github.sqlaudit.jira.store.ExecRunState;
import io.github.sqlaudit.jira.workflow.AttachmentScripts;

/**
 * The post-function's background jobs, stop action and SSH host steps, on the in-memory Jira against a real
 * MariaDB 11.4 and a real SSH server (Apache MINA SSHD) standing for the database host: a large script goes
 * through atlassian-scheduler's job runner and runs exactly once; a stop request made through the REST
 * resource ends a run STOPPED after a batch, and the next transition resumes it to completion; a pre step
 * runs before the script, and a failing one keeps the script from running.
 */
class BackgroundExecutionEndToEndTest {

    static EmbeddedMariaDb server;
    static TestSshHost ssh;
    static String hostFingerprint;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        server = EmbeddedMariaDb.start("shop");
        ssh = TestSshHost.start(dir);
        hostFingerprint = ssh.fingerprint();
    }

    @AfterAll
    static void stop() throws IOException {
        ssh.close();
        server.close();
    }

    /** The shop CMDB plus its database host db1 (127.0.0.1, the test's SSH server) and the SSH credential. */
    static Cmdb cmdb(String fingerprint) {
        Cmdb shop = ExecuteScriptsEndToEndTest.shopWithExecuteConnection(server.port());
        HostService db1 = new HostService("db1.example.com", "Linux", 8, 0, ssh.port(), Optional.of(fingerprint),
                List.of(), List.of());
        NetworkService lan = new NetworkService("db1-lan", "db1.example.com", List.of("127.0.0.1"), "127.0.0.0/8",
                "dc1", "r1", List.of());
        List<Credential> credentials = new ArrayList<>(shop.credentials());
        credentials.add(new Credential("db-ssh", "dba"));
        return new Cmdb(shop.storage(), List.of(db1), List.of(lan), shop.dnsRecords(), shop.dataServices(),
                shop.clusters(), shop.connections(), credentials);
    }

    static Map<String, Secret> secrets() {
        Map<String, Secret> secrets = new HashMap<>(ExecuteScriptsEndToEndTest.secrets());
        secrets.put("db-ssh", Secret.of(TestSshHost.pem(ssh.dbaKey())));
        return secrets;
    }

    /** Everything the post-function and its job need, wired as plugin-context.xml wires them. */
    static final class Plugin implements AutoCloseable {
        final JiraTestHost host;
        final InMemoryCmdbRepository cmdb;
        final InMemoryScheduler scheduler = new InMemoryScheduler();
        final ExecutionScheduler executionScheduler;
        final ExecutionJob job;
        final ExecutionJobRegistration registration;
        final ExecuteScriptsFunction function;

        Plugin(String name, String fingerprint) throws Exception {
            host = new JiraTestHost(name);
            host.cmdb(cmdb(fingerprint), secrets());
            cmdb = new InMemoryCmdbRepository(cmdb(fingerprint), secrets());
            ExecutionLock lock = freeClusterLock();
            ScriptRunner runner = new ScriptRunner(host.runs, cmdb, lock, ExecuteConnections.jdbc(), host.comments, host.clock);
            executionScheduler = new ExecutionScheduler(scheduler, host.clock);
            AttachmentScripts attachments = new AttachmentScripts(host.attachmentManager);
            job = new ExecutionJob(host.issueManager, host.users, attachments, host.reports, host.runs, cmdb, runner,
                    executionScheduler, host.comments);
            registration = new ExecutionJobRegistration(scheduler, job);
            registration.start();
            function = new ExecuteScriptsFunction(new ExecuteScripts(attachments, host.reports, cmdb, host.runs, runner,
                    executionScheduler, host.comments), host.authentication);
        }

        void transition(ExecutionSettings settings) throws WorkflowException {
            function.execute(host.transientVars(), settings.toArgs(), null);
        }

        ExecutionsResource executions() {
            return new ExecutionsResource(new IssueGuard(host.issueManager, host.permissions, host.authentication),
                    host.runs, host.permissions, host.clock);
        }

        List<ExecRunRecord> runs() {
            return host.runs.history(JiraTestHost.ISSUE_ID, 50).stream()
                    .sorted(java.util.Comparator.comparingInt(ExecRunRecord::id)).toList();
        }

        @Override
        public void close() {
            scheduler.close();
            host.close();
        }
    }

    static ExecutionSettings background(int batchSize, long pauseMillis) {
        ExecutionSettings d = ExecutionSettings.defaults();
        return new ExecutionSettings(d.pattern(), d.environment(), batchSize, true, TransactionMode.PER_BATCH, false,
                pauseMillis, 0, 1, HostSteps.none());
    }

    static ExecutionSettings withHostSteps(String pre, String post) {
        ExecutionSettings d = ExecutionSettings.defaults();
        return new ExecutionSettings(d.pattern(), d.environment(), d.batchSize(), true, TransactionMode.PER_BATCH, false,
                0, 0, d.backgroundAboveKb(), new HostSteps(pre, post, "db-ssh", 10));
    }

    static void table(String name, int rows) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + name + " (id INT PRIMARY KEY, n INT NOT NULL)");
            StringBuilder insert = new StringBuilder("INSERT INTO " + name + " VALUES ");
            for (int i = 1; i <= rows; i++) {
                insert.append(i == 1 ? "" : ",").append("(").append(i).append(", 0)");
            }
            s.execute(insert.toString());
        }
    }

    static String increments(String table, int rows) {
        StringBuilder script = new StringBuilder("-- one increment per row\n");
        for (int i = 1; i <= rows; i++) {
            script.append("UPDATE ").append(table).append(" SET n = n + 1 WHERE id = ").append(i).append(";\n");
        }
        return script.toString();
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
    }

    static long query(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static HttpServletRequest browser() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getHeader("X-Atlassian-Token")).thenReturn("no-check");
        return request;
    }

    static JsonObject body(Response response) {
        return JsonParser.parseString((String) response.getEntity()).getAsJsonObject();
    }

    @Test
    void largeScriptsAreQueuedAsOneClusterJobEachAndRunInOrderExactlyOnce() throws Exception {
        table("bg_once", 200);
        String big = increments("bg_once", 200);
        String small = "INSERT INTO tags (id, label) VALUES (20, 'after-bg');\n";
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS tags (id INT PRIMARY KEY, label VARCHAR(40) NOT NULL)");
        }
        try (Plugin plugin = new Plugin("bg-once", hostFingerprint)) {
            plugin.host.attach("20-big.sql", utf8(big));
            plugin.host.attach("21-tag.sql", utf8(small));
            audit(plugin.host);

            plugin.transition(background(50, 0));

            assertThat(query("SELECT SUM(n) FROM bg_once")).as("nothing ran in the transition").isZero();
            assertThat(plugin.runs()).extracting(ExecRunRecord::scriptName, ExecRunRecord::state).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("20-big.sql", ExecRunState.QUEUED),
                    org.assertj.core.groups.Tuple.tuple("21-tag.sql", ExecRunState.QUEUED));
            assertThat(executionComments(plugin.host)).singleElement().asString()
                    .startsWith("SQL Audit queued 2 approved scripts").contains("in this order: 20-big.sql, 21-tag.sql");
            InMemoryScheduler.Scheduled job = plugin.scheduler.scheduled.get(0);
            assertThat(plugin.scheduler.scheduled).hasSize(1);
            assertThat(job.runnerKey()).isEqualTo("io.github.sqlaudit.execute");
            assertThat(job.runMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
            assertThat(job.runAt()).isNotNull();
            assertThat(job.parameters()).containsOnlyKeys("runId", "issueId", "attachmentId", "sha256", "userKey")
                    .containsEntry("issueId", JiraTestHost.ISSUE_ID).containsEntry("sha256", Sha256.of(big))
                    .containsEntry("userKey", JiraTestHost.DEVELOPER_KEY)
                    .containsEntry("runId", plugin.runs().get(0).id());

            assertThat(plugin.scheduler.runDue()).as("the first job queues the second when its script completed").isEqualTo(2);

            assertThat(query("SELECT COUNT(*) FROM bg_once WHERE n = 1")).isEqualTo(200);
            assertThat(query("SELECT COUNT(*) FROM tags WHERE id = 20")).isEqualTo(1);
            assertThat(plugin.runs()).allSatisfy(run -> assertThat(run.state()).isEqualTo(ExecRunState.COMPLETED));
            ExecRunRecord first = plugin.runs().get(0);
            assertThat(first.statementsDone()).isEqualTo(200);
            assertThat(first.statementsTotal()).isEqualTo(200);
            assertThat(first.rowsAffected()).isEqualTo(200);
            assertThat(first.startedAt()).isPresent();
            assertThat(plugin.scheduler.responses).allSatisfy(r -> assertThat(r).startsWith("success: SQL Audit executed"));
            assertThat(executionComments(plugin.host)).hasSize(3).element(1).asString()
                    .startsWith("SQL Audit executed 20-big.sql on shop-prod").contains(": completed.")
                    .contains("200 of 200 statements ran now");

            // The scheduler delivers the first job again (a node restart, a retry): the run row is no longer
            // QUEUED, so nothing runs twice.
            plugin.executionScheduler.schedule(new ExecutionJobParameters(first.id(), JiraTestHost.ISSUE_ID,
                    first.attachmentId(), first.sha256(), JiraTestHost.DEVELOPER_KEY));
            assertThat(plugin.scheduler.runDue()).isEqualTo(1);
            assertThat(plugin.scheduler.responses.get(2)).startsWith("aborted: execution run " + first.id())
                    .contains("not run twice");
            assertThat(query("SELECT COUNT(*) FROM bg_once WHERE n = 1")).isEqualTo(200);
            assertThat(query("SELECT COUNT(*) FROM sqlaudit_ledger l JOIN sqlaudit_ledger_script s ON s.id = l.script_id"
                    + " WHERE s.script_sha256 = '" + Sha256.of(big) + "' AND l.status = 'DONE'")).isEqualTo(200);

            plugin.registration.stop();
            assertThat(plugin.scheduler.registered("io.github.sqlaudit.execute")).isFalse();
        }
    }

    @Test
    void aStopRequestEndsTheRunStoppedAfterABatchAndTheNextTransitionResumesItToCompletion() throws Exception {
        table("bg_stop", 300);
        String script = increments("bg_stop", 300);
        try (Plugin plugin = new Plugin("bg-stop", hostFingerprint)) {
            plugin.host.attach("30-slow.sql", utf8(script));
            audit(plugin.host);
            plugin.transition(background(10, 100)); // 30 batches, 100 ms apart: about 3 s
            int runId = plugin.runs().get(0).id();

            // Another user's browser, while the job runs on "another node" (this test's main thread).
            CompletableFuture<Response> stop = CompletableFuture.supplyAsync(() -> {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (System.nanoTime() < deadline) {
                    ExecRunRecord run = plugin.host.runs.find(runId).orElseThrow();
                    if (run.state() == ExecRunState.RUNNING && run.statementsDone() > 0) {
                        JsonObject progress = body(plugin.executions().list(JiraTestHost.ISSUE_KEY));
                        assertThat(progress.get("active").getAsBoolean()).isTrue();
                        return plugin.executions().stop(browser(), runId);
                    }
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                }
                throw new AssertionError("the run never started");
            });
            plugin.scheduler.runDue();

            Response answer = stop.get(30, TimeUnit.SECONDS);
            assertThat(answer.getStatus()).isEqualTo(200);
            assertThat(body(answer).get("message").getAsString()).contains("stops after its current batch");
            ExecRunRecord stopped = plugin.host.runs.find(runId).orElseThrow();
            assertThat(stopped.state()).isEqualTo(ExecRunState.STOPPED);
            assertThat(stopped.stopRequestedBy()).contains(JiraTestHost.DEVELOPER_KEY);
            assertThat(stopped.statementsDone()).isPositive().isLessThan(300);
            assertThat(stopped.statementsDone() % 10).as("ends after a whole batch").isZero();
            assertThat(query("SELECT SUM(n) FROM bg_stop")).isEqualTo(stopped.statementsDone());
            assertThat(executionComments(plugin.host)).last().asString().contains("stopped on request");
            JsonObject afterStop = body(plugin.executions().list(JiraTestHost.ISSUE_KEY));
            assertThat(afterStop.get("active").getAsBoolean()).isFalse();
            assertThat(afterStop.getAsJsonArray("executions").get(0).getAsJsonObject().get("state").getAsString())
                    .isEqualTo("STOPPED");

            plugin.transition(background(10, 0));
            plugin.scheduler.runDue();

            ExecRunRecord resumed = plugin.runs().get(1);
            assertThat(resumed.state()).isEqualTo(ExecRunState.COMPLETED);
            assertThat(resumed.statementsDone()).isEqualTo(300);
            assertThat(query("SELECT COUNT(*) FROM bg_stop WHERE n = 1")).as("every row changed exactly once").isEqualTo(300);
            assertThat(executionComments(plugin.host)).last().asString()
                    .contains((300 - stopped.statementsDone()) + " of 300 statements ran now, " + stopped.statementsDone()
                            + " had run before");
            assertThat(plugin.executions().stop(browser(), runId).getStatus()).as("a finished run").isEqualTo(409);
        }
    }

    @Test
    void aScriptStoppedWhileQueuedNeverStartsAndTheScriptsAfterItAreNotRun() throws Exception {
        table("bg_q1", 60);
        table("bg_q2", 60);
        table("bg_q3", 60);
        try (Plugin plugin = new Plugin("bg-queued-stop", hostFingerprint)) {
            plugin.host.attach("70-first.sql", utf8(increments("bg_q1", 60)));
            plugin.host.attach("71-second.sql", utf8(increments("bg_q2", 60)));
            plugin.host.attach("72-third.sql", utf8(increments("bg_q3", 60)));
            audit(plugin.host);
            plugin.transition(background(20, 0));
            int second = plugin.runs().get(1).id();

            assertThat(plugin.executions().stop(browser(), second).getStatus()).isEqualTo(200);
            plugin.scheduler.runDue();

            assertThat(plugin.runs()).extracting(ExecRunRecord::state).containsExactly(ExecRunState.COMPLETED,
                    ExecRunState.STOPPED, ExecRunState.FAILED);
            assertThat(query("SELECT SUM(n) FROM bg_q1")).isEqualTo(60);
            assertThat(query("SELECT SUM(n) FROM bg_q2")).isZero();
            assertThat(query("SELECT SUM(n) FROM bg_q3")).as("not run out of order").isZero();
            assertThat(plugin.runs().get(1).startedAt()).isPresent();
            assertThat(plugin.runs().get(1).statementsDone()).isZero();
            assertThat(executionComments(plugin.host)).anySatisfy(c -> assertThat(c)
                    .contains("SQL Audit did not execute 71-second.sql: a stop was requested before it started"));
            assertThat(plugin.runs().get(2).errorSummary()).contains("72-third.sql").contains("71-second.sql before it");
        }
    }

    @Test
    void theJobReadsTheAttachmentAgainAndRunsNothingWhenItWasReplacedOrItsBytesChanged() throws Exception {
        table("bg_changed", 100);
        String script = increments("bg_changed", 100);
        try (Plugin plugin = new Plugin("bg-replaced", hostFingerprint)) {
            plugin.host.attach("60-big.sql", utf8(script));
            audit(plugin.host);
            plugin.transition(background(50, 0));
            // Before the job starts, the attachment is replaced by another file of the same name (a new attachment).
            plugin.host.detachAll();
            plugin.host.attach("60-big.sql", utf8(script.replace("n = n + 1", "n = n + 100")));

            plugin.scheduler.runDue();

            assertThat(query("SELECT SUM(n) FROM bg_changed")).isZero();
            ExecRunRecord run = plugin.runs().get(0);
            assertThat(run.state()).isEqualTo(ExecRunState.FAILED);
            assertThat(run.errorSummary()).contains("the attachment was removed from ORD-42 after the transition queued it");
            assertThat(plugin.scheduler.responses).singleElement().asString().startsWith("failed: SQL Audit did not execute 60-big.sql");
        }
        try (Plugin plugin = new Plugin("bg-changed", hostFingerprint)) {
            // The same attachment whose stored bytes differ when the job reads them (the store was tampered with).
            java.util.concurrent.atomic.AtomicBoolean tampered = new java.util.concurrent.atomic.AtomicBoolean();
            byte[] original = utf8(script);
            byte[] changed = utf8(script.replace("n = n + 1", "n = n + 100"));
            plugin.host.attach("61-big.sql", original.length, () -> new java.io.ByteArrayInputStream(
                    tampered.get() ? changed : original));
            audit(plugin.host);
            plugin.transition(background(50, 0));
            tampered.set(true);

            plugin.scheduler.runDue();

            assertThat(query("SELECT SUM(n) FROM bg_changed")).isZero();
            ExecRunRecord run = plugin.runs().get(0);
            assertThat(run.state()).isEqualTo(ExecRunState.FAILED);
            assertThat(run.errorSummary()).contains("61-big.sql was changed after its audit");
            assertThat(executionComments(plugin.host)).last().asString().contains("61-big.sql was changed after its audit");
        }
    }

    @Test
    void thePanelShowsARunningExecutionsProgressAndAStopButtonForPermittedUsers() throws Exception {
        try (Plugin plugin = new Plugin("bg-panel", hostFingerprint)) {
            ExecRunRecord run = plugin.host.runs.create(new io.github.sqlaudit.jira.store.ExecRunRepository.NewRun(
                    JiraTestHost.ISSUE_ID, JiraTestHost.ISSUE_KEY, "40-<b>big</b>.sql", 1L, "ab".repeat(32), true,
                    JiraTestHost.DEVELOPER_KEY, "Dana Developer", "shop-prod (127.0.0.1:3306)", "{}"), ExecRunState.RUNNING);
            plugin.host.runs.progress(run.id(), 250, 1000, 240);

            Map<String, Object> context = plugin.host.panel().getContextMap(plugin.host.developer, plugin.host.helper());
            @SuppressWarnings("unchecked")
            Map<String, Object> panel = (Map<String, Object>) context.get("sqlaudit");
            assertThat(panel).containsEntry("executionActive", true);
            @SuppressWarnings("unchecked")
            Map<String, Object> row = ((List<Map<String, Object>>) panel.get("executions")).get(0);
            assertThat(row).containsEntry("state", "RUNNING").containsEntry("done", 250).containsEntry("total", 1000)
                    .containsEntry("percent", 25).containsEntry("rows", 240L).containsEntry("canStop", true);
            for (PanelRenderer renderer : PanelRenderer.values()) {
                org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(renderer.panel(context));
                org.jsoup.nodes.Element tr = html.selectFirst("tr.sqlaudit-execution");
                assertThat(tr.text()).as(renderer.name()).contains("40-<b>big</b>.sql").contains("running")
                        .contains("250 of 1000").contains("240").contains("Dana Developer");
                assertThat(html.select("tr.sqlaudit-execution b")).as("escaped").isEmpty();
                assertThat(tr.selectFirst(".aui-progress-indicator").attr("data-value")).isEqualTo("25");
                assertThat(tr.select("button.sqlaudit-stop")).hasSize(1);
                assertThat(html.selectFirst("table.sqlaudit-executions").attr("data-active")).isEqualTo("true");
            }

            plugin.host.deny(com.atlassian.jira.permission.ProjectPermissions.TRANSITION_ISSUES);
            Map<String, Object> viewer = plugin.host.panel().getContextMap(plugin.host.developer, plugin.host.helper());
            org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(PanelRenderer.VELOCITY_1_7.panel(viewer));
            assertThat(html.select("button.sqlaudit-stop")).as("no stop button without the transition permission").isEmpty();
            assertThat(plugin.executions().stop(browser(), run.id()).getStatus()).isEqualTo(403);
            assertThat(plugin.host.runs.stopRequested(run.id())).isFalse();
        }
    }

    @Test
    void thePreStepRunsOnTheDatabaseHostBeforeTheScriptAndItsOutputIsKept() throws Exception {
        table("ssh_ok", 3);
        try (Plugin plugin = new Plugin("ssh-ok", hostFingerprint)) {
            plugin.host.attach("50-ok.sql", utf8(increments("ssh_ok", 3)));
            audit(plugin.host);

            plugin.transition(withHostSteps("backup shop", "check shop"));

            assertThat(query("SELECT COUNT(*) FROM ssh_ok WHERE n = 1")).isEqualTo(3);
            ExecRunRecord run = plugin.runs().get(0);
            assertThat(run.state()).isEqualTo(ExecRunState.COMPLETED);
            assertThat(run.hostOutput()).contains("[pre] backup shop -> exit 0").contains("dumped shop")
                    .contains("[post] check shop -> exit 0").contains("shop is consistent");
            assertThat(run.hostOutput().indexOf("[pre]")).isLessThan(run.hostOutput().indexOf("[post]"));
            assertThat(executionComments(plugin.host)).singleElement().asString().contains(": completed.")
                    .contains("[pre] backup shop -> exit 0").contains("dumped shop").contains("[post] check shop");
            assertThat(ssh.ran()).containsSubsequence("backup shop", "check shop");
        }
    }

    @Test
    void aFailingPreStepKeepsTheScriptFromRunningAndTheCommentSaysWhy() throws Exception {
        table("ssh_fail", 3);
        try (Plugin plugin = new Plugin("ssh-fail", hostFingerprint)) {
            plugin.host.attach("51-fail.sql", utf8(increments("ssh_fail", 3)));
            audit(plugin.host);

            assertThatThrownBy(() -> plugin.transition(withHostSteps("fail", "")))
                    .isInstanceOf(WorkflowException.class).hasMessageContaining("the pre command failed");

            assertThat(query("SELECT SUM(n) FROM ssh_fail")).isZero();
            ExecRunRecord run = plugin.runs().get(0);
            assertThat(run.state()).isEqualTo(ExecRunState.FAILED);
            assertThat(run.hostOutput()).contains("[pre] fail -> exit 3").contains("disk full");
            assertThat(executionComments(plugin.host)).singleElement().asString()
                    .contains("SQL Audit did not execute 51-fail.sql").contains("the pre command failed, so the script did not run")
                    .contains("'fail' exited with 3").contains("disk full");
        }
    }

    @Test
    void aHostWhoseKeyIsNotTheRecordedOneIsRefusedAndTheScriptDoesNotRun() throws Exception {
        table("ssh_key", 3);
        String otherFingerprint = "SHA256:" + "A".repeat(43);
        try (Plugin plugin = new Plugin("ssh-key", otherFingerprint)) {
            plugin.host.attach("52-key.sql", utf8(increments("ssh_key", 3)));
            audit(plugin.host);

            assertThatThrownBy(() -> plugin.transition(withHostSteps("backup shop", "")))
                    .isInstanceOf(WorkflowException.class).hasMessageContaining("does not match the fingerprint recorded in the CMDB");
            assertThat(query("SELECT SUM(n) FROM ssh_key")).isZero();
            assertThat(plugin.runs().get(0).state()).isEqualTo(ExecRunState.FAILED);
        }
    }
}
