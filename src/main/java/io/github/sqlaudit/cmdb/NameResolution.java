package io.github.sqlaudit.cmdb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a name the way the CMDB describes it, never by asking real DNS: an address stands for itself,
 * a DNS record points at an address or another name, and a host name stands for its network addresses.
 */
final class NameResolution {

    /** Longer alias chains than this are treated as a loop (resolvers give up much earlier, too). */
    private static final int MAX_CHAIN = 8;

    private final CmdbRepository cmdb;

    NameResolution(CmdbRepository cmdb) {
        this.cmdb = cmdb;
    }

    /** The addresses {@code name} stands for, or why it stands for none. */
    Resolved resolve(String name) {
        List<String> chain = new ArrayList<>();
        String current = name;
        for (int step = 0; step <= MAX_CHAIN; step++) {
            chain.add(current);
            if (IpAddress.isLiteral(current)) {
                return Resolved.to(chain, Set.of(current));
            }
            Optional<DnsRecord> record = cmdb.dnsRecord(current);
            if (record.isPresent()) {
                current = record.get().target();
                continue;
            }
            Optional<HostService> host = cmdb.host(current);
            if (host.isPresent()) {
                Set<String> addresses = new LinkedHashSet<>();
                cmdb.networksOf(host.get().name()).forEach(n -> addresses.addAll(n.ipAddresses()));
                if (addresses.isEmpty()) {
                    return Resolved.failed(chain, "host '" + host.get().name() + "' has no network service with an IP address");
                }
                return Resolved.to(chain, addresses);
            }
            return Resolved.failed(chain, "'" + current + "' is neither an IP address, a DNS record nor a host in the CMDB");
        }
        return Resolved.failed(chain, "the DNS records form a chain longer than " + MAX_CHAIN + " (a loop?)");
    }

    /** The outcome: the names followed, then the addresses, or the reason there are none. */
    record Resolved(List<String> chain, Set<String> addresses, Optional<String> failure) {

        static Resolved to(List<String> chain, Set<String> addresses) {
            return new Resolved(List.copyOf(chain), Set.copyOf(addresses), Optional.empty());
        }

        static Resolved failed(List<String> chain, String reason) {
            return new Resolved(List.copyOf(chain), Set.of(), Optional.of(reason));
        }

        boolean ok() {
            return failure.isEmpty();
        }

        boolean sharesAddressWith(Resolved other) {
            return addresses.stream().anyMatch(other.addresses::contains);
        }

        /** {@code orders-vip -> 10.0.0.5}, for messages. */
        String describe() {
            return String.join(" -> ", chain) + (ok() && !chain.contains(addresses.iterator().next())
                    ? " -> " + String.join(", ", addresses) : "");
        }
    }
}
