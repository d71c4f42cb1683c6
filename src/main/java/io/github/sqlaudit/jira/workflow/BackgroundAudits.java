package io.github.sqlaudit.jira.workflow;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs long audits off the transition's request thread (two at a time per node). The report header is in
 * the database, so any node's panel shows progress; an audit whose node stops stays PENDING and is shown
 * as abandoned after {@link TransitionAudit#STALE_AFTER}, to be re-audited.
 */
public final class BackgroundAudits implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundAudits.class);

    private final ExecutorService executor;

    public BackgroundAudits() {
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "sqlaudit-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public <T> Future<T> submit(Callable<T> audit) {
        return executor.submit(audit);
    }

    /** Called when the plugin stops (Spring destroy-method). */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("background audits still running after 10 s; they are left PENDING");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
