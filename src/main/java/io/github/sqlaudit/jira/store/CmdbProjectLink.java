package io.github.sqlaudit.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;

/** A Jira project key served by a data service. */
@Preload
public interface CmdbProjectLink extends Entity {

    @NotNull
    CmdbDataService getDataService();
    void setDataService(CmdbDataService dataService);

    @NotNull
    @Indexed
    String getProjectKey();
    void setProjectKey(String projectKey);
}
