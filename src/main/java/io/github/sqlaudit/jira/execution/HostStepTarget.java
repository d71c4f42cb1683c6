package io.github.sqlaudit.jira.execution;

import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;

import io.github.sqlaudit.cmdb.ClusterMember;
import io.github.sqlaudit.cmdb.CmdbRepository;
import io.github.sqlaudit.cmdb.Credential;
import io.github.sqlaudit.cmdb.Endpoint;
import io.github.sqlaudit.cmdb.HostService;
import io.github.sqlaudit.cmdb.Secret;
import io.github.sqlaudit.execute.RemoteCommandException;
import io.github.sqlaudit.execute.SshTarget;

/**
 * Where the host steps run, from the CMDB: the host behind the execute connection ({@link #host}), reached at its
 * first network address, on its SSH port, accepting only its recorded host-key fingerprint, as the SSH
 * credential the post-function names (user name and private key).
 */
final class HostStepTarget {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

    private HostStepTarget() {
    }

    /**
     * The cluster member the connection lands on; else the host the connection names; else the host whose
     * network has the address the connection resolved to (a connection by IP address or DNS alias).
     */
    static Optional<HostService> host(CmdbRepository cmdb, Endpoint endpoint) {
        Optional<String> member = endpoint.member().map(ClusterMember::hostName);
        if (member.isPresent()) {
            return cmdb.host(member.get());
        }
        Optional<HostService> named = cmdb.host(endpoint.connection().host());
        if (named.isPresent()) {
            return named;
        }
        return cmdb.snapshot().networks().stream().filter(n -> n.ipAddresses().contains(endpoint.address()))
                .map(n -> n.hostName()).distinct().findFirst().flatMap(cmdb::host);
    }

    static SshTarget of(CmdbRepository cmdb, Endpoint endpoint, HostSteps steps) throws RemoteCommandException {
        HostService host = host(cmdb, endpoint).orElseThrow(() -> new RemoteCommandException("no host of the CMDB"
                + " stands behind " + endpoint.connection().describe() + " (" + endpoint.connection().host() + ", "
                + endpoint.address() + "), so the SSH host and its host-key fingerprint are unknown"));
        String fingerprint = host.sshHostKeyFingerprint().orElseThrow(() -> new RemoteCommandException("host '"
                + host.name() + "' has no SSH host-key fingerprint in the CMDB; strict host-key checking needs one"));
        String address = cmdb.networksOf(host.name()).stream().flatMap(n -> n.ipAddresses().stream())
                .sorted(Comparator.naturalOrder()).findFirst().orElse(host.name());
        Credential credential = cmdb.credential(steps.sshCredential()).orElseThrow(() -> new RemoteCommandException(
                "the SSH credential '" + steps.sshCredential() + "' is not in the CMDB"));
        Optional<Secret> key = cmdb.secret(credential.name());
        if (key.isEmpty() || key.get().isEmpty()) {
            throw new RemoteCommandException("the SSH credential '" + credential.name() + "' has no private key stored");
        }
        char[] chars = key.get().reveal();
        try {
            return new SshTarget(address, host.sshPort(), credential.username(), fingerprint, new String(chars),
                    CONNECT_TIMEOUT, steps.timeout());
        } finally {
            // Only our copy: the repository's Secret may be shared (the in-memory CMDB keeps one instance).
            java.util.Arrays.fill(chars, '\0');
        }
    }
}
