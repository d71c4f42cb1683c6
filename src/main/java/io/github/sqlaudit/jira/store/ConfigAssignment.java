package io.github.sqlaudit.jira.store;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;

/** Which template audits a project in an environment ({@code *} for any); one row per project and environment. */
public interface ConfigAssignment extends Entity {

    @NotNull
    @Indexed
    String getProject();
    void setProject(String project);

    @NotNull
    String getEnvironment();
    void setEnvironment(String environment);

    @NotNull
    String getTemplateName();
    void setTemplateName(String templateName);
}
