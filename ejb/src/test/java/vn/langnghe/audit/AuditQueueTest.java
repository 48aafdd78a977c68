package vn.langnghe.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class AuditQueueTest {
    private final DataSource ds = AuditTrails.migratedH2();

    @Test
    void eventsFromManyThreadsAllReachTheChain() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try (AuditQueue queue = new AuditQueue(new AuditAppender(ds), background, 50, 20, Duration.ofMillis(10))) {
            for (int t = 0; t < 4; t++) {
                String actor = "caller" + t;
                callers.submit(() -> AuditTrails.events(actor, 100).forEach(queue::add));
            }
            callers.shutdown();
            assertTrue(callers.awaitTermination(30, TimeUnit.SECONDS));
            assertTrue(queue.awaitWritten(Duration.ofSeconds(30)));
        } finally {
            background.shutdownNow();
        }
        assertEquals(400, rows());
        assertTrue(AuditTrails.verify(ds).intact());
    }

    @Test
    void aFailedBatchIsWrittenLaterNotLost() throws Exception {
        AtomicInteger failuresLeft = new AtomicInteger(2);
        AuditAppender flaky = new AuditAppender(ds) {
            @Override
            public void append(List<AuditRecord> batch) throws SQLException {
                if (failuresLeft.getAndDecrement() > 0) {
                    throw new SQLException("database away");
                }
                super.append(batch);
            }
        };
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (AuditQueue queue = new AuditQueue(flaky, background, 100, 10, Duration.ofMillis(10))) {
            AuditTrails.events("lan", 25).forEach(queue::add);
            assertTrue(queue.awaitWritten(Duration.ofSeconds(30)));
        } finally {
            background.shutdownNow();
        }
        assertEquals(25, rows());
    }

    @Test
    void aSteadyTrickleIsDrainedByOneLingeringTaskNotATaskPerEvent() throws Exception {
        ExecutorService background = Executors.newCachedThreadPool();
        AtomicInteger tasks = new AtomicInteger();
        try (AuditQueue queue = new AuditQueue(new AuditAppender(ds), task -> {
            tasks.incrementAndGet();
            background.execute(task);
        }, 100, 10, Duration.ofMillis(10))) {
            for (AuditRecord e : AuditTrails.events("lan", 40)) {
                queue.add(e);
                Thread.sleep(AuditQueue.LINGER.toMillis() / 10); // every event finds the queue drained
            }
            assertTrue(queue.awaitWritten(Duration.ofSeconds(30)));
            assertEquals(40, rows(), "every event written while the task waited for the next");
        } finally {
            background.shutdownNow();
        }
        assertTrue(tasks.get() <= 3, tasks.get() + " drain tasks for 40 events 25 ms apart");
        assertTrue(AuditTrails.verify(ds).intact());
    }

    @Test
    void closeWritesWhatIsStillQueued() throws Exception {
        // an executor that never runs anything: only close() can write the events
        try (AuditQueue queue = new AuditQueue(new AuditAppender(ds), task -> { }, 100, 10, Duration.ofMillis(10))) {
            AuditTrails.events("lan", 30).forEach(queue::add);
            assertEquals(0, rows());
        }
        assertEquals(30, rows());
        assertTrue(AuditTrails.verify(ds).intact());
    }

    private long rows() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_events")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
