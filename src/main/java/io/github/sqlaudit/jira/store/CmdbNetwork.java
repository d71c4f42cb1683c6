package io.github.sqlaudit.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;

/** Table of the network layer; each network service describes where one host sits. */
@Preload
public interface CmdbNetwork extends Entity {

    @NotNull
    @Unique
    String getName();
    void setName(String name);

    @NotNull
    CmdbHost getHost();
    void setHost(CmdbHost host);

    /** One address per line. */
    @StringLength(StringLength.UNLIMITED)
    String getIpAddresses();
    void setIpAddresses(String ipAddresses);

    String getSubnet();
    void setSubnet(String subnet);

    String getDataCentre();
    void setDataCentre(String dataCentre);

    String getRack();
    void setRack(String rack);
}
