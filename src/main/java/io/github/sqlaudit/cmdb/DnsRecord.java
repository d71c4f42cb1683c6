package io.github.sqlaudit.cmdb;

import java.util.List;
import java.util.Locale;

/**
 * DNS layer: a name and what it points at, an IP address (a host's or a cluster VIP's) or another name.
 * Names compare without case and without a trailing dot, as DNS does.
 */
public record DnsRecord(String name, String target, int ttlSeconds, List<Attribute> attributes) implements Layered {

    public DnsRecord {
        Require.name(name, "DNS name");
        Require.name(target, "DNS '" + name + "' target");
        Require.notNegative(ttlSeconds, "DNS '" + name + "' TTL");
        attributes = Attribute.copyOf(attributes);
    }

    @Override
    public Layer layer() {
        return Layer.DNS;
    }

    /** The form names are compared in. */
    public static String normalize(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
