package io.github.sqlaudit.jira.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.WorkflowException;

import io.github.sqlaudit.cli.EmbeddedMariaDb;
import io.github.sqlaudit.cmdb.Cmdb;
import io.github.sqlaudit.cmdb.ConnectionService;
import io.github.sqlaudit.cmdb.Credential;
import io.github.sqlaudit.cmdb.DataService;
import io.github.sqlaudit.cmdb.Engine;
import io.github.sqlaudit.cmdb.InMemoryCmdbRepository;
import io.github.sqlaudit.cmdb.Protocol;
import io.github.sqlaudit.cmdb.Purpose;
import io.github.sqlaudit.cmdb.Secret;
import io.github.sqlaudit.execute.ExecutionLock;
import io.github.sqlaudit.execute.ExecutionResult;
import io.github.sqlaudit.jira.JiraTestHost;
import io.github.sqlaudit.jira.workflow.AttachmentScripts;
import io.github.sqlaudit.jira.workflow.ValidatorSettings;

/**
 * The post-function on an in-memory Jira (issue 8's {@link JiraTestHost}) against a real MariaDB 11.4 reached
 * through the CMDB's execute connection: the validator audits and stores the report, then the post-function
 * runs only what that report approved, exactly once, and comments the outcome.
 */
class ExecuteScriptsEndToEndTest {

