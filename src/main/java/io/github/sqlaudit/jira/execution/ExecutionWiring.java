package io.github.sqlaudit.jira.execution;

/** Static factories for the post-function's Spring beans that are not plain constructor calls. */
public final class ExecutionWiring {

    private ExecutionWiring() {
    }

    public static ExecuteConnections executeConnections() {
        return ExecuteConnections.jdbc();
    }
}
