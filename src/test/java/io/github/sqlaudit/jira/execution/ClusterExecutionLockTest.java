package io.github.sqlaudit.jira.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import io.github.sqlaudit.execute.ExecutionLock;

class ClusterExecutionLockTest {

    @Test
    void aFreeClusterLockIsTakenByNameAndReleasedWithTheLease() {
        ClusterLockService service = mock(ClusterLockService.class);
        ClusterLock lock = mock(ClusterLock.class);
        String key = ExecutionLock.key("ORD-42", "ab".repeat(32));
        when(service.getLockForName(key)).thenReturn(lock);
        when(lock.tryLock()).thenReturn(true);

        Optional<ExecutionLock.Lease> lease = new ClusterExecutionLock(service).tryAcquire(key);
        assertThat(lease).isPresent();
        lease.get().close();
        verify(lock).unlock();
    }

    @Test
    void aLockHeldOnAnotherNodeIsNotWaitedFor() {
        ClusterLockService service = mock(ClusterLockService.class);
        ClusterLock lock = mock(ClusterLock.class);
        when(service.getLockForName("k")).thenReturn(lock);
        when(lock.tryLock()).thenReturn(false);
        assertThat(new ClusterExecutionLock(service).tryAcquire("k")).isEmpty();
    }
}
