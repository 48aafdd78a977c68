package vn.langnghe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.ItemJson;
import vn.langnghe.harvest.OutboxRows;
import vn.langnghe.harvest.connector.HarvestedItem;

/**
 * The outbox claims, written once and run on every database the platform supports: H2
 * ({@link OutboxClaimsTest}) and PostgreSQL ({@link OutboxClaimsPostgresIT}). Each worker here is its
 * own {@link JdbcOutbox}, each call one transaction, as drain workers on several nodes are.
 */
abstract class OutboxClaimsContract {
    static final int ROWS = 30;
    static final Instant FETCHED = Instant.parse("2025-07-14T03:00:00Z");

    /** A migrated database whose outbox the tests may empty and fill. */
    abstract DataSource dataSource();

    @BeforeEach
    void fill() throws SQLException {
        fill(ROWS);
    }

    void fill(int rows) throws SQLException {
        List<HarvestedItem> items = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            items.add(HarvestedItem.builder("x", "c-" + i).text("Kẹt xe ở cầu Sài Gòn, lần " + i)
                    .createdAt(FETCHED.minusSeconds(i)).build());
        }
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM outbox");
            OutboxRows.insert(c, 1, 7, "X Sài Gòn", items, FETCHED);
        }
    }

    /** The database product the contract runs on, as its driver names it. */
    String databaseProduct() throws SQLException {
        try (Connection c = dataSource().getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        }
    }

    JdbcOutbox worker(int leaseSeconds) {
        return new JdbcOutbox(dataSource(), new OutboxClaims(leaseSeconds));
    }

    @Test
    void claimsTheOldestFreeRowsAndNeverARowAnotherClaimHolds() {
        JdbcOutbox a = worker(60);
        JdbcOutbox b = worker(60);
        ClaimedBatch first = a.claim("a/0#1", 10);
        ClaimedBatch second = b.claim("b/0#1", 10);
        assertEquals(ids(1, 10), ids(first));
        assertEquals(ids(11, 20), ids(second));
        assertEquals(ids(21, 30), ids(a.claim("a/0#2", 100)));
        assertTrue(b.claim("b/0#2", 10).isEmpty(), "every row is held");

        ClaimedBatch.Row row = first.rows().get(0);
        assertEquals("x:c-1", row.itemId());
        assertEquals("X Sài Gòn", row.sourceName());
        assertEquals(FETCHED, row.fetchedAt());
        assertEquals("Kẹt xe ở cầu Sài Gòn, lần 1", ItemJson.read(row.payload()).text());
    }

    @Test
    void aClaimInProgressIsSkippedNotWaitedFor() throws Exception {
        try (Connection held = dataSource().getConnection()) {
            held.setAutoCommit(false);
            ClaimedBatch a = new OutboxClaims(60).claim(held, "a/0#1", 5);
            // another worker claims while the first claim's transaction is still open
            ClaimedBatch b = CompletableFuture.supplyAsync(() -> worker(60).claim("b/0#1", 5)).get(5, TimeUnit.SECONDS);
            held.commit();
            assertEquals(ids(1, 5), ids(a));
            assertEquals(ids(6, 10), ids(b));
        }
    }

    @Test
    void concurrentWorkersDrainEveryRowExactlyOnce() throws Exception {
        fill(600);
        Map<Long, Integer> drained = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String name = "w" + w;
                workers.add(threads.submit(() -> {
                    JdbcOutbox outbox = worker(60);
                    int batches = 0;
                    for (ClaimedBatch b; !(b = outbox.claim(name + "#" + ++batches, 7)).isEmpty(); ) {
                        b.rows().forEach(r -> drained.merge(r.id(), 1, Integer::sum));
                        assertEquals(b.rows().size(), outbox.finish(b), "a worker deletes all it holds");
                    }
                    return batches;
                }));
            }
            for (Future<Integer> w : workers) {
                w.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(600, drained.size(), "every row drained");
        assertTrue(drained.values().stream().allMatch(n -> n == 1), "no row drained twice: " + drained);
        assertEquals(0, worker(60).waiting());
    }

    @Test
    void anExpiredClaimIsTakenOverAndItsFormerHolderCanNoLongerFinishOrFailIt() throws Exception {
        JdbcOutbox dying = worker(1);
        ClaimedBatch lost = dying.claim("dying/0#1", 3);
        JdbcOutbox survivor = worker(60);
        assertEquals(ids(4, 6), ids(survivor.claim("survivor/0#1", 3)), "a claim holds its rows during its lease");

        ClaimedBatch takenOver = survivor.claim("survivor/0#2", 3);
        for (long deadline = System.nanoTime() + 5_000_000_000L; !ids(takenOver).equals(ids(1, 3))
                && System.nanoTime() < deadline; ) {
            // the oldest free rows are the expired ones; until the lease has passed, later ones come
            survivor.release(takenOver);
            Thread.sleep(100);
            takenOver = survivor.claim("survivor/0#2", 3);
        }
        assertEquals(ids(1, 3), ids(takenOver), "the rows of a claim whose lease passed are taken over");

        // the worker that lost them comes back late: it deletes nothing and fails nothing of the survivor's
        assertEquals(0, dying.finish(lost));
        dying.failed(lost, 1, "late");
        dying.release(lost);
        assertEquals("survivor/0#2", claimedBy(1));
        assertEquals(0, attempts(1));
        assertEquals(ROWS, survivor.waiting());

        assertEquals(3, survivor.finish(takenOver));
        assertEquals(ROWS - 3, survivor.waiting());
    }

    @Test
    void aFailedItemIsFreedWithItsAttemptCountedAndKeptAsideAfterFiveAttempts() throws Exception {
        JdbcOutbox w = worker(60);
        String longError = "java.lang.IllegalStateException: " + "x".repeat(2000);
        ClaimedBatch first = w.claim("w/0#1", 2);
        w.failed(first, 1, longError);
        assertEquals(1, w.finish(first), "the rest of the batch is finished, the failed row stays");
        for (int attempt = 1; attempt <= OutboxClaims.MAX_ATTEMPTS; attempt++) {
            assertEquals(attempt, attempts(1));
            assertNull(claimedBy(1), "a failure frees the row");
            assertEquals(OutboxClaims.MAX_ERROR_LENGTH, lastError(1).length());
            if (attempt < OutboxClaims.MAX_ATTEMPTS) {
                ClaimedBatch again = w.claim("w/0#" + (attempt + 1), 1);
                assertEquals(List.of(1L), ids(again), "a failed item is retried at once, in its place");
                w.failed(again, 1, longError);
                assertEquals(0, w.finish(again));
            }
        }
        assertEquals(ids(3, 4), ids(w.claim("w/0#9", 2)), "kept aside after five attempts");
        assertEquals(ROWS - 2, w.waiting(), "not counted as waiting");
        assertEquals(OutboxClaims.MAX_ATTEMPTS, attempts(1), "but kept for an admin");
    }

    @Test
    void releasedRowsAreFreeAgainWithoutAnAttempt() throws Exception {
        JdbcOutbox a = worker(60);
        ClaimedBatch refused = a.claim("a/0#1", 5);
        a.release(refused);
        assertNull(claimedBy(1));
        assertEquals(ids(1, 5), ids(worker(60).claim("b/0#1", 5)));
        assertEquals(0, attempts(1));
    }

    @Test
    void theLeaseIsCountedByTheDatabasesClock() throws Exception {
        worker(90).claim("a/0#1", 1);
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT claimed_until, CURRENT_TIMESTAMP FROM outbox WHERE id = 1")) {
            rs.next();
            Duration left = Duration.between(rs.getObject(2, OffsetDateTime.class), rs.getObject(1, OffsetDateTime.class));
            assertTrue(left.compareTo(Duration.ofSeconds(80)) > 0 && left.compareTo(Duration.ofSeconds(90)) <= 0,
                    "lease left: " + left);
        }
        assertFalse(worker(90).claim("b/0#1", 1).rows().stream().anyMatch(r -> r.id() == 1));
    }

    private static List<Long> ids(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    private static List<Long> ids(ClaimedBatch b) {
        return b.rows().stream().map(ClaimedBatch.Row::id).toList();
    }

    private String claimedBy(long id) throws SQLException {
        return column(id, "claimed_by");
    }

    private int attempts(long id) throws SQLException {
        return Integer.parseInt(column(id, "attempts"));
    }

    private String lastError(long id) throws SQLException {
        return column(id, "last_error");
    }

    private String column(long id, String column) throws SQLException {
        try (Connection c = dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM outbox WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "row " + id + " exists");
                return rs.getString(1);
            }
        }
    }
}
