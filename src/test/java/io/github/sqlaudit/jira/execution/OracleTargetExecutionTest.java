package io.github.sqlaudit.jira.execution;

import static io.github.sqlaudit.jira.execution.ExecuteScriptsEndToEndTest.executionComments;
import static io.github.sqlaudit.jira.execution.ExecuteScriptsEndToEndTest.freeClusterLock;
import static io.github.sqlaudit.jira.execution.ExecuteScriptsEndToEndTest.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.sqlaudit.cmdb.Cmdb;
import io.github.sqlaudit.cmdb.ConnectionService;
import io.github.sqlaudit.cmdb.Credential;
import io.github.sqlaudit.cmdb.DataService;
import io.github.sqlaudit.cmdb.Engine;
import io.github.sqlaudit.cmdb.InMemoryCmdbRepository;
import io.github.sqlaudit.cmdb.Protocol;
import io.github.sqlaudit.cmdb.Purpose;
import io.github.sqlaudit.cmdb.Secret;
import io.github.sqlaudit.execute.ExecutionResult;
import io.github.sqlaudit.execute.ScriptedOracle;
import io.github.sqlaudit.jira.JiraTestHost;
import io.github.sqlaudit.jira.workflow.AttachmentScripts;
import io.github.sqlaudit.jira.workflow.ValidatorSettings;

/**
 * The post-function on an Oracle target from the CMDB — scripted, NOT a live Oracle (none exists here): the
 * execute connection is {@link ScriptedOracle} (H2 in Oracle mode for plain SQL, Oracle's documented answers for
 * the rest). The review connection is unreachable, so the validator audits without plans, as its settings allow.
 */
class OracleTargetExecutionTest {

    ScriptedOracle oracle;
    final List<String> urls = new ArrayList<>();

    static Cmdb hrOnOracle() {
        DataService hr = new DataService("hr-prod", Engine.ORACLE, "19c", "HR", Optional.of("prod"), "dba",
                Set.of("ORD"), Set.of(), Optional.empty(), List.of());
        ConnectionService review = new ConnectionService("hr-review", "hr-prod", "127.0.0.1", 1, Optional.of("HRPDB"),
                Optional.empty(), Protocol.TCP, Optional.empty(), Purpose.REVIEW, Optional.of("hr-reviewer"), List.of());
        ConnectionService execute = new ConnectionService("hr-execute", "hr-prod", "10.20.30.40", 1521,
                Optional.of("HRPDB"), Optional.empty(), Protocol.TCP, Optional.empty(), Purpose.EXECUTE,
                Optional.of("hr-deployer"), List.of());
        return new Cmdb(List.of(), List.of(), List.of(), List.of(), List.of(hr), List.of(), List.of(review, execute),
                List.of(new Credential("hr-reviewer", "audit"), new Credential("hr-deployer", "deploy")));
    }

    static Map<String, Secret> secrets() {
        return Map.of("hr-reviewer", Secret.of("r"), "hr-deployer", Secret.of("d"));
    }

    @BeforeEach
    void target() throws SQLException {
        oracle = new ScriptedOracle();
        try (Statement setup = oracle.h2.createStatement()) {
            setup.execute("CREATE TABLE accounts (id NUMBER(10) PRIMARY KEY, balance NUMBER(10) NOT NULL)");
            setup.execute("INSERT INTO accounts VALUES (1, 100)");
            setup.execute("INSERT INTO accounts VALUES (2, 50)");
        }
        oracle.answer("ALTER SESSION .*", ScriptedOracle.Answer.ok());
    }

    @AfterEach
    void close() throws SQLException {
        oracle.close();
    }

    ExecuteScripts executeScripts(JiraTestHost host) {
        InMemoryCmdbRepository repository = new InMemoryCmdbRepository(hrOnOracle(), secrets());
        ExecuteConnections connections = (url, user, password) -> {
            urls.add(url + " as " + user);
            return oracle.connection();
        };
        ScriptRunner runner = new ScriptRunner(host.runs, repository, freeClusterLock(), connections, host.comments,
                host.clock);
        return new ExecuteScripts(new AttachmentScripts(host.attachmentManager), host.reports, repository, host.runs,
                runner, new ExecutionScheduler(mock(com.atlassian.scheduler.SchedulerService.class), host.clock),
                host.comments);
    }

    long balance(int id) throws SQLException {
        try (Statement s = oracle.h2.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT balance FROM accounts WHERE id = " + id)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void anAuditedSqlPlusScriptRunsOnceOnTheOracleExecuteConnection_scriptedOracleNotALiveOne() throws Exception {
        try (JiraTestHost host = new JiraTestHost("exec-oracle")) {
            host.cmdb(hrOnOracle(), secrets());
            String script = "SET DEFINE OFF\nPROMPT paying interest\n"
                    + "UPDATE accounts SET balance = balance + 1 WHERE id = 1;\n"
                    + "BEGIN\n  log_interest(1);\nEND;\n/\n";
            oracle.answer("BEGIN\\s+log_interest\\(1\\);\\s+END;", ScriptedOracle.Answer.ok());
            host.attach("01-interest.sql", utf8(script));
            Map<String, Object> args = new LinkedHashMap<>(ValidatorSettings.defaults().toArgs());
            args.put(ValidatorSettings.ON_UNREACHABLE, ValidatorSettings.Unreachable.AUDIT_WITHOUT_PLAN.name());
            host.validator().validate(host.transientVars(), args, null);
            assertThat(host.reports.latest(JiraTestHost.ISSUE_ID).orElseThrow().verdict()).isIn("PASS", "WARN");

            ExecutionSettings settings = ExecutionSettings.defaults();
            List<ExecuteScripts.ScriptRun> runs = executeScripts(host).run(host.issue, host.developer,
                    ExecutionSettings.fromArgs(withWarnings(settings.toArgs())));

            assertThat(urls).containsExactly("jdbc:oracle:thin:@//10.20.30.40:1521/HRPDB as deploy");
            assertThat(runs).singleElement().satisfies(run -> {
                assertThat(run.result().status()).isEqualTo(ExecutionResult.Status.COMPLETED);
                assertThat(run.result().executed()).as("the UPDATE and the block; SET and PROMPT are client commands")
                        .isEqualTo(2);
            });
            assertThat(balance(1)).isEqualTo(101);
            assertThat(oracle.sent).as("the block goes to Oracle with its END; and without the / line")
                    .anySatisfy(sql -> assertThat(sql).isEqualTo("BEGIN\n  log_interest(1);\nEND;"));
            assertThat(executionComments(host)).last().asString().startsWith("SQL Audit executed 01-interest.sql on hr-prod");

            // Exactly once: the next transition finds both statements in the Oracle ledger.
            List<ExecuteScripts.ScriptRun> again = executeScripts(host).run(host.issue, host.developer,
                    ExecutionSettings.fromArgs(withWarnings(settings.toArgs())));
            assertThat(again).singleElement().satisfies(run -> assertThat(run.result().executed()).isZero());
            assertThat(balance(1)).isEqualTo(101);
        }
    }

    private static Map<String, String> withWarnings(Map<String, String> args) {
        Map<String, String> copy = new LinkedHashMap<>(args);
        copy.put(ExecutionSettings.ALLOW_WARNINGS, "true");
        return copy;
    }
}
