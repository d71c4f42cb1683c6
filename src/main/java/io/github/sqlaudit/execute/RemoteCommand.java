package io.github.sqlaudit.execute;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.common.IOUtils;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.transport.verification.FingerprintVerifier;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one command on a database host over SSH (sshj) before or after a script: a {@code mysqldump} or
 * {@code expdp} backup, a check. Strict: only the host key whose fingerprint the CMDB records is
 * accepted (an unknown or changed key refuses to connect), authentication is by key only, both the
 * connection and the command are bounded in time, and the output is captured (up to a limit) for the
 * execution record.
 */
public final class RemoteCommand {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteCommand.class);
    /** Output kept per stream; the rest is counted, not stored, so a chatty command cannot exhaust memory. */
    static final int OUTPUT_LIMIT = 64 * 1024;

    /** What a command did. */
    public record Result(String command, int exitStatus, String stdout, String stderr, Duration duration) {
        public boolean succeeded() {
            return exitStatus == 0;
        }
    }

    private final SshTarget target;

    public RemoteCommand(SshTarget target) {
        this.target = target;
    }

    public Result run(String command) throws RemoteCommandException {
        long started = System.nanoTime();
        try (SSHClient client = new SSHClient()) {
            client.addHostKeyVerifier(FingerprintVerifier.getInstance(target.hostKeyFingerprint()));
            client.setConnectTimeout((int) target.connectTimeout().toMillis());
            client.setTimeout((int) target.commandTimeout().toMillis());
            connect(client);
            authenticate(client);
            try (Session session = client.startSession()) {
                Session.Command running = session.exec(command);
                CappedSink stdout = new CappedSink();
                CappedSink stderr = new CappedSink();
                // Both streams drain in the background, so a command that hangs cannot block this thread.
                Thread outReader = drainInBackground(running.getInputStream(), stdout, "ssh-stdout");
                Thread errReader = drainInBackground(running.getErrorStream(), stderr, "ssh-stderr");
                try {
                    running.join(remaining(started), TimeUnit.MILLISECONDS);
                } catch (net.schmizz.sshj.connection.ConnectionException timedOut) {
                    // sshj signals the end of the wait with an exception; the exit status below decides.
                    LOG.debug("waiting for '{}' ended: {}", command, timedOut.getMessage());
                }
                Integer exit = running.getExitStatus();
                if (exit == null) {
                    running.close();
                    throw new RemoteCommandException(target + ": '" + command + "' did not finish within "
                            + target.commandTimeout().toSeconds() + " s");
                }
                outReader.join(1000);
                errReader.join(1000);
                Result result = new Result(command, exit, stdout.text(), stderr.text(),
                        Duration.ofNanos(System.nanoTime() - started));
                LOG.info("{}: '{}' exited with {}", target, command, exit);
                return result;
            }
        } catch (RemoteCommandException e) {
            throw e;
        } catch (IOException e) {
            throw new RemoteCommandException(target + ": '" + command + "' failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteCommandException(target + ": interrupted while running '" + command + "'", e);
        }
    }

    private void connect(SSHClient client) throws RemoteCommandException {
        try {
            client.connect(target.host(), target.port());
        } catch (TransportException e) {
            // sshj reports a rejected host key as a transport failure during key exchange.
            throw new RemoteCommandException(target.host() + ":" + target.port() + ": the host key does not match"
                    + " the fingerprint recorded in the CMDB (" + target.hostKeyFingerprint() + "), or the SSH"
                    + " handshake failed; refusing to connect: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RemoteCommandException(target.host() + ":" + target.port() + ": cannot connect: "
                    + e.getMessage(), e);
        }
    }

    private void authenticate(SSHClient client) throws RemoteCommandException {
        try {
            KeyProvider key = client.loadKeys(target.privateKeyPem(), null, null);
            client.authPublickey(target.user(), key);
        } catch (UserAuthException e) {
            throw new RemoteCommandException(target + ": the host refused the key of user " + target.user(), e);
        } catch (IOException e) {
            throw new RemoteCommandException(target + ": cannot read the private key (PEM or OpenSSH format"
                    + " expected)", e);
        }
    }

    private long remaining(long startedNanos) {
        long left = target.commandTimeout().toMillis() - (System.nanoTime() - startedNanos) / 1_000_000;
        return Math.max(1, left);
    }

    private static Thread drainInBackground(InputStream in, CappedSink sink, String name) {
        Thread thread = new Thread(() -> {
            try {
                copy(in, sink);
            } catch (IOException e) {
                LOG.debug("{} of a host step ended early", name, e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) != -1) {
            out.write(buffer, 0, read);
        }
        IOUtils.closeQuietly(in);
    }

    /** Keeps the first {@link #OUTPUT_LIMIT} bytes and counts the rest. */
    private static final class CappedSink extends OutputStream {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private long dropped;

        @Override
        public synchronized void write(int b) {
            if (kept.size() < OUTPUT_LIMIT) {
                kept.write(b);
            } else {
                dropped++;
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            int keep = Math.max(0, Math.min(len, OUTPUT_LIMIT - kept.size()));
            kept.write(b, off, keep);
            dropped += len - keep;
        }

        synchronized String text() {
            String text = kept.toString(StandardCharsets.UTF_8);
            return dropped == 0 ? text : text + "\n[... " + dropped + " more bytes not kept]";
        }
    }
}
