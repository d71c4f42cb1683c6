package io.github.sqlaudit.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Unique;

/** Table of the storage layer; each volume belongs to a host. */
@Preload
public interface CmdbStorage extends Entity {

    @NotNull
    @Unique
    String getName();
    void setName(String name);

    @NotNull
    CmdbHost getHost();
    void setHost(CmdbHost host);

    String getArrayName();
    void setArrayName(String arrayName);

    String getVolume();
    void setVolume(String volume);

    @NotNull
    String getMountPath();
    void setMountPath(String mountPath);

    long getCapacityBytes();
    void setCapacityBytes(long capacityBytes);

    long getFreeBytes();
    void setFreeBytes(long freeBytes);
}
