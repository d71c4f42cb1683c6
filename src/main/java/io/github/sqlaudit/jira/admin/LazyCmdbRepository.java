package io.github.sqlaudit.jira.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.config.util.JiraHome;

import io.github.sqlaudit.cmdb.Cmdb;
import io.github.sqlaudit.cmdb.ClusterService;
import io.github.sqlaudit.cmdb.CmdbKeys;
import io.github.sqlaudit.cmdb.CmdbRepository;
import io.github.sqlaudit.cmdb.ConnectionService;
import io.github.sqlaudit.cmdb.Credential;
import io.github.sqlaudit.cmdb.DataService;
import io.github.sqlaudit.cmdb.DnsRecord;
import io.github.sqlaudit.cmdb.HostService;
import io.github.sqlaudit.cmdb.NetworkService;
import io.github.sqlaudit.cmdb.Secret;
import io.github.sqlaudit.cmdb.SecretCipher;
import io.github.sqlaudit.jira.store.CmdbAoRepository;

/**
 * The CMDB store as the admin pages use it, opened on first use: the encryption key (environment variable or
 * key file in the shared home, see docs/cmdb.md) is read then, so a missing key shows as an error on the CMDB
 * page instead of keeping the whole plugin from starting.
 */
public final class LazyCmdbRepository implements CmdbRepository {

    private final ActiveObjects ao;
    private final JiraHome jiraHome;
    private volatile CmdbRepository delegate;

    public LazyCmdbRepository(ActiveObjects ao, JiraHome jiraHome) {
        this.ao = ao;
        this.jiraHome = jiraHome;
    }

    private CmdbRepository repository() {
        CmdbRepository current = delegate;
        if (current == null) {
            CmdbKeys keys = CmdbKeys.load(System.getenv(), jiraHome.getHome().toPath());
            current = new CmdbAoRepository(ao, new SecretCipher(keys));
            delegate = current;
        }
        return current;
    }

    @Override
    public Cmdb snapshot() {
        return repository().snapshot();
    }

    @Override
    public List<DataService> dataServicesServing(String projectKey) {
        return repository().dataServicesServing(projectKey);
    }

    @Override
    public Optional<DataService> dataService(String name) {
        return repository().dataService(name);
    }

    @Override
    public List<ConnectionService> connectionsOf(String dataServiceName) {
        return repository().connectionsOf(dataServiceName);
    }

    @Override
    public Optional<ClusterService> cluster(String name) {
        return repository().cluster(name);
    }

    @Override
    public Optional<HostService> host(String name) {
        return repository().host(name);
    }

    @Override
    public List<NetworkService> networksOf(String hostName) {
        return repository().networksOf(hostName);
    }

    @Override
    public Optional<DnsRecord> dnsRecord(String name) {
        return repository().dnsRecord(name);
    }

    @Override
    public Optional<Credential> credential(String name) {
        return repository().credential(name);
    }

    @Override
    public Optional<Secret> secret(String credentialName) {
        return repository().secret(credentialName);
    }

    @Override
    public void replaceAll(Cmdb cmdb, Map<String, Secret> secrets) {
        repository().replaceAll(cmdb, secrets);
    }
}
