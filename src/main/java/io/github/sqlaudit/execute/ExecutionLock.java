package io.github.sqlaudit.execute;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One execution per issue and script at a time. In Jira the cluster lock service backs it (all nodes);
 * the command line and the tests use {@link #inJvm()}. The target-side lock of {@link ScriptExecutor}
 * (GET_LOCK) stays underneath either way.
 */
public interface ExecutionLock {

    /** The lock for the key, if free now; close the lease to release it. */
    Optional<Lease> tryAcquire(String key);

    @FunctionalInterface
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    /** The key for one script of one issue. */
    static String key(String issueKey, String scriptSha256) {
        return "sqlaudit-execute:" + issueKey + ":" + scriptSha256;
    }

    /** Locks held in this JVM only. */
    static ExecutionLock inJvm() {
        ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();
        return key -> {
            ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
            // Not re-entrant on purpose, as Jira's cluster locks are not: a second run from the same thread waits too.
            if (lock.isHeldByCurrentThread() || !lock.tryLock()) {
                return Optional.empty();
            }
            return Optional.of(lock::unlock);
        };
    }
}
