package io.github.sqlaudit.execute;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * A database host for the tests: a real SSH server (Apache MINA SSHD) on the loopback address that lets in user
 * {@code dba} with one RSA key and answers a few commands with fixed output, so that the client side is what is
 * tested. It records every command it was asked to run.
 *
 * <p>Commands: {@code backup shop} and {@code check shop} succeed with a line of output, {@code fail} exits 3 with
 * "disk full" on stderr, {@code hang} never answers (10 s), {@code flood} writes 256,000 bytes; anything else
 * exits 127.
 */
public final class TestSshHost implements AutoCloseable {

    private final SshServer server;
    private final KeyPair dbaKey;
    private final String fingerprint;
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    private TestSshHost(SshServer server, KeyPair dbaKey, String fingerprint) {
        this.server = server;
        this.dbaKey = dbaKey;
        this.fingerprint = fingerprint;
    }

    /** Starts the server; its host key is kept in {@code dir}. */
    public static TestSshHost start(Path dir) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair dbaKey = generator.generateKeyPair();
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(dir.resolve("host.key")));
        server.setPublickeyAuthenticator((user, key, session) ->
                user.equals("dba") && KeyUtils.compareKeys(key, dbaKey.getPublic()));
        TestSshHost[] host = new TestSshHost[1];
        server.setCommandFactory((channel, command) -> host[0].new FixedCommand(command));
        server.start();
        PublicKey hostKey = server.getKeyPairProvider().loadKeys(null).iterator().next().getPublic();
        host[0] = new TestSshHost(server, dbaKey, KeyUtils.getFingerPrint(BuiltinDigests.sha256, hostKey));
        return host[0];
    }

    public int port() {
        return server.getPort();
    }

    /** The host key's fingerprint as {@code ssh-keygen -lf} prints it ({@code SHA256:...}). */
    public String fingerprint() {
        return fingerprint;
    }

    public KeyPair dbaKey() {
        return dbaKey;
    }

    /** The private key of {@code pair} as an unencrypted PKCS#8 PEM, as a CMDB credential holds it. */
    public static String pem(KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    /** The commands run so far, in order. */
    public List<String> ran() {
        synchronized (ran) {
            return List.copyOf(ran);
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    private final class FixedCommand implements Command {
        private final String command;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        FixedCommand(String command) {
            this.command = command;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            ran.add(command);
            Thread thread = new Thread(() -> {
                try {
                    switch (command) {
                        case "backup shop" -> finish("dumped shop\n", "", 0);
                        case "check shop" -> finish("shop is consistent\n", "", 0);
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
