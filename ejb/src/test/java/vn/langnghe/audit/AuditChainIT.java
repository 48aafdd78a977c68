package vn.langnghe.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.langnghe.database.ThrowAwayDatabase;

/**
 * The chain on real databases: three "nodes" (each its own queue and writer thread, as three Payara
 * instances would be) append from many threads at once into one database, while a verifier checks the
 * trail as it grows; every event ends up in one unbroken chain. On PostgreSQL, changing or removing an
 * audit row is refused. H2 in a file; PostgreSQL skipped only when none answers (see ThrowAwayDatabase).
 */
class AuditChainIT {
    private static final int NODES = 3;
    private static final int CALLERS_PER_NODE = 3;
    private static final int EVENTS_PER_CALLER = 200;

    @Test
    void concurrentWritersKeepOneChainOnH2() throws Exception {
        try (ThrowAwayDatabase db = ThrowAwayDatabase.h2File().migrated()) {
            concurrentWritersKeepOneChain(db.dataSource());
        }
    }

    @Test
    void concurrentWritersKeepOneChainOnPostgreSql() throws Exception {
        try (ThrowAwayDatabase db = ThrowAwayDatabase.postgreSqlSchema().migrated()) {
            concurrentWritersKeepOneChain(db.dataSource());
        }
    }

    @Test
    void postgreSqlRefusesToChangeOrRemoveAuditRows() throws Exception {
        try (ThrowAwayDatabase db = ThrowAwayDatabase.postgreSqlSchema().migrated()) {
            DataSource ds = db.dataSource();
            new AuditAppender(ds).append(AuditTrails.events("lan", 3));
            for (String sql : List.of("UPDATE audit_events SET actor = 'someone-else' WHERE seq = 2",
                    "DELETE FROM audit_events WHERE seq = 2", "DELETE FROM audit_events", "TRUNCATE audit_events")) {
                SQLException refused = assertThrows(SQLException.class, () -> AuditTrails.execute(ds, sql), sql);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
            assertEquals(3, AuditTrails.verify(ds).verifiedUpTo());
            assertTrue(AuditTrails.verify(ds).intact());
        }
    }

    private static void concurrentWritersKeepOneChain(DataSource ds) throws Exception {
        List<ExecutorService> writers = new ArrayList<>();
        List<AuditQueue> queues = new ArrayList<>();
        for (int n = 0; n < NODES; n++) {
            ExecutorService writer = Executors.newSingleThreadExecutor();
            writers.add(writer);
            queues.add(new AuditQueue(new AuditAppender(ds), writer, 100, 50, Duration.ofMillis(20)));
        }
        ExecutorService callers = Executors.newFixedThreadPool(NODES * CALLERS_PER_NODE);
        AtomicBoolean appending = new AtomicBoolean(true);
        ExecutorService checker = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> checks = checker.submit(() -> verifyWhile(ds, appending));
            List<Future<?>> calls = new ArrayList<>();
            for (int n = 0; n < NODES; n++) {
                AuditQueue queue = queues.get(n);
                for (int c = 0; c < CALLERS_PER_NODE; c++) {
                    String actor = "node" + n + "-caller" + c;
                    calls.add(callers.submit(() -> AuditTrails.events(actor, EVENTS_PER_CALLER).forEach(queue::add)));
                }
            }
            for (Future<?> call : calls) {
                call.get(60, TimeUnit.SECONDS);
            }
            for (AuditQueue queue : queues) {
                assertTrue(queue.awaitWritten(Duration.ofSeconds(60)), "every queued event written");
            }
            appending.set(false);
            assertTrue(checks.get(60, TimeUnit.SECONDS) > 0, "the trail was verified while it grew");
        } finally {
            appending.set(false);
            queues.forEach(AuditQueue::close);
            writers.forEach(ExecutorService::shutdownNow);
            callers.shutdownNow();
            checker.shutdownNow();
        }
        long total = (long) NODES * CALLERS_PER_NODE * EVENTS_PER_CALLER;
        AuditVerifier.Result result = AuditTrails.verify(ds);
        assertTrue(result.intact(), () -> result.firstBreak().orElseThrow().toString());
        assertEquals(total, result.verifiedUpTo());
        assertEquals(total, rows(ds));
    }

    /** Verifies again and again while appends go on: a snapshot never shows a break that is not there. */
    private static int verifyWhile(DataSource ds, AtomicBoolean appending) throws SQLException {
        int checks = 0;
        while (appending.get()) {
            AuditVerifier.Result result = AuditTrails.verify(ds);
            assertTrue(result.intact(), () -> "during appends: " + result.firstBreak().orElseThrow());
            checks++;
        }
        return checks;
    }

    private static long rows(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_events")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
