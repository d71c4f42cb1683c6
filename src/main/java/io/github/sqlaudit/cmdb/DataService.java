package io.github.sqlaudit.cmdb;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Data layer: a database (MySQL/MariaDB schema or Oracle service) in one environment, owned by a team,
 * serving the Jira projects listed. Components narrow the choice when one project has several databases
 * in the same environment.
 */
public record DataService(
        String name,
        Engine engine,
        String version,
        String database,
        Optional<String> environment,
        String owningTeam,
        Set<String> projectKeys,
        Set<String> components,
        Optional<String> clusterName,
        List<Attribute> attributes) implements Layered {

    public DataService {
        Require.name(name, "data service name");
        Require.nonNull(engine, "data service '" + name + "' engine");
        version = Require.text(version, "data service '" + name + "' version");
        database = Require.text(database, "data service '" + name + "' database");
        environment = Require.optional(environment, "data service '" + name + "' environment");
        owningTeam = Require.text(owningTeam, "data service '" + name + "' owning team");
        projectKeys = Require.nameSet(projectKeys, "data service '" + name + "' project key");
        components = Require.nameSet(components, "data service '" + name + "' component");
        clusterName = Require.optional(clusterName, "data service '" + name + "' cluster");
        attributes = Attribute.copyOf(attributes);
    }

    @Override
    public Layer layer() {
        return Layer.DATA;
    }

    public boolean serves(String projectKey) {
        return projectKeys.contains(projectKey);
    }

    public boolean isIn(String environmentName) {
        return environment.map(e -> e.equalsIgnoreCase(environmentName)).orElse(false);
    }
}
