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
 * Where the host steps run, from the CMDB: the host behind the execute connection (the cluster member the
 * connection lands on, or the connection's own host when it names a host of the CMDB), reached at its
 * first network address, on its SSH port, accepting only its recorded host-key fingerprint, as the SSH
 * credential the post-function names (user name and private key).
 */
final class HostStepTarget {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

    private HostStepTarget() {
    }

    static SshTarget of(CmdbRepository cmdb, Endpoint endpoint, HostSteps steps) throws RemoteCommandException {
        String hostName = endpoint.member().map(ClusterMember::hostName).orElse(endpoint.connection().host());
        HostService host = cmdb.host(hostName).orElseThrow(() -> new RemoteCommandException("the database host '"
                + hostName + "' behind " + endpoint.connection().describe() + " is not a host of the CMDB, so its SSH"
                + " host-key fingerprint is unknown"));
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
            java.util.Arrays.fill(chars, '\0');
            key.get().wipe();
        }
    }
}
