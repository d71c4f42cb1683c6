package io.github.sqlaudit.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Base64;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Host steps against a real SSH server (Apache MINA SSHD) started on the loopback address. */
class RemoteCommandTest {

    static SshServer server;
    static KeyPair dbaKey;
    static String hostFingerprint;

    @BeforeAll
    static void startServer(@TempDir Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        dbaKey = generator.generateKeyPair();

        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(dir.resolve("host.key")));
        server.setPublickeyAuthenticator((user, key, session) ->
                user.equals("dba") && KeyUtils.compareKeys(key, dbaKey.getPublic()));
        server.setCommandFactory((channel, command) -> new ScriptedCommand(command));
        server.start();
        PublicKey hostKey = server.getKeyPairProvider().loadKeys(null).iterator().next().getPublic();
        hostFingerprint = KeyUtils.getFingerPrint(BuiltinDigests.sha256, hostKey);
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.stop(true);
    }

    static String pem(KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    static SshTarget target(String fingerprint, KeyPair key, Duration commandTimeout) {
        return new SshTarget("127.0.0.1", server.getPort(), "dba", fingerprint, pem(key), Duration.ofSeconds(5),
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

    /** A command of the test server: fixed answers, so the client's handling is what is tested. */
    static final class ScriptedCommand implements Command {
        private final String command;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        ScriptedCommand(String command) {
            this.command = command;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            Thread thread = new Thread(() -> {
                try {
                    switch (command) {
                        case "backup shop" -> finish("dumped shop\n", "", 0);
                        case "fail" -> finish("", "disk full\n", 3);
                        case "hang" -> Thread.sleep(10_000);
                        case "flood" -> {
                            byte[] line = "0123456789abcdef0123456789abcdef\n".getBytes(StandardCharsets.US_ASCII);
                            for (int i = 0; i < 8000; i++) {
                                out.write(line);
                            }
                            finish("", "", 0);
                        }
                        default -> finish("", "unknown command\n", 127);
                    }
                } catch (Exception e) {
                    exit.onExit(255);
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        private void finish(String stdout, String stderr, int status) throws IOException {
            out.write(stdout.getBytes(StandardCharsets.UTF_8));
            out.flush();
            err.write(stderr.getBytes(StandardCharsets.UTF_8));
            err.flush();
            exit.onExit(status);
        }

        @Override
        public void destroy(ChannelSession channel) {
        }

        @Override
        public void setInputStream(InputStream in) {
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }
    }
}