    static EmbeddedMariaDb server;
    static Cmdb cmdb;

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedMariaDb.start("shop");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE counters (id INT PRIMARY KEY, n INT NOT NULL)");
            s.execute("INSERT INTO counters VALUES (1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0), (7, 0)");
            s.execute("CREATE TABLE tags (id INT PRIMARY KEY, label VARCHAR(40) NOT NULL)");
        }
        cmdb = shopWithExecuteConnection(server.port());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** shop-prod serving project ORD in prod: a review and an execute connection, both on the embedded server. */
    static Cmdb shopWithExecuteConnection(int port) {
        DataService shop = new DataService("shop-prod", Engine.MARIADB, "11.4", "shop", Optional.of("prod"), "dba",
                Set.of("ORD"), Set.of(), Optional.empty(), List.of());
        ConnectionService review = new ConnectionService("shop-review", "shop-prod", "127.0.0.1", port,
                Optional.empty(), Optional.empty(), Protocol.TCP, Optional.empty(), Purpose.REVIEW,
                Optional.of("shop-reviewer"), List.of());
        ConnectionService execute = new ConnectionService("shop-execute", "shop-prod", "127.0.0.1", port,
                Optional.empty(), Optional.empty(), Protocol.TCP, Optional.empty(), Purpose.EXECUTE,
                Optional.of("shop-deployer"), List.of());
        return new Cmdb(List.of(), List.of(), List.of(), List.of(), List.of(shop), List.of(), List.of(review, execute),
                List.of(new Credential("shop-reviewer", "root"), new Credential("shop-deployer", "root")));
    }

    static Map<String, Secret> secrets() {
        return Map.of("shop-reviewer", Secret.of(""), "shop-deployer", Secret.of(""));
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

    static String text(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static long counter(int id) throws SQLException {
        return query("SELECT n FROM counters WHERE id = " + id);
    }

    /** The ledger's rows of one script (by the SHA-256 of its bytes) with the status; 0 before any ledger exists. */
    static long ledgerRows(String scriptText, String status) throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.getMetaData().getTables("shop", null, "sqlaudit_ledger", null)) {
            if (!rs.next()) {
                return 0;
            }
        }
        return query("SELECT COUNT(*) FROM sqlaudit_ledger l JOIN sqlaudit_ledger_script s ON s.id = l.script_id"
                + " WHERE s.script_sha256 = '" + io.github.sqlaudit.Sha256.of(scriptText) + "' AND l.status = '" + status + "'");
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] withBom(String text) {
        byte[] body = utf8(text);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }

    static void audit(JiraTestHost host) throws Exception {
        host.validator().validate(host.transientVars(), new LinkedHashMap<>(ValidatorSettings.defaults().toArgs()), null);
    }

    static ExecuteScripts executeScripts(JiraTestHost host, ExecutionLock lock) {
        return executeScripts(host, lock, new ExecutionScheduler(mock(com.atlassian.scheduler.SchedulerService.class), host.clock));
    }

    static ScriptRunner runner(JiraTestHost host, ExecutionLock lock) {
        return new ScriptRunner(host.runs, new InMemoryCmdbRepository(cmdb, secrets()), lock, ExecuteConnections.jdbc(),
                host.comments, host.clock);
    }

    static ExecuteScripts executeScripts(JiraTestHost host, ExecutionLock lock, ExecutionScheduler scheduler) {
        return new ExecuteScripts(new AttachmentScripts(host.attachmentManager), host.reports,
                new InMemoryCmdbRepository(cmdb, secrets()), host.runs, runner(host, lock), scheduler, host.comments);
    }

    static ClusterExecutionLock freeClusterLock() {
        ClusterLockService service = mock(ClusterLockService.class);
        ClusterLock lock = mock(ClusterLock.class);
        when(service.getLockForName(any())).thenReturn(lock);
        when(lock.tryLock()).thenReturn(true);
        return new ClusterExecutionLock(service);
    }

    /** The comments the post-function posted (the validator's go out with dispatchEvent = true). */
    static List<String> executionComments(JiraTestHost host) {
        ArgumentCaptor<String> bodies = ArgumentCaptor.forClass(String.class);
        verify(host.comments, atLeast(0)).create(eq(host.issue), any(), bodies.capture(), eq(false));
        return bodies.getAllValues();
    }

    static JiraTestHost host(String name) throws Exception {
        JiraTestHost host = new JiraTestHost(name);
        host.cmdb(cmdb, secrets());
        return host;
    }

    @Test
    void anAuditedScriptRunsOnceThroughThePostFunctionAndASecondTransitionExecutesNothing() throws Exception {
        try (JiraTestHost host = host("exec-pass")) {
            // Saved by an editor that writes a byte-order mark: the audit hashes the bytes after it, and so must the run.
            String script = "-- bump one counter\nUPDATE counters SET n = n + 1 WHERE id = 1;\n";
            host.attach("01-counter.sql", withBom(script));
            audit(host);
            assertThat(host.reports.latest(JiraTestHost.ISSUE_ID).orElseThrow().verdict()).isEqualTo("PASS");

            ExecuteScriptsFunction function = new ExecuteScriptsFunction(executeScripts(host, freeClusterLock()),
                    host.authentication);
            function.execute(host.transientVars(), ExecutionSettings.defaults().toArgs(), null);

            assertThat(counter(1)).isEqualTo(1);
            assertThat(ledgerRows(script, "DONE")).isEqualTo(1);
            assertThat(text("SELECT executed_by FROM sqlaudit_ledger l JOIN sqlaudit_ledger_script s ON s.id = l.script_id"
                    + " WHERE s.script_name = '01-counter.sql' AND l.status = 'DONE'"))
                    .as("the ledger names the Jira user who made the transition").isEqualTo(JiraTestHost.DEVELOPER_KEY);
            assertThat(executionComments(host)).singleElement().satisfies(body -> assertThat(body)
                    .startsWith("SQL Audit executed 01-counter.sql on shop-prod (127.0.0.1:" + server.port() + "): completed.")
                    .contains("1 of 1 statements ran now, 0 had run before; 1 rows changed")
                    .contains("statement 1 (line 2): 1 rows"));

            // Exactly once: the same transition again runs nothing; the ledger says it ran before.
            List<ExecuteScripts.ScriptRun> again = executeScripts(host, freeClusterLock())
                    .run(host.issue, host.developer, ExecutionSettings.defaults());
            assertThat(again).singleElement().satisfies(run -> {
                assertThat(run.result().status()).isEqualTo(ExecutionResult.Status.COMPLETED);
                assertThat(run.result().executed()).isZero();
                assertThat(run.result().skipped()).isEqualTo(1);
            });
            assertThat(counter(1)).isEqualTo(1);
            assertThat(ledgerRows(script, "DONE")).isEqualTo(1);
            assertThat(executionComments(host)).hasSize(2).last().asString()
                    .contains("0 of 1 statements ran now, 1 had run before");
        }
    }

    @Test
    void aScriptChangedAfterItsAuditIsRefusedWithACommentAndNothingRuns() throws Exception {
        try (JiraTestHost host = host("exec-changed")) {
            host.attach("02-first.sql", utf8("UPDATE counters SET n = n + 1 WHERE id = 2;\n"));
            host.attach("03-counter.sql", utf8("UPDATE counters SET n = n + 1 WHERE id = 3;\n"));
            audit(host);
            // After approval the developer swaps the second script's content under the same name.
            host.detachAll();
            host.attach("02-first.sql", utf8("UPDATE counters SET n = n + 1 WHERE id = 2;\n"));
            host.attach("03-counter.sql", utf8("UPDATE counters SET n = n + 100 WHERE id > 0;\n"));

            assertThatThrownBy(() -> executeScripts(host, freeClusterLock())
                    .run(host.issue, host.developer, ExecutionSettings.defaults()))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessageContaining("03-counter.sql was changed after its audit")
                    .hasMessageContaining("it must be reviewed again");

            assertThat(counter(2)).as("the unchanged script does not run either: nothing half-done").isZero();
            assertThat(counter(3)).isZero();
            assertThat(ledgerRows("UPDATE counters SET n = n + 1 WHERE id = 2;\n", "DONE")).isZero();
            assertThat(executionComments(host)).singleElement().asString()
                    .startsWith("SQL Audit executed no script on this transition:")
                    .contains("03-counter.sql was changed after its audit");
        }
    }

    @Test
    void aBlockedScriptIsRefused() throws Exception {
        try (JiraTestHost host = host("exec-block")) {
            host.attach("04-wipe.sql", utf8("UPDATE counters SET n = n + 1 WHERE id = 4;\nDELETE FROM counters;\n"));
            assertThatThrownBy(() -> audit(host)).isInstanceOf(InvalidInputException.class);
            assertThat(host.reports.latest(JiraTestHost.ISSUE_ID).orElseThrow().verdict()).isEqualTo("BLOCK");

            assertThatThrownBy(() -> executeScripts(host, freeClusterLock())
                    .run(host.issue, host.developer, ExecutionSettings.defaults()))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessageContaining("04-wipe.sql did not pass its audit (BLOCK)");
            assertThat(query("SELECT COUNT(*) FROM counters")).isEqualTo(7);
            assertThat(counter(4)).isZero();
        }
    }

    @Test
    void aScriptNeverAuditedIsRefused() throws Exception {
        try (JiraTestHost host = host("exec-unaudited")) {
            host.attach("05-counter.sql", utf8("UPDATE counters SET n = n + 1 WHERE id = 5;\n"));
            assertThatThrownBy(() -> executeScripts(host, freeClusterLock())
                    .run(host.issue, host.developer, ExecutionSettings.defaults()))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessageContaining("05-counter.sql has not been audited");
            assertThat(counter(5)).isZero();
        }
    }

    @Test
    void whileTheLatestAuditIsStillRunningNothingRunsEvenIfAnEarlierAuditPassed() throws Exception {
        try (JiraTestHost host = host("exec-pending")) {
            host.attach("05-counter.sql", utf8("UPDATE counters SET n = n + 1 WHERE id = 5;\n"));
            audit(host);
            host.reports.begin(new io.github.sqlaudit.jira.store.ReportRepository.NewReport(JiraTestHost.ISSUE_ID,
                    JiraTestHost.ISSUE_KEY, "re-audit", true, JiraTestHost.DEVELOPER_KEY, "Dana Developer", "prod",
                    "default", List.of(), "{}"));
            assertThatThrownBy(() -> executeScripts(host, freeClusterLock())
                    .run(host.issue, host.developer, ExecutionSettings.defaults()))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessageContaining("the latest audit of ORD-42 is still running");
            assertThat(counter(5)).isZero();
        }
    }

    @Test
    void whileAnotherNodeHoldsTheClusterLockTheRunIsRefused() throws Exception {
        try (JiraTestHost host = host("exec-locked")) {
            host.attach("06-counter.sql", utf8("UPDATE counters SET n = n + 1 WHERE id = 6;\n"));
            audit(host);
            ClusterLockService service = mock(ClusterLockService.class);
            ClusterLock held = mock(ClusterLock.class);
            when(service.getLockForName(any())).thenReturn(held);
            when(held.tryLock()).thenReturn(false);

            assertThatThrownBy(() -> executeScripts(host, new ClusterExecutionLock(service))
                    .run(host.issue, host.developer, ExecutionSettings.defaults()))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessageContaining("06-counter.sql: it is being executed right now");
            verify(service).getLockForName(ExecutionLock.key(JiraTestHost.ISSUE_KEY,
                    io.github.sqlaudit.Sha256.of("UPDATE counters SET n = n + 1 WHERE id = 6;\n")));
            verify(held, never()).unlock();
            assertThat(counter(6)).isZero();
            assertThat(executionComments(host)).singleElement().asString().contains("being executed right now");
        }
    }

    @Test
    void aFailingStatementFailsTheTransitionWithItsLineAndErrorAndTheNextTransitionResumesAfterIt() throws Exception {
        String script = "UPDATE counters SET n = n + 1 WHERE id = 7;\n"
                + "INSERT INTO tags (id, label) VALUES (1, 'vip');\n";
        try (JiraTestHost host = host("exec-resume")) {
            host.attach("07-tag.sql", utf8(script));
            audit(host);
            // Between review and execution someone else adds tag 1: the INSERT will hit the primary key.
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO tags VALUES (1, 'taken')");
            }
            ExecuteScripts execute = executeScripts(host, freeClusterLock());
            assertThatThrownBy(() -> execute.run(host.issue, host.developer, ExecutionSettings.defaults()))
                    .isInstanceOf(WorkflowException.class)
                    .hasMessageContaining("07-tag.sql").hasMessageContaining("stopped at a failing statement");
            assertThat(executionComments(host)).singleElement().asString()
                    .contains("stopped at a failing statement")
                    .contains("line 2").contains("Duplicate entry '1'")
                    .contains("run the transition again: execution resumes after the last completed statement");
            assertThat(counter(7)).isEqualTo(1);

            // The DBA removes the conflicting row; the same transition again resumes after the UPDATE.
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("DELETE FROM tags WHERE id = 1");
            }
            List<ExecuteScripts.ScriptRun> resumed = execute.run(host.issue, host.developer, ExecutionSettings.defaults());
            assertThat(resumed).singleElement().satisfies(run -> {
                assertThat(run.result().status()).isEqualTo(ExecutionResult.Status.COMPLETED);
                assertThat(run.result().skipped()).isEqualTo(1);
                assertThat(run.result().executed()).isEqualTo(1);
            });
            assertThat(counter(7)).as("the UPDATE ran exactly once").isEqualTo(1);
            assertThat(text("SELECT label FROM tags WHERE id = 1")).isEqualTo("vip");
            assertThat(ledgerRows(script, "DONE")).as("one DONE row per statement").isEqualTo(2);
        }
    }

    @Test
    void aWronglyConfiguredPostFunctionFailsTheTransitionNamingTheField() {
        ExecuteScripts scripts = mock(ExecuteScripts.class);
        ExecuteScriptsFunction function = new ExecuteScriptsFunction(scripts, mock(
                com.atlassian.jira.security.JiraAuthenticationContext.class));
        Map<String, String> args = new LinkedHashMap<>(ExecutionSettings.defaults().toArgs());
        args.put(ExecutionSettings.BATCH_SIZE, "lots");
        assertThatThrownBy(() -> function.execute(Map.of(), args, null)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("Batch size must be a whole number, not 'lots'")
                .hasMessageContaining("Ask a Jira administrator");
    }
}
