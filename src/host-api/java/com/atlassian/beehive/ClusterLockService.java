package com.atlassian.beehive;

/** Stand-in for beehive's cluster-wide lock service (see docs/jira-host-api.md, Data Center rules). */
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
