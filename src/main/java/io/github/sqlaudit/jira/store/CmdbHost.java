package io.github.sqlaudit.jira.store;

import net.java.ao.Entity;
import net.java.ao.OneToMany;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

/** Table of the host layer. {@code LOOKUP_NAME} is the lower-case name, as DNS compares names. */
@Preload
public interface CmdbHost extends Entity {

    @NotNull
    String getName();
    void setName(String name);

    @NotNull
    @Unique
    @Indexed
    String getLookupName();
    void setLookupName(String lookupName);

    String getOperatingSystem();
    void setOperatingSystem(String operatingSystem);

    int getCpuCores();
    void setCpuCores(int cpuCores);

    long getMemoryBytes();
    void setMemoryBytes(long memoryBytes);

    int getSshPort();
    void setSshPort(int sshPort);

    String getSshFingerprint();
    void setSshFingerprint(String sshFingerprint);

    /** One path per line. */
    @StringLength(StringLength.UNLIMITED)
    String getLocalPaths();
    void setLocalPaths(String localPaths);

    @OneToMany
    CmdbNetwork[] getNetworks();
}
