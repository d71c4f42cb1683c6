package io.github.sqlaudit.cmdb;

/** The seven service layers, hardware up to the connection, in the words used in messages and JSON. */
public enum Layer {
    STORAGE("storage", "storage"),
    HOST("host", "hosts"),
    NETWORK("network", "networks"),
    DNS("DNS record", "dnsRecords"),
    DATA("data service", "dataServices"),
    CLUSTER("cluster", "clusters"),
    CONNECTION("connection", "connections");

    private final String label;
    private final String jsonName;

    Layer(String label, String jsonName) {
        this.label = label;
        this.jsonName = jsonName;
    }

    /** How messages name a record of this layer: {@code data service 'orders-prod'}. */
    public String label() {
        return label;
    }

    /** The member of the CMDB JSON document that holds this layer's records. */
    public String jsonName() {
        return jsonName;
    }
}
