package io.github.sqlaudit.cmdb;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port through which the core reads and replaces the CMDB. In Jira it is backed by Active Objects
 * tables; records are looked up by name, names being unique per layer (DNS names without case).
 */
public interface CmdbRepository {

    /** Every record, for export and validation; never any secret. */
    Cmdb snapshot();

    /** Data services listing {@code projectKey}, in any environment. */
    List<DataService> dataServicesServing(String projectKey);

    Optional<DataService> dataService(String name);

    List<ConnectionService> connectionsOf(String dataServiceName);

    Optional<ClusterService> cluster(String name);

    Optional<HostService> host(String name);

    List<NetworkService> networksOf(String hostName);

    Optional<DnsRecord> dnsRecord(String name);

    Optional<Credential> credential(String name);

    /** The decrypted password of a credential, for the code that connects and nothing else. */
    Optional<Secret> secret(String credentialName);

    /**
     * Replaces the whole CMDB in one transaction. Passwords in {@code secrets} are stored (encrypted);
     * a credential with no entry keeps the password it had, so re-importing an export loses nothing.
     */
    void replaceAll(Cmdb cmdb, Map<String, Secret> secrets);
}
