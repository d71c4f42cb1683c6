package io.github.sqlaudit.cmdb;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Host layer: the operating system instance a database runs on. The name is the host name used to reach
 * it; the SSH host-key fingerprint is what strict host-key checking compares against.
 */
public record HostService(
        String name,
        String operatingSystem,
        int cpuCores,
        long memoryBytes,
        int sshPort,
        Optional<String> sshHostKeyFingerprint,
        List<String> localPaths,
        List<Attribute> attributes) implements Layered {

    public static final int DEFAULT_SSH_PORT = 22;

    /** OpenSSH's form, as {@code ssh-keygen -lf} prints it: SHA256 and unpadded base64 of 32 bytes. */
    private static final Pattern FINGERPRINT = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}");

    public HostService {
        Require.name(name, "host name");
        operatingSystem = Require.text(operatingSystem, "host '" + name + "' operating system");
        Require.notNegative(cpuCores, "host '" + name + "' CPU cores");
        Require.notNegative(memoryBytes, "host '" + name + "' memory");
        Require.port(sshPort, "host '" + name + "' SSH port");
        sshHostKeyFingerprint = Require.optional(sshHostKeyFingerprint, "host '" + name + "' SSH host-key fingerprint");
        sshHostKeyFingerprint.ifPresent(f -> {
            if (!FINGERPRINT.matcher(f).matches()) {
                throw new IllegalArgumentException("host '" + name + "' SSH host-key fingerprint '" + f
                        + "' is not of the form SHA256:<43 base64 characters> (ssh-keygen -lf)");
            }
        });
        localPaths = Require.names(localPaths, "host '" + name + "' local path");
        attributes = Attribute.copyOf(attributes);
    }

    @Override
    public Layer layer() {
        return Layer.HOST;
    }
}
