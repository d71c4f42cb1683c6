package io.github.sqlaudit.jira.workflow;

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
 * The CMDB in Active Objects, opened on first use: its encryption keys come from the environment or the
 * shared home ({@link CmdbKeys}), and a missing key must fail an audit with its message, not stop the
 * plugin from starting.
 */
public final class LazyCmdb implements CmdbRepository {

    private final ActiveObjects ao;
    private final JiraHome home;
    private volatile CmdbRepository delegate;

    public LazyCmdb(ActiveObjects ao, JiraHome home) {
        this.ao = ao;
        this.home = home;
    }

    private CmdbRepository cmdb() {
        CmdbRepository current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    CmdbKeys keys = CmdbKeys.load(System.getenv(), home.getSharedHome().toPath());
                    delegate = new CmdbAoRepository(ao, new SecretCipher(keys));
                }
                current = delegate;
            }
        }
        return current;
    }

    @Override public Cmdb snapshot() { return cmdb().snapshot(); }
    @Override public List<DataService> dataServicesServing(String projectKey) { return cmdb().dataServicesServing(projectKey); }
    @Override public Optional<DataService> dataService(String name) { return cmdb().dataService(name); }
    @Override public List<ConnectionService> connectionsOf(String dataServiceName) { return cmdb().connectionsOf(dataServiceName); }
    @Override public Optional<ClusterService> cluster(String name) { return cmdb().cluster(name); }
    @Override public Optional<HostService> host(String name) { return cmdb().host(name); }
    @Override public List<NetworkService> networksOf(String hostName) { return cmdb().networksOf(hostName); }
    @Override public Optional<DnsRecord> dnsRecord(String name) { return cmdb().dnsRecord(name); }
    @Override public Optional<Credential> credential(String name) { return cmdb().credential(name); }
    @Override public Optional<Secret> secret(String credentialName) { return cmdb().secret(credentialName); }
    @Override public void replaceAll(Cmdb cmdb, Map<String, Secret> secrets) { cmdb().replaceAll(cmdb, secrets); }
}
