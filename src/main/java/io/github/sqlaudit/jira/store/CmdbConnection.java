package io.github.sqlaudit.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Unique;

/** Table of the connection layer: how to reach a data service for review or execution. */
@Preload
public interface CmdbConnection extends Entity {

    @NotNull
    @Unique
    String getName();
    void setName(String name);

    @NotNull
    CmdbDataService getDataService();
    void setDataService(CmdbDataService dataService);

    /** A DNS name, host name, VIP or address. */
    @NotNull
    String getHostName();
    void setHostName(String hostName);

    int getPortNumber();
    void setPortNumber(int portNumber);

    String getServiceName();
    void setServiceName(String serviceName);

    String getOracleSid();
    void setOracleSid(String oracleSid);

    /** A {@code Protocol} name. */
    @NotNull
    String getProtocol();
    void setProtocol(String protocol);

    String getListener();
    void setListener(String listener);

    /** A {@code Purpose} name. */
    @NotNull
    String getPurpose();
    void setPurpose(String purpose);

    CmdbCredential getCredential();
    void setCredential(CmdbCredential credential);
}
