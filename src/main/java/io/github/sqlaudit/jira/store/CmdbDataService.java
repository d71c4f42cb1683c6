package io.github.sqlaudit.jira.store;

import net.java.ao.Entity;
import net.java.ao.OneToMany;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

/** Table of the data layer. Project keys are rows of {@link CmdbProjectLink} so tickets find them by index. */
@Preload
public interface CmdbDataService extends Entity {

    @NotNull
    @Unique
    String getName();
    void setName(String name);

    /** An {@code Engine} name. */
    @NotNull
    String getEngine();
    void setEngine(String engine);

    String getEngineVersion();
    void setEngineVersion(String engineVersion);

    /** MySQL/MariaDB schema or Oracle service name. */
    String getDatabaseName();
    void setDatabaseName(String databaseName);

    String getEnvironment();
    void setEnvironment(String environment);

    String getOwningTeam();
    void setOwningTeam(String owningTeam);

    /** One Jira component per line. */
    @StringLength(StringLength.UNLIMITED)
    String getComponents();
    void setComponents(String components);

    CmdbCluster getCluster();
    void setCluster(CmdbCluster cluster);

    @OneToMany
    CmdbProjectLink[] getProjectLinks();

    @OneToMany
    CmdbConnection[] getConnections();
}
