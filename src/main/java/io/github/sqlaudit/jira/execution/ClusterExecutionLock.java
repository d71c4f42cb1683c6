package io.github.sqlaudit.jira.execution;

import java.util.Optional;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import io.github.sqlaudit.execute.ExecutionLock;

/**
 * The execution lock across all Jira nodes: a beehive cluster lock per issue and script. Only tried, never
 * waited for: a transition that finds the script running elsewhere is refused at once. The lock is
 * released by the cluster if the holding node dies.
 */
public final class ClusterExecutionLock implements ExecutionLock {

    private final ClusterLockService locks;

    public ClusterExecutionLock(ClusterLockService locks) {
        this.locks = locks;
    }

    @Override
    public Optional<Lease> tryAcquire(String key) {
        ClusterLock lock = locks.getLockForName(key);
        if (!lock.tryLock()) {
            return Optional.empty();
        }
        return Optional.of(lock::unlock);
    }
}
