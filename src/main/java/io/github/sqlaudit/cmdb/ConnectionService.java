package io.github.sqlaudit.cmdb;

import java.util.List;
import java.util.Optional;

/**
 * Connection layer: how to reach a data service for one purpose. {@code host} is a DNS name, a host name,
 * a cluster VIP or an address; Oracle connections name a service or a SID. Credentials are referenced by
 * name and kept encrypted apart from the CMDB records.
 */
public record ConnectionService(
        String name,
        String dataServiceName,
        String host,
        int port,
        Optional<String> serviceName,
        Optional<String> sid,
        Protocol protocol,
        Optional<String> listener,
        Purpose purpose,
        Optional<String> credentialName,
        List<Attribute> attributes) implements Layered {

    public ConnectionService {
        Require.name(name, "connection name");
        Require.name(dataServiceName, "connection '" + name + "' data service");
        Require.name(host, "connection '" + name + "' host");
        Require.port(port, "connection '" + name + "' port");
        serviceName = Require.optional(serviceName, "connection '" + name + "' service name");
        sid = Require.optional(sid, "connection '" + name + "' SID");
        if (serviceName.isPresent() && sid.isPresent()) {
            throw new IllegalArgumentException("connection '" + name + "' names both a service name and a SID; Oracle takes one");
        }
        protocol = protocol == null ? Protocol.TCP : protocol;
        listener = Require.optional(listener, "connection '" + name + "' listener");
        Require.nonNull(purpose, "connection '" + name + "' purpose");
        credentialName = Require.optional(credentialName, "connection '" + name + "' credential");
        attributes = Attribute.copyOf(attributes);
    }

    @Override
    public Layer layer() {
        return Layer.CONNECTION;
    }
}
