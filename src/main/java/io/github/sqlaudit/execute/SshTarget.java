package io.github.sqlaudit.execute;

import java.time.Duration;
import java.util.Objects;

/**
 * Where a host step runs, as the CMDB describes the database host.
 *
 * @param host               name or address (resolved through the CMDB's DNS layer before it gets here)
 * @param port               SSH port
 * @param user               the account the step runs as
 * @param hostKeyFingerprint the host key's fingerprint as {@code ssh-keygen -l} prints it
 *                           ({@code SHA256:base64}); the only key accepted, no known_hosts file is read
 * @param privateKeyPem      the private key (PEM or OpenSSH format), never logged or shown
 * @param connectTimeout     for the TCP connection and the SSH handshake
 * @param commandTimeout     for the whole command
 */
public record SshTarget(String host, int port, String user, String hostKeyFingerprint, String privateKeyPem,
        Duration connectTimeout, Duration commandTimeout) {

    public SshTarget {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(privateKeyPem, "privateKeyPem");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        if (hostKeyFingerprint == null || !hostKeyFingerprint.startsWith("SHA256:")) {
            throw new IllegalArgumentException("host " + host + ": the CMDB must hold the SSH host key's SHA256"
                    + " fingerprint (as 'ssh-keygen -lf' prints it), was " + hostKeyFingerprint);
        }
    }

    /** Without the key, which must never reach a log line or a message. */
    @Override
    public String toString() {
        return user + "@" + host + ":" + port + " (" + hostKeyFingerprint + ")";
    }
}
