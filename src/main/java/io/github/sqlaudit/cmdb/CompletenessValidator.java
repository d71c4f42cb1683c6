package io.github.sqlaudit.cmdb;

import io.github.sqlaudit.cmdb.Finding.Kind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Says what an automated action still lacks: duplicates and references to records that do not exist, then
 * per data service what review (EXPLAIN), execution and SSH steps need and cannot find. Review and
 * execution are checked by resolving them exactly as a ticket would, so a finding here is the error a
 * transition would otherwise meet.
 */
public final class CompletenessValidator {

    private final CmdbRepository repository;

    public CompletenessValidator(CmdbRepository repository) {
        this.repository = repository;
    }

    public List<Finding> validate() {
        Cmdb cmdb = repository.snapshot();
        List<Finding> findings = new ArrayList<>();
        references(cmdb, findings);
        TargetResolver resolver = new TargetResolver(repository);
        for (DataService dataService : cmdb.dataServices()) {
            review(dataService, resolver, findings);
            execute(dataService, resolver, findings);
            ssh(dataService, findings);
        }
        // Hosts shared by several data services would otherwise be reported once per data service.
        return List.copyOf(new LinkedHashSet<>(findings));
    }

    private void references(Cmdb cmdb, List<Finding> findings) {
        for (CmdbIntegrity.Problem problem : CmdbIntegrity.check(cmdb)) {
            findings.add(new Finding(problem.kind(), problem.subject(), problem.message()));
        }
        NameResolution names = new NameResolution(repository);
        for (DnsRecord record : cmdb.dnsRecords()) {
            names.resolve(record.name()).failure().ifPresent(f -> findings.add(new Finding(Kind.BROKEN_REFERENCE,
                    record.describe(), "does not resolve to an address: " + f)));
        }
    }

    private void review(DataService dataService, TargetResolver resolver, List<Finding> findings) {
        String subject = dataService.describe();
        if (dataService.projectKeys().isEmpty()) {
            findings.add(new Finding(Kind.CANNOT_REVIEW, subject, "it lists no Jira project, so no ticket resolves to it"));
        }
        if (dataService.environment().isEmpty()) {
            findings.add(new Finding(Kind.CANNOT_REVIEW, subject, "it has no environment, so no ticket resolves to it"));
        }
        if (dataService.version().isEmpty()) {
            findings.add(new Finding(Kind.CANNOT_REVIEW, subject, "it has no engine version (EXPLAIN output differs between versions)"));
        }
        connectionChecks(dataService, Purpose.REVIEW, Kind.CANNOT_REVIEW, resolver, findings);
    }

    private void execute(DataService dataService, TargetResolver resolver, List<Finding> findings) {
        connectionChecks(dataService, Purpose.EXECUTE, Kind.CANNOT_EXECUTE, resolver, findings);
    }

    private void connectionChecks(DataService dataService, Purpose purpose, Kind kind, TargetResolver resolver, List<Finding> findings) {
        String subject = dataService.describe();
        if (dataService.database().isEmpty() && !(dataService.engine() == Engine.ORACLE && oracleConnectionsNameTheService(dataService))) {
            findings.add(new Finding(kind, subject, dataService.engine() == Engine.ORACLE
                    ? "it names no service (neither the data service's database nor a connection's service name or SID)"
                    : "it names no database schema"));
        }
        Endpoint endpoint;
        try {
            endpoint = resolver.endpoint(dataService, purpose);
        } catch (TargetResolutionException e) {
            findings.add(new Finding(kind, subject, e.getMessage()));
            return;
        }
        ConnectionService connection = endpoint.connection();
        if (connection.credentialName().isEmpty()) {
            findings.add(new Finding(kind, subject, connection.describe() + " has no credential"));
        } else if (repository.credential(connection.credentialName().get()).isPresent()
                && repository.secret(connection.credentialName().get()).isEmpty()) {
            findings.add(new Finding(kind, subject, "credential '" + connection.credentialName().get() + "' of "
                    + connection.describe() + " has no password stored"));
        }
    }

    private boolean oracleConnectionsNameTheService(DataService dataService) {
        return repository.connectionsOf(dataService.name()).stream()
                .allMatch(c -> c.serviceName().isPresent() || c.sid().isPresent());
    }

    /** Remote steps (file checks, backups) run over SSH on the hosts behind the data service. */
    private void ssh(DataService dataService, List<Finding> findings) {
        Set<String> hostNames = new LinkedHashSet<>();
        dataService.clusterName().flatMap(repository::cluster)
                .ifPresent(c -> c.members().forEach(m -> hostNames.add(m.hostName())));
        if (hostNames.isEmpty()) {
            repository.connectionsOf(dataService.name()).stream().map(ConnectionService::host)
                    .filter(h -> repository.host(h).isPresent()).forEach(hostNames::add);
        }
        if (hostNames.isEmpty()) {
            findings.add(new Finding(Kind.CANNOT_USE_SSH, dataService.describe(),
                    "no host is known behind it (no cluster members, no connection to a host of the CMDB)"));
        }
        NameResolution names = new NameResolution(repository);
        for (String hostName : hostNames) {
            repository.host(hostName).ifPresent(host -> {
                if (host.sshHostKeyFingerprint().isEmpty()) {
                    findings.add(new Finding(Kind.CANNOT_USE_SSH, host.describe(),
                            "it has no SSH host-key fingerprint (strict host-key checking needs one)"));
                }
                names.resolve(host.name()).failure().ifPresent(f -> findings.add(
                        new Finding(Kind.CANNOT_USE_SSH, host.describe(), "it has no address: " + f)));
            });
        }
    }
}
