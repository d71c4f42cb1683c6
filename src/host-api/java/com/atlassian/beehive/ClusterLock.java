package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/** Stand-in: a cluster-wide lock; not re-entrant; released if the holding node dies. */
public interface ClusterLock extends Lock {
}
