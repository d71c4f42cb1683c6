package io.github.sqlaudit.cmdb;

import java.util.List;

/** Network layer: where a host sits (addresses, subnet, data centre, rack). */
public record NetworkService(
        String name,
        String hostName,
        List<String> ipAddresses,
        String subnet,
        String dataCentre,
        String rack,
        List<Attribute> attributes) implements Layered {

    public NetworkService {
        Require.name(name, "network name");
        Require.name(hostName, "network '" + name + "' host");
        ipAddresses = Require.names(ipAddresses, "network '" + name + "' IP address");
        for (String address : ipAddresses) {
            if (!IpAddress.isLiteral(address)) {
                throw new IllegalArgumentException("network '" + name + "' IP address '" + address
                        + "' is not an IPv4 or IPv6 address");
            }
        }
        subnet = Require.text(subnet, "network '" + name + "' subnet");
        dataCentre = Require.text(dataCentre, "network '" + name + "' data centre");
        rack = Require.text(rack, "network '" + name + "' rack");
        attributes = Attribute.copyOf(attributes);
    }

    @Override
    public Layer layer() {
        return Layer.NETWORK;
    }
}
