package io.github.sqlaudit.jira.store;

import java.util.List;

import net.java.ao.RawEntity;

/** Every CMDB entity, in dependency order: the {@code <ao>} module lists the same classes. */
public final class CmdbEntities {

    public static final List<Class<? extends RawEntity<?>>> ALL = List.of(
            CmdbHost.class,
            CmdbStorage.class,
            CmdbNetwork.class,
            CmdbDnsRecord.class,
            CmdbCluster.class,
            CmdbClusterMember.class,
            CmdbCredential.class,
            CmdbDataService.class,
            CmdbProjectLink.class,
            CmdbConnection.class,
            CmdbAttribute.class);

    private CmdbEntities() {
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] array() {
        return ALL.toArray(new Class[0]);
    }
}
