package io.github.sqlaudit.jira;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.sqlaudit.cmdb.Cmdb;
import io.github.sqlaudit.cmdb.ConnectionService;
import io.github.sqlaudit.cmdb.Credential;
import io.github.sqlaudit.cmdb.DataService;
import io.github.sqlaudit.cmdb.Engine;
import io.github.sqlaudit.cmdb.Protocol;
import io.github.sqlaudit.cmdb.Purpose;
import io.github.sqlaudit.cmdb.Secret;

/** A CMDB with one MariaDB data service, shop-prod, serving project ORD in environment prod. */
public final class TestTargets {

    private TestTargets() {
    }

    /** shop-prod reviewed on 127.0.0.1:{@code port} as root. */
    public static Cmdb shop(int port) {
        DataService shop = new DataService("shop-prod", Engine.MARIADB, "11.4", "shop", Optional.of("prod"), "dba",
                Set.of("ORD"), Set.of(), Optional.empty(), List.of());
        ConnectionService review = new ConnectionService("shop-review", "shop-prod", "127.0.0.1", port,
                Optional.empty(), Optional.empty(), Protocol.TCP, Optional.empty(), Purpose.REVIEW,
                Optional.of("shop-reviewer"), List.of());
        return new Cmdb(List.of(), List.of(), List.of(), List.of(),
                List.of(shop), List.of(), List.of(review), List.of(new Credential("shop-reviewer", "root")));
    }

    public static Map<String, Secret> secrets() {
        return Map.of("shop-reviewer", Secret.of(""));
    }

    /** A port where nothing listens: the target is down. */
    public static final int DOWN = 1;
}
