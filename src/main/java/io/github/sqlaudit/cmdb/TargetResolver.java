package io.github.sqlaudit.cmdb;

import io.github.sqlaudit.cmdb.TargetResolutionException.Reason;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds where a ticket's scripts are reviewed and executed: project (+ component or chosen target) and
 * environment select one data service; its connections for the purpose are filtered by the cluster
 * topology (execution only on the current primary or a multi-writer node, review preferably on a replica)
 * and their host names resolved through the CMDB's DNS layer. Anything missing or ambiguous is an error
 * that says which records to fix.
 */
public final class TargetResolver {

    private final CmdbRepository cmdb;
    private final NameResolution names;

    public TargetResolver(CmdbRepository cmdb) {
        this.cmdb = cmdb;
        this.names = new NameResolution(cmdb);
    }

    /** The endpoint where EXPLAIN runs, with a read-only account. */
    public Endpoint reviewEndpoint(TargetRequest request) {
        return endpoint(request, Purpose.REVIEW);
    }

    /** The endpoint where approved scripts run: always the current primary (or a multi-writer node). */
    public Endpoint executeEndpoint(TargetRequest request) {
        return endpoint(request, Purpose.EXECUTE);
    }

    public Endpoint endpoint(TargetRequest request, Purpose purpose) {
        return endpoint(dataService(request), purpose);
    }

    /** The one data service the request means. */
    public DataService dataService(TargetRequest request) {
        if (request.chosenTarget().isPresent()) {
            return chosen(request, request.chosenTarget().get());
        }
        // Sorted, so messages list candidates the same way whatever the repository.
        List<DataService> serving = cmdb.dataServicesServing(request.projectKey()).stream()
                .sorted(Comparator.comparing(DataService::name)).toList();
        List<DataService> inEnvironment = serving.stream().filter(d -> d.isIn(request.environment())).toList();
        if (inEnvironment.isEmpty()) {
            throw new TargetResolutionException(Reason.NOT_FOUND, "No data service serves " + request.describe()
                    + (serving.isEmpty() ? "; no data service lists project " + request.projectKey()
                    : "; data services of project " + request.projectKey() + ": " + describeEnvironments(serving)));
        }
        List<DataService> candidates = inEnvironment;
        if (request.component().isPresent()) {
            String component = request.component().get();
            List<DataService> forComponent = inEnvironment.stream().filter(d -> d.components().contains(component)).toList();
            // A component narrows the choice; services without components serve every component.
            candidates = forComponent.isEmpty()
                    ? inEnvironment.stream().filter(d -> d.components().isEmpty()).toList()
                    : forComponent;
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new TargetResolutionException(Reason.NOT_FOUND, "No data service serves " + request.describe()
                    + "; the data services of that environment are for other components: " + describeComponents(inEnvironment));
        }
        throw new TargetResolutionException(Reason.AMBIGUOUS, candidates.size() + " data services serve "
                + request.describe() + ": " + names(candidates)
                + ". Choose the target on the ticket, or give each data service the components it serves.");
    }

    private DataService chosen(TargetRequest request, String name) {
        DataService dataService = cmdb.dataService(name).orElseThrow(() -> new TargetResolutionException(Reason.NOT_FOUND,
                "The target '" + name + "' chosen on the ticket is not a data service in the CMDB"));
        if (!dataService.serves(request.projectKey())) {
            throw new TargetResolutionException(Reason.NOT_FOUND, "The target '" + name + "' chosen on the ticket does not serve project "
                    + request.projectKey() + " (it serves " + String.join(", ", dataService.projectKeys()) + ")");
        }
        if (!dataService.isIn(request.environment())) {
            throw new TargetResolutionException(Reason.NOT_FOUND, "The target '" + name + "' chosen on the ticket is in environment '"
                    + dataService.environment().orElse("(none)") + "', not '" + request.environment() + "'");
        }
        return dataService;
    }

