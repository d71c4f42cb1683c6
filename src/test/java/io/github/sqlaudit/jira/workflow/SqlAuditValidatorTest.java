package io.github.sqlaudit.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mockito.ArgumentCaptor;

import com.opensymphony.workflow.InvalidInputException;

import io.github.sqlaudit.jira.JiraTestHost;
import io.github.sqlaudit.jira.TestTargets;
import io.github.sqlaudit.jira.store.ReportRecord;
import io.github.sqlaudit.jira.store.ReportStatement;
import io.github.sqlaudit.jira.store.ReportStatus;

/**
 * The validator with Mockito-made Jira objects, reports stored on the real ORM (H2), and a target database
 * that is down: the validator audits without plans where the settings say so. Plans on a real database
 * are in {@code JiraEndToEndTest}.
 */
class SqlAuditValidatorTest {

    JiraTestHost host;

    @BeforeEach
    void start(TestInfo test) throws Exception {
        host = new JiraTestHost("validator-" + test.getTestMethod().orElseThrow().getName());
        host.cmdb(TestTargets.shop(TestTargets.DOWN), TestTargets.secrets());
    }

    @AfterEach
    void stop() {
        host.close();
    }

    static Map<String, String> args(String... overrides) {
        Map<String, String> args = new LinkedHashMap<>(ValidatorSettings.defaults().toArgs());
        args.put(ValidatorSettings.ON_UNREACHABLE, "AUDIT_WITHOUT_PLAN");
        for (int i = 0; i < overrides.length; i += 2) {
            args.put(overrides[i], overrides[i + 1]);
        }
        return args;
    }

