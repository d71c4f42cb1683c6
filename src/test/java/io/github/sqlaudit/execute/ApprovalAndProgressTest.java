package io.github.sqlaudit.execute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.github.sqlaudit.Sha256;
import io.github.sqlaudit.audit.Verdict;
import org.junit.jupiter.api.Test;

/** The pieces the post-function puts around the executor: approval binding, lock, progress, the comment. */
class ApprovalAndProgressTest {

    static final String SHA = Sha256.of("UPDATE t SET a = 1 WHERE id = 2;");
    static final Instant AUDITED = Instant.parse("2026-11-26T10:00:00Z");

    static Optional<ApprovalCheck.AuditedScript> audit(Verdict verdict) {
        return Optional.of(new ApprovalCheck.AuditedScript("fix.sql", SHA, verdict, AUDITED));
    }

    @Test
    void onlyTheAuditedBytesOfAPassingAuditAreApproved() {
        assertThat(ApprovalCheck.check("fix.sql", audit(Verdict.PASS), SHA, false))
                .isEqualTo(new ApprovalCheck.Approved(new ApprovedScript("fix.sql", SHA)));
        assertThat(ApprovalCheck.check("fix.sql", audit(Verdict.WARN), SHA, true))
                .isInstanceOf(ApprovalCheck.Approved.class);
    }

    @Test
    void everyRefusalSaysWhatToDo() {
        assertThat(ApprovalCheck.check("fix.sql", Optional.empty(), SHA, true)).isInstanceOfSatisfying(
                ApprovalCheck.Refused.class, r -> {
                    assertThat(r.refusal()).isEqualTo(ApprovalCheck.Refusal.NOT_AUDITED);
                    assertThat(r.message()).contains("has not been audited");
                });
        assertThat(ApprovalCheck.check("fix.sql", audit(Verdict.PASS), Sha256.of("changed"), true))
                .isInstanceOfSatisfying(ApprovalCheck.Refused.class, r -> {
                    assertThat(r.refusal()).isEqualTo(ApprovalCheck.Refusal.CHANGED_AFTER_AUDIT);
                    assertThat(r.message()).contains("was changed after its audit of 2026-11-26T10:00:00Z");
                });
        assertThat(ApprovalCheck.check("fix.sql", audit(Verdict.BLOCK), SHA, true))
                .extracting(d -> ((ApprovalCheck.Refused) d).refusal()).isEqualTo(ApprovalCheck.Refusal.BLOCKED);
        assertThat(ApprovalCheck.check("fix.sql", audit(Verdict.WARN), SHA, false))
                .extracting(d -> ((ApprovalCheck.Refused) d).refusal())
                .isEqualTo(ApprovalCheck.Refusal.WARNINGS_NOT_ALLOWED);
    }

    @Test
    void theLockLetsOneRunPerIssueAndScriptAtATime() throws Exception {
        ExecutionLock lock = ExecutionLock.inJvm();
        String key = ExecutionLock.key("DB-42", SHA);
        Optional<ExecutionLock.Lease> first = lock.tryAcquire(key);
        assertThat(first).isPresent();
        assertThat(CompletableFuture.supplyAsync(() -> lock.tryAcquire(key).isPresent()).get()).isFalse();
        assertThat(lock.tryAcquire(key)).as("not re-entrant, like Jira's cluster locks").isEmpty();
        assertThat(lock.tryAcquire(ExecutionLock.key("DB-43", SHA))).as("another issue").isPresent();
        first.get().close();
        assertThat(CompletableFuture.supplyAsync(() -> {
            Optional<ExecutionLock.Lease> lease = lock.tryAcquire(key);
            lease.ifPresent(ExecutionLock.Lease::close);
            return lease.isPresent();
        }).get()).isTrue();
    }

    @Test
    void progressEstimatesTheTimeLeft() {
        ExecutionProgress progress = new ExecutionProgress();
        assertThat(progress.snapshot().remaining()).isEmpty();
        progress.progress(250, 1000, 4000, Duration.ofSeconds(10));
        ExecutionProgress.Snapshot snapshot = progress.snapshot();
        assertThat(snapshot.percent()).isEqualTo(25);
        assertThat(snapshot.remaining()).hasValue(Duration.ofSeconds(30));
        assertThat(snapshot.rowsAffected()).isEqualTo(4000);
    }

    @Test
    void theCommentListsRowsPerStatementAndTheFailure() {
        ExecutionResult failed = new ExecutionResult(ExecutionResult.Status.FAILED, 3, 1, 1, 120,
                List.of(new ExecutionResult.Failure(2, 9, "23000", 1062, "Duplicate entry '2' for key 'PRIMARY'")),
                Duration.ofMillis(80));
        List<ExecutionLedger.Entry> ledger = List.of(
                new ExecutionLedger.Entry(0, "DONE", 3, 20, 5, "alice", AUDITED, null),
                new ExecutionLedger.Entry(1, "DONE", 6, 100, 7, "alice", AUDITED, null),
                new ExecutionLedger.Entry(2, "FAILED", 9, 0, 0, "alice", AUDITED, "Duplicate entry"));

        String comment = ExecutionSummary.of("fix.sql", "jdbc:mysql://db1/shop", failed, ledger);

        assertThat(comment).contains("SQL Audit executed fix.sql on jdbc:mysql://db1/shop: stopped at a failing statement.")
                .contains("1 of 3 statements ran now, 1 had run before; 120 rows changed")
                .contains("statement 1 (line 3): 20 rows").contains("statement 2 (line 6): 100 rows")
                .contains("Failed: statement 3 at line 9: Duplicate entry '2' for key 'PRIMARY' (SQLSTATE 23000, error 1062)")
                .contains("execution resumes after the last completed statement")
                .doesNotContain("statement 3 (line 9)");
    }
}