    /** The endpoint of a known data service for the purpose, honouring its cluster's topology. */
    public Endpoint endpoint(DataService dataService, Purpose purpose) {
        List<ConnectionService> connections = cmdb.connectionsOf(dataService.name()).stream()
                .filter(c -> c.purpose() == purpose).toList();
        if (connections.isEmpty()) {
            throw new TargetResolutionException(Reason.INCOMPLETE, dataService.describe() + " has no "
                    + purpose.name().toLowerCase(java.util.Locale.ROOT) + " connection");
        }
        Optional<ClusterService> cluster = dataService.clusterName().map(name -> cmdb.cluster(name).orElseThrow(
                () -> new TargetResolutionException(Reason.INCOMPLETE, dataService.describe() + " names cluster '"
                        + name + "', which is not in the CMDB")));
        List<Candidate> candidates = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (ConnectionService connection : connections) {
            NameResolution.Resolved resolved = names.resolve(connection.host());
            if (!resolved.ok()) {
                rejected.add(connection.describe() + ": host '" + connection.host() + "' does not resolve ("
                        + resolved.failure().get() + ")");
                continue;
            }
            if (cluster.isEmpty()) {
                candidates.add(new Candidate(connection, resolved, Optional.empty(), 0));
                continue;
            }
            rank(cluster.get(), connection, resolved, purpose, rejected).ifPresent(candidates::add);
        }
        if (candidates.isEmpty()) {
            throw new TargetResolutionException(Reason.INCOMPLETE, "No usable " + purpose.name().toLowerCase(java.util.Locale.ROOT)
                    + " connection for " + dataService.describe() + ": " + String.join("; ", rejected));
        }
        int best = candidates.stream().mapToInt(Candidate::rank).min().orElseThrow();
        List<Candidate> top = candidates.stream().filter(c -> c.rank == best).toList();
        if (top.size() > 1) {
            throw new TargetResolutionException(Reason.AMBIGUOUS, top.size() + " " + purpose.name().toLowerCase(java.util.Locale.ROOT)
                    + " connections of " + dataService.describe() + " are equally suitable: "
                    + top.stream().map(c -> "'" + c.connection.name() + "'").collect(Collectors.joining(", "))
                    + ". Keep one, or point the others at different members.");
        }
        Candidate chosen = top.get(0);
        String address = chosen.resolved.addresses().stream().sorted(Comparator.naturalOrder()).findFirst().orElseThrow();
        return new Endpoint(dataService, chosen.connection, address, chosen.member);
    }

    /**
     * Where in the cluster a connection lands, and how well that suits the purpose (lower is better), or
     * empty with the reason added to {@code rejected}.
     */
    private Optional<Candidate> rank(ClusterService cluster, ConnectionService connection, NameResolution.Resolved resolved,
                                     Purpose purpose, List<String> rejected) {
        if (cluster.vip().isPresent() && lands(connection, resolved, cluster.vip().get())) {
            if (purpose == Purpose.EXECUTE && cluster.topology().hasSinglePrimary() && cluster.primary().isEmpty()) {
                // No recorded primary usually means a failover in progress: do not write blindly.
                rejected.add(connection.describe() + " uses the VIP of " + cluster.describe()
                        + ", which records no primary; scripts execute only on a known primary");
                return Optional.empty();
            }
            // The VIP follows the primary on failover (or spreads over multi-writer nodes): best for
            // execution; for review it is acceptable after a replica.
            return Optional.of(new Candidate(connection, resolved, Optional.empty(), purpose == Purpose.EXECUTE ? 0 : 1));
        }
        Optional<ClusterMember> member = cluster.members().stream()
                .filter(m -> lands(connection, resolved, m.hostName())).findFirst();
        if (member.isEmpty()) {
            rejected.add(connection.describe() + " points at '" + connection.host() + "' (" + resolved.describe()
                    + "), which is neither the VIP nor a member of " + cluster.describe());
            return Optional.empty();
        }
        MemberRole role = member.get().role();
        String where = connection.describe() + " points at " + member.get().hostName() + ", a " + role + " of " + cluster.describe();
        if (purpose == Purpose.EXECUTE) {
            if (role == MemberRole.PRIMARY || role == MemberRole.NODE) {
                return Optional.of(new Candidate(connection, resolved, member, 1));
            }
            rejected.add(where + "; scripts execute on the current primary"
                    + cluster.primary().map(p -> " (" + p.hostName() + ")").orElse(", and the cluster records none"));
            return Optional.empty();
        }
        return switch (role) {
            case REPLICA -> Optional.of(new Candidate(connection, resolved, member, 0));
            case PRIMARY, NODE -> Optional.of(new Candidate(connection, resolved, member, 2));
            case STANDBY -> {
                rejected.add(where + "; a standby cannot run EXPLAIN");
                yield Optional.empty();
            }
        };
    }

    /** Does the connection reach {@code name}: the same name, or a shared address once both are resolved? */
    private boolean lands(ConnectionService connection, NameResolution.Resolved resolved, String name) {
        if (DnsRecord.normalize(connection.host()).equals(DnsRecord.normalize(name))) {
            return true;
        }
        NameResolution.Resolved other = names.resolve(name);
        return other.ok() && resolved.sharesAddressWith(other);
    }

    private static String names(List<DataService> services) {
        return services.stream().map(d -> "'" + d.name() + "'").collect(Collectors.joining(", "));
    }

    private static String describeEnvironments(List<DataService> services) {
        return services.stream().map(d -> "'" + d.name() + "' (" + d.environment().orElse("no environment") + ")")
                .collect(Collectors.joining(", "));
    }

    private static String describeComponents(List<DataService> services) {
        return services.stream().map(d -> "'" + d.name() + "' (" + String.join(", ", d.components()) + ")")
                .collect(Collectors.joining(", "));
    }

    private record Candidate(ConnectionService connection, NameResolution.Resolved resolved,
                             Optional<ClusterMember> member, int rank) {
    }
}