    void transition(Map<String, String> args) throws InvalidInputException {
        try {
            host.validator().validate(host.transientVars(), args, null);
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String message(InvalidInputException e) {
        // What Jira shows on the transition screen: the exception's generic errors.
        return String.join("\n", e.getGenericErrors().stream().map(Object::toString).toList());
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCleanScriptPassesAndIsStoredWithItsStatementsAndCommented() throws Exception {
        host.attach("fix.sql", utf8("UPDATE orders SET status = 'cancelled' WHERE id = 4711;\nSELECT id FROM orders WHERE id = 1;\n"));
        host.attach("notes.txt", utf8("not a script"));

        assertThatCode(() -> transition(args())).doesNotThrowAnyException();

        ReportRecord stored = host.reports.latest(JiraTestHost.ISSUE_ID).orElseThrow();
        assertThat(stored.status()).isEqualTo(ReportStatus.DONE);
        assertThat(stored.verdict()).isIn("PASS", "WARN");
        assertThat(stored.scripts()).extracting(s -> s.fileName()).containsExactly("fix.sql");
        assertThat(stored.authorName()).isEqualTo("Dana Developer");
        ReportStatement[] rows = host.database.activeObjects.find(ReportStatement.class);
        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(ReportStatement::getKind).containsExactlyInAnyOrder("UPDATE", "SELECT");
        assertThat(rows[0].getSha256()).hasSize(64);
        assertThat(rows[0].getAuthorKey()).isEqualTo("JIRAUSER10100");
        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        verify(host.comments).create(eq(host.issue), eq(host.developer), body.capture(), eq(true));
        assertThat(body.getValue()).startsWith("*SQL Audit: " + stored.verdict() + "*").contains("SQL Audit panel");
    }

    @Test
    void anErrorBlocksWithFileLineCodeAndFix() throws Exception {
        host.attach("purge.sql", utf8("-- purge\nDELETE FROM orders;\n"));

        assertThatThrownBy(() -> transition(args()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(message((InvalidInputException) e))
                        .contains("SQL Audit blocked this transition")
                        .containsPattern("purge\\.sql:2  DML-\\d{3}  .*Fix: "));
        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        verify(host.comments).create(eq(host.issue), eq(host.developer), body.capture(), eq(true));
        assertThat(body.getValue()).contains("(transition blocked)").contains("purge.sql:2");
    }

    @Test
    void commentsCanBeTurnedOff() throws Exception {
        host.attach("fix.sql", utf8("SELECT 1;\n"));
        transition(args(ValidatorSettings.COMMENT, "false"));
        verify(host.comments, never()).create(any(), any(), any(), anyBoolean());
    }

    @Test
    void noScriptBlocksWhenOneIsRequiredAndPassesOtherwise() throws Exception {
        host.attach("readme.md", utf8("hello"));
        assertThatThrownBy(() -> transition(args()))
                .satisfies(e -> assertThat(message((InvalidInputException) e))
                        .contains("No SQL script is attached").contains("*.sql"));
        assertThatCode(() -> transition(args(ValidatorSettings.REQUIRE_SCRIPT, "false"))).doesNotThrowAnyException();
        assertThat(host.reports.latest(JiraTestHost.ISSUE_ID)).isEmpty();
    }

    @Test
    void anEmptyFileIsRefusedByName() {
        host.attach("empty.sql", new byte[0]);
        assertThatThrownBy(() -> transition(args()))
                .satisfies(e -> assertThat(message((InvalidInputException) e)).contains("empty.sql").contains("the file is empty"));
    }

    @Test
    void aBinaryFileIsRefusedByName() {
        host.attach("dump.sql", new byte[] {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00});
        assertThatThrownBy(() -> transition(args()))
                .satisfies(e -> assertThat(message((InvalidInputException) e)).contains("dump.sql").contains("not text"));
    }

    @Test
    void aLatin1FileIsRefusedWithTheLine() {
        byte[] latin1 = "SELECT 1;\nSELECT 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1);
        host.attach("latin.sql", latin1);
        assertThatThrownBy(() -> transition(args()))
                .satisfies(e -> assertThat(message((InvalidInputException) e))
                        .contains("latin.sql").contains("line 2").contains("not valid UTF-8"));
    }

    @Test
    void utf8WithAByteOrderMarkIsAccepted() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] script = utf8("SELECT 'café' AS name;\n");
        byte[] both = new byte[bom.length + script.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(script, 0, both, 3, script.length);
        host.attach("bom.sql", both);
        assertThatCode(() -> transition(args())).doesNotThrowAnyException();
        assertThat(host.database.activeObjects.find(ReportStatement.class)[0].getSha256())
                .isEqualTo(io.github.sqlaudit.Sha256.of("SELECT 'café' AS name;\n"));
    }

    @Test
    void aHundredMegabyteScriptIsRefusedWithoutBeingRead() {
        host.attach("huge.sql", 100L * 1024 * 1024, () -> {
            throw new AssertionError("a script over the limit must not be read");
        });
        assertThatThrownBy(() -> transition(args()))
                .satisfies(e -> assertThat(message((InvalidInputException) e))
                        .contains("huge.sql is 100.0 MB").contains("over 20 MB are not audited").contains("Split it"));
    }

    @Test
    void noTargetConfiguredBlocksAndSaysWhatToSetUp() throws Exception {
        host.cmdb(new io.github.sqlaudit.cmdb.Cmdb(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of()), Map.of());
        host.attach("fix.sql", utf8("SELECT 1;\n"));
        assertThatThrownBy(() -> transition(args()))
                .satisfies(e -> assertThat(message((InvalidInputException) e))
                        .contains("cannot find the database").contains("project ORD").contains("'prod'").contains("CMDB"));
        ReportRecord failed = host.reports.latest(JiraTestHost.ISSUE_ID).orElseThrow();
        assertThat(failed.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(failed.failure()).contains("cannot find the database");
    }

    @Test
    void aTargetThatIsDownBlocksByDefault() {
        host.attach("fix.sql", utf8("SELECT 1;\n"));
        assertThatThrownBy(() -> transition(args(ValidatorSettings.ON_UNREACHABLE, "BLOCK")))
                .satisfies(e -> assertThat(message((InvalidInputException) e))
                        .contains("cannot reach the database shop-prod (127.0.0.1:1)"));
        assertThat(host.reports.latest(JiraTestHost.ISSUE_ID).orElseThrow().status()).isEqualTo(ReportStatus.FAILED);
    }

    @Test
    void anUnparseableStatementBlocksAtItsLine() {
        host.attach("typo.sql", utf8("SELECT 1;\nSELEC * FORM orders;\nSELECT 2;\n"));
        assertThatThrownBy(() -> transition(args()))
                .satisfies(e -> assertThat(message((InvalidInputException) e)).containsPattern("typo\\.sql:2  SCR-001  "));
    }

    @Test
    void fiveThousandBlockingStatementsAreCappedInTheMessageAndAllStored() {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            script.append("DELETE FROM orders;\n");
        }
        host.attach("mass.sql", utf8(script.toString()));
        assertThatThrownBy(() -> transition(args(ValidatorSettings.COMMENT, "false")))
                .satisfies(e -> {
                    String message = message((InvalidInputException) e);
                    assertThat(message.lines().filter(l -> l.startsWith("mass.sql:"))).hasSize(BlockingMessage.DEFAULT_CAP);
                    assertThat(message).containsPattern("and \\d{4,} more: see the SQL Audit panel");
                });
        assertThat(host.reports.latest(JiraTestHost.ISSUE_ID).orElseThrow().statementCount()).isEqualTo(5000);
        assertThat(host.database.activeObjects.find(ReportStatement.class)).hasSize(5000);
    }

    @Test
    void aLongScriptIsAuditedInTheBackgroundAndTheTransitionAnswersWithinItsLimit() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        byte[] script = utf8("SELECT id FROM orders WHERE id = 1;\n".repeat(100));
        host.attach("long.sql", script.length, () -> new InputStream() {
            final ByteArrayInputStream bytes = new ByteArrayInputStream(script);

            @Override
            public int read() {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return bytes.read();
            }
        });
        Map<String, String> args = args(ValidatorSettings.BACKGROUND_ABOVE_KB, "1", ValidatorSettings.WAIT_SECONDS, "1");

        long t0 = System.nanoTime();
        assertThatThrownBy(() -> transition(args))
                .satisfies(e -> assertThat(message((InvalidInputException) e)).contains("still checking")
                        .contains("panel shows its progress"));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).as("the transition waited at most its limit")
                .isLessThan(5000);
        assertThat(host.reports.latest(JiraTestHost.ISSUE_ID).orElseThrow().status()).isEqualTo(ReportStatus.PENDING);
        // A second try while it runs starts no second audit.
        assertThatThrownBy(() -> transition(args)).satisfies(e -> assertThat(message((InvalidInputException) e)).contains("still checking"));
        assertThat(host.reports.history(JiraTestHost.ISSUE_ID, 10)).hasSize(1);

        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (host.reports.latest(JiraTestHost.ISSUE_ID).orElseThrow().status() == ReportStatus.PENDING
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(host.reports.latest(JiraTestHost.ISSUE_ID).orElseThrow().status()).isEqualTo(ReportStatus.DONE);
        // The next transition decides on the stored report.
        assertThatCode(() -> transition(args)).doesNotThrowAnyException();
        assertThat(host.reports.history(JiraTestHost.ISSUE_ID, 10)).hasSize(1);
    }

    @Test
    void aValidatorSetUpWronglySaysSo() {
        host.attach("fix.sql", utf8("SELECT 1;\n"));
        assertThatThrownBy(() -> transition(args(ValidatorSettings.BLOCK_ON, "SOMETIMES")))
                .satisfies(e -> assertThat(message((InvalidInputException) e))
                        .contains("set up wrongly").contains("Block on must be ERROR or WARN"));
    }
}
