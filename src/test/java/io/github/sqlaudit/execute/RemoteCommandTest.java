package io.github.sqlaudit.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Host steps against a real SSH server (Apache MINA SSHD) started on the loopback address. */
class RemoteCommandTest {

    static TestSshHost host;
    static KeyPair dbaKey;
    static String hostFingerprint;

    @BeforeAll
    static void startServer(@TempDir Path dir) throws Exception {
        host = TestSshHost.start(dir);
        dbaKey = host.dbaKey();
        hostFingerprint = host.fingerprint();
    }

    @AfterAll
    static void stopServer() throws IOException {
        host.close();
    }

    static SshTarget target(String fingerprint, KeyPair key, Duration commandTimeout) {
        return new SshTarget("127.0.0.1", host.port(), "dba", fingerprint, TestSshHost.pem(key), Duration.ofSeconds(5),
                commandTimeout);
    }

    @Test
    void runsTheCommandAndCapturesItsOutput() throws Exception {
        RemoteCommand.Result result = new RemoteCommand(target(hostFingerprint, dbaKey, Duration.ofSeconds(10)))
                .run("backup shop");
        assertThat(result.succeeded()).isTrue();
        assertThat(result.stdout()).isEqualTo("dumped shop\n");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void aFailingCommandReportsItsExitStatusAndErrorOutput() throws Exception {
        RemoteCommand.Result result = new RemoteCommand(target(hostFingerprint, dbaKey, Duration.ofSeconds(10)))
                .run("fail");
        assertThat(result.exitStatus()).isEqualTo(3);
        assertThat(result.stderr()).isEqualTo("disk full\n");
        assertThat(result.succeeded()).isFalse();
    }

    @Test
    void aHostKeyOtherThanTheRecordedOneIsRefused() {
        String otherFingerprint = "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(new byte[32]);
        assertThatThrownBy(() -> new RemoteCommand(target(otherFingerprint, dbaKey, Duration.ofSeconds(10)))
                .run("backup shop"))
                .isInstanceOf(RemoteCommandException.class)
                .hasMessageContaining("does not match the fingerprint recorded in the CMDB");
    }

    @Test
    void aKeyTheHostDoesNotKnowIsRefused() throws Exception {
        KeyPair stranger = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        assertThatThrownBy(() -> new RemoteCommand(target(hostFingerprint, stranger, Duration.ofSeconds(10)))
                .run("backup shop"))
                .isInstanceOf(RemoteCommandException.class)
                .hasMessageContaining("refused the key of user dba");
    }

    @Test
    void aCommandThatHangsIsCutOffAtTheTimeout() {
        assertThatThrownBy(() -> new RemoteCommand(target(hostFingerprint, dbaKey, Duration.ofSeconds(1)))
                .run("hang"))
                .isInstanceOf(RemoteCommandException.class)
                .hasMessageContaining("hang");
    }

    @Test
    void floodsOfOutputAreCappedNotKeptWhole() throws Exception {
        RemoteCommand.Result result = new RemoteCommand(target(hostFingerprint, dbaKey, Duration.ofSeconds(10)))
                .run("flood");
        assertThat(result.stdout()).hasSizeLessThan(RemoteCommand.OUTPUT_LIMIT + 100)
                .endsWith("more bytes not kept]");
    }

    @Test
    void theKeyNeverAppearsInTheTargetsDescription() {
        SshTarget target = target(hostFingerprint, dbaKey, Duration.ofSeconds(1));
        assertThat(target.toString()).contains("dba@127.0.0.1").doesNotContain("PRIVATE KEY");
    }
}
