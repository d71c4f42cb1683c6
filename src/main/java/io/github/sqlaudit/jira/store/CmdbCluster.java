package io.github.sqlaudit.jira.store;

import net.java.ao.Entity;
import net.java.ao.OneToMany;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Unique;

/** Table of the cluster layer; the members are rows of {@link CmdbClusterMember}. */
@Preload
public interface CmdbCluster extends Entity {

    @NotNull
    @Unique
    String getName();
    void setName(String name);

    /** A {@code Topology} name. */
    @NotNull
    String getTopology();
    void setTopology(String topology);

    String getVip();
    void setVip(String vip);

    @OneToMany
    CmdbClusterMember[] getMembers();
}
