package io.github.sqlaudit.execute;

import static io.github.sqlaudit.execute.ExecutorFixtures.queryLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger's Oracle SQL (types, identity, constraint names, batch insert, marker replacement) run for real
 * on H2 in Oracle compatibility mode — H2-in-Oracle-mode, NOT Oracle: it shows the statements are consistent
 * with each other and keep the exactly-once key, not that every Oracle release accepts them.
 */
class OracleLedgerOnH2OracleModeTest {

    ScriptedOracle target;
    Connection h2;
    final ExecutionLedger ledger = new ExecutionLedger(ExecutionLedger.DEFAULT_TABLE, TargetEngine.ORACLE);
    final ApprovedScript script = new ApprovedScript("change.sql", "ab".repeat(32));

    @BeforeEach
    void open() throws SQLException {
        target = new ScriptedOracle(); // for its USER_TABLES view over H2's catalog
        h2 = target.h2;
        ledger.ensureTable(h2);
        h2.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        target.close();
    }

    static ExecutableStatement statement(int index) {
        return ExecutableStatement.data(index, index + 1, "UPDATE accounts SET n = " + index);
    }

    @Test
    void creatingTheTablesAgainChangesNothing() throws SQLException {
        int id = ledger.scriptId(h2, script);
        ledger.recordDone(h2, id, List.of(new ExecutionLedger.Done(statement(0), 1, 2)), "alice", Instant.now());
        h2.commit();

        ledger.ensureTable(h2); // found in USER_TABLES: not created again, nothing lost

        assertThat(ledger.entries(h2, script.sha256())).hasSize(1);
        assertThat(queryLong(h2, "SELECT COUNT(*) FROM USER_TABLES WHERE TABLE_NAME LIKE 'SQLAUDIT_LEDGER%'"))
                .isEqualTo(2);
    }

    @Test
    void aScriptIsRegisteredOnceAndKeepsItsId() throws SQLException {
        int first = ledger.scriptId(h2, script);
        int again = ledger.scriptId(h2, script);
        int other = ledger.scriptId(h2, new ApprovedScript("other.sql", "cd".repeat(32)));
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aBatchIsRecordedInOneGoAndASecondDoneRowForAStatementIsRefusedByTheKey() throws SQLException {
        int id = ledger.scriptId(h2, script);
        Instant at = Instant.parse("2026-11-26T15:00:00.123Z");
        ledger.recordDone(h2, id, List.of(new ExecutionLedger.Done(statement(0), 3, 10),
                new ExecutionLedger.Done(statement(1), 0, 10), new ExecutionLedger.Done(statement(2), 7, 10)),
                "alice", at);
        h2.commit();

        assertThat(ledger.entries(h2, script.sha256()))
                .extracting(e -> e.statementIndex() + ":" + e.status() + ":" + e.rowsAffected() + ":" + e.startLine())
                .containsExactly("0:DONE:3:1", "1:DONE:0:2", "2:DONE:7:3");
        assertThat(ledger.entries(h2, script.sha256()).get(0).executedAt()).isEqualTo(at);
        assertThat(ledger.withStatus(h2, id, ExecutionLedger.DONE).cardinality()).isEqualTo(3);

        assertThatThrownBy(() -> ledger.recordDone(h2, id, List.of(new ExecutionLedger.Done(statement(1), 1, 1)),
                "bob", at)).isInstanceOf(SQLException.class) // a batch update exception on the key
                .hasMessageContaining("primary key violation");
        h2.rollback();
        assertThat(ledger.entries(h2, script.sha256())).hasSize(3)
                .allSatisfy(e -> assertThat(e.executedBy()).isEqualTo("alice"));
    }

    @Test
    void markersAreReplacedNotDuplicatedAndTheLatestFailureWinsWithItsWholeMessage() throws SQLException {
        int id = ledger.scriptId(h2, script);
        ExecutableStatement ddl = statement(4);
        ledger.markStarted(h2, id, ddl, "alice", Instant.now());
        ledger.markStarted(h2, id, ddl, "alice", Instant.now());
        assertThat(ledger.withStatus(h2, id, ExecutionLedger.STARTED).stream().boxed().toList()).containsExactly(4);
        ledger.clearStarted(h2, id, ddl);
        h2.commit();
        assertThat(ledger.withStatus(h2, id, ExecutionLedger.STARTED).isEmpty()).isTrue();

        ledger.recordFailure(h2, id, ddl, "ORA-00942: table or view does not exist", "alice", Instant.now());
        String compileErrors = "ORA-24344: success with compilation error" + "\n  line 1, column 1: PLS-00103".repeat(300);
        ledger.recordFailure(h2, id, ddl, compileErrors, "alice", Instant.now());

        List<ExecutionLedger.Entry> entries = ledger.entries(h2, script.sha256());
        assertThat(entries).extracting(ExecutionLedger.Entry::status).containsExactly("FAILED");
        assertThat(entries.get(0).errorMessage()).isEqualTo(compileErrors).hasSizeGreaterThan(4000);
    }

    @Test
    void aLedgerNameTooLongForOracleIsRefusedBeforeAnythingIsCreated() {
        ExecutionLedger tooLong = new ExecutionLedger("release_2026_ledger_xyz", TargetEngine.ORACLE);
        assertThatThrownBy(() -> tooLong.ensureTable(h2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too long for Oracle: at most 20 characters");
    }
}
