package io.github.sqlaudit.jira.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Unique;

/** Table of the DNS layer: name to address or to another name. */
@Preload
public interface CmdbDnsRecord extends Entity {

    @NotNull
    String getName();
    void setName(String name);

    @NotNull
    @Unique
    @Indexed
    String getLookupName();
    void setLookupName(String lookupName);

    @NotNull
    String getTarget();
    void setTarget(String target);

    int getTtlSeconds();
    void setTtlSeconds(int ttlSeconds);
}
