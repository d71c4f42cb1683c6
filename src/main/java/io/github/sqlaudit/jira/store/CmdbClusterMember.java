package io.github.sqlaudit.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;

/** One host of a cluster and its role. */
@Preload
public interface CmdbClusterMember extends Entity {

    @NotNull
    CmdbCluster getCluster();
    void setCluster(CmdbCluster cluster);

    @NotNull
    CmdbHost getHost();
    void setHost(CmdbHost host);

    /** A {@code MemberRole} name. */
    @NotNull
    String getRole();
    void setRole(String role);

    /** Keeps the members in the order they were given. */
    int getPosition();
    void setPosition(int position);
}
