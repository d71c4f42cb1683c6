package io.github.sqlaudit.cmdb;

import java.util.Optional;

/**
 * A resolved place to connect to: the data service, the connection chosen for the purpose, the address the
 * host name resolved to through the CMDB's DNS layer, and the cluster member it reaches (when known).
 */
public record Endpoint(
        DataService dataService,
        ConnectionService connection,
        String address,
        Optional<ClusterMember> member) {

    public Purpose purpose() {
        return connection.purpose();
    }

    public Optional<String> credentialName() {
        return connection.credentialName();
    }

    /**
     * The JDBC URL for the connection's host name (TLS certificates name hosts, so the name is kept; the
     * resolved address is there for checks and messages).
     */
    public String jdbcUrl() {
        String host = connection.host().contains(":") ? "[" + connection.host() + "]" : connection.host();
        return switch (dataService.engine()) {
            case MYSQL, MARIADB -> "jdbc:mysql://" + host + ":" + connection.port() + "/" + dataService.database()
                    + (connection.protocol() == Protocol.TCPS ? "?sslMode=VERIFY_IDENTITY" : "");
            case ORACLE -> oracleUrl(host);
        };
    }

    private String oracleUrl(String host) {
        if (connection.sid().isPresent()) {
            return "jdbc:oracle:thin:@" + host + ":" + connection.port() + ":" + connection.sid().get();
        }
        String service = connection.serviceName().orElse(dataService.database());
        String scheme = connection.protocol() == Protocol.TCPS ? "tcps://" : "//";
        return "jdbc:oracle:thin:@" + scheme + host + ":" + connection.port() + "/" + service;
    }
}
