package io.github.sqlaudit.cmdb;

import java.util.Optional;

/**
 * What a ticket says about its target: its project, optionally a component or a data service chosen on
 * the ticket, and the environment the transition is for.
 */
public record TargetRequest(String projectKey, Optional<String> component, Optional<String> chosenTarget, String environment) {

    public TargetRequest {
        Require.name(projectKey, "project key");
        component = Require.optional(component, "component");
        chosenTarget = Require.optional(chosenTarget, "chosen target");
        Require.name(environment, "environment");
    }

    public static TargetRequest of(String projectKey, String environment) {
        return new TargetRequest(projectKey, Optional.empty(), Optional.empty(), environment);
    }

    public TargetRequest withComponent(String componentName) {
        return new TargetRequest(projectKey, Optional.of(componentName), chosenTarget, environment);
    }

    public TargetRequest withChosenTarget(String dataServiceName) {
        return new TargetRequest(projectKey, component, Optional.of(dataServiceName), environment);
    }

    String describe() {
        return "project " + projectKey + component.map(c -> ", component '" + c + "'").orElse("")
                + chosenTarget.map(t -> ", target '" + t + "'").orElse("") + ", environment '" + environment + "'";
    }
}
