package vn.langnghe.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.langnghe.database.ThrowAwayDatabase;
import vn.langnghe.harvest.OutboxRows;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.index.Post;
import vn.langnghe.index.PostIndexer;
import vn.langnghe.index.SolrConnection;
import vn.langnghe.index.TestIndexers;
import vn.langnghe.solr.RunningSolr;
import vn.langnghe.solr.SolrLauncher;

/**
 * The purge against a real Solr and the real databases (an H2 file, and PostgreSQL at 127.0.0.1:5432
 * when it answers): old posts leave the index and the outbox, new ones stay, the record says how many
 * and which period, a second run finds nothing, the timer's run skips a cutoff already purged, and a
 * held lease keeps a second node out.
 */
class RetentionPurgeIT {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, RetentionCalendar.CITY_ZONE);
    /** 30 days: posts created before 2026-11-07 00:00 city time go. */
    private static final int DAYS = 30;
    private static final Instant CUTOFF = ZonedDateTime.of(2026, 11, 7, 0, 0, 0, 0, RetentionCalendar.CITY_ZONE).toInstant();

    private static RunningSolr solr;
    private static SolrConnection connection;

    @BeforeAll
    static void start() throws Exception {
        solr = SolrLauncher.startStandalone(SolrLauncher.Options.standalone(Files.createTempDirectory("langnghe-solr"), 0));
        connection = new SolrConnection(solr.baseUrls().get(0), solr.collection(), 10_000, 2);
    }

    @AfterAll
    static void stop() {
        connection.close();
        solr.close();
    }

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("H2", (Supplier<ThrowAwayDatabase>) RetentionPurgeIT::h2),
                Arguments.of("PostgreSQL", (Supplier<ThrowAwayDatabase>) ThrowAwayDatabase::postgreSqlSchema));
    }

    private static ThrowAwayDatabase h2() {
        try {
            return ThrowAwayDatabase.h2File();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void oldPostsLeaveTheIndexAndTheOutboxNewOnesStay(String kind, Supplier<ThrowAwayDatabase> database) throws Exception {
        try (ThrowAwayDatabase db = database.get().migrated()) {
            connection.client().deleteByQuery(connection.collection(), "*:*");
            connection.client().commit(connection.collection());
            PostIndexer indexer = TestIndexers.indexer(connection);
            // 50 old posts, from 400 days ago to one second before the cutoff; 30 new ones, from the cutoff on
            List<Post> posts = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                Instant at = i == 0 ? CUTOFF.minusSeconds(400L * 86_400) : i == 49 ? CUTOFF.minusSeconds(1)
                        : CUTOFF.minusSeconds(86_400L * (1 + i * 7));
                posts.add(post("old-" + i, at));
            }
            for (int i = 0; i < 30; i++) {
                posts.add(post("new-" + i, i == 0 ? CUTOFF : NOW.toInstant().minusSeconds(3_600L * i)));
            }
            indexer.index(posts);
            indexer.commit();
            // the outbox: 3 old items waiting, 2 new ones, one old item held by a drain worker right now
            try (Connection c = db.dataSource().getConnection()) {
                OutboxRows.insert(c, 1000, 7, "feed", List.of(item("ob-old-1", CUTOFF.minusSeconds(500L * 86_400)),
                        item("ob-old-2", CUTOFF.minusSeconds(10)), item("ob-new-1", CUTOFF.plusSeconds(10)),
                        item("ob-old-3", CUTOFF.minusSeconds(86_400)), item("ob-new-2", NOW.toInstant()),
                        item("ob-old-held", CUTOFF.minusSeconds(3 * 86_400L))), NOW.toInstant());
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE outbox SET claimed_by = 'node-b/1#1', claimed_until = CURRENT_TIMESTAMP + "
                            + "CAST(600 AS INTEGER) * INTERVAL '1' SECOND WHERE item_id LIKE '%ob-old-held'");
                }
            }
            RetentionStore store = new RetentionStore(db.dataSource());
            PostStores stores = new PostStores(connection, db.dataSource(), 2);
            assertEquals(50, stores.countIndexed(CUTOFF), "the confirmation's count");

            RetentionPurger purger = new RetentionPurger(store, stores, Clock.fixed(NOW.toInstant(), RetentionCalendar.CITY_ZONE),
                    "node-a", 60);
            PurgeRecord r = purger.purge(PurgeRecord.ADMIN, "admin", DAYS, false).orElseThrow();

            assertEquals(PurgeRecord.OK, r.outcome(), String.valueOf(r.error()));
            assertEquals(CUTOFF, r.cutoff());
            assertEquals(50, r.solrFound());
            assertEquals(50, r.solrDeleted());
            assertEquals(3, r.outboxDeleted(), "the held row is the drain worker's");
            assertEquals(CUTOFF.minusSeconds(500L * 86_400), r.oldestPurged(), "the oldest: an outbox item");
            assertEquals(CUTOFF.minusSeconds(1), r.newestPurged(), "the newest: the last old post");
            assertEquals("admin", r.actor());
            assertEquals(PurgeRecord.ADMIN, r.trigger());
            assertEquals(DAYS, r.days());
            assertEquals("node-a", r.node());
            assertEquals(NOW.toInstant(), r.startedAt());
            assertEquals(0L, r.durationMs(), "the test's clock stands still");

            assertEquals(idsInIndex(), newIds(), "exactly the new posts remain");
            assertEquals(Set.of("feed:ob-new-1", "feed:ob-new-2", "feed:ob-old-held"), outboxItems(db), kind);

            // a second run purges nothing and says so
            PurgeRecord again = purger.purge(PurgeRecord.ADMIN, "admin", DAYS, false).orElseThrow();
            assertEquals(PurgeRecord.OK, again.outcome());
            assertEquals(0, again.solrFound());
            assertEquals(0, again.solrDeleted());
            assertEquals(0, again.outboxDeleted());
            assertNull(again.oldestPurged());
            assertNull(again.newestPurged());
            assertEquals(30, idsInIndex().size());
            // the timer's run skips a cutoff that was purged already (another node's timer, or an admin)
            assertEquals(Optional.empty(), purger.purge(PurgeRecord.TIMER, "system", DAYS, true));
            assertEquals(2, store.count());
            assertEquals(List.of(again.id(), r.id()), store.page(0, 10).stream().map(PurgeRecord::id).toList(),
                    "newest first");
            assertEquals(1, store.page(1, 10).size(), "paged");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aHeldLeaseKeepsOtherNodesOutAndACrashedPurgeIsClosedByTheNext(String kind, Supplier<ThrowAwayDatabase> database) {
        try (ThrowAwayDatabase db = database.get().migrated()) {
            RetentionStore store = new RetentionStore(db.dataSource());
            PostStores stores = new PostStores(connection, db.dataSource(), 100);
            // node b "crashed" mid-purge: its record says running and it still holds the lease
            assertTrue(store.takeLease("node-b#1", 600));
            long crashed = store.start(NOW.toInstant().minusSeconds(60), PurgeRecord.TIMER, "system", "node-b", DAYS, CUTOFF);
            assertTrue(store.running().isPresent());
            RetentionPurger a = new RetentionPurger(store, stores, Clock.fixed(NOW.toInstant(), RetentionCalendar.CITY_ZONE),
                    "node-a", 60);
            assertEquals(Optional.empty(), a.purge(PurgeRecord.TIMER, "system", DAYS, true), "node b holds the lease");
            assertFalse(store.takeLease("node-c#1", 60), "nor can a third node take it");
            // the lease passes (node b is gone): the next purge takes over and closes b's record
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE retention_setting SET lease_until = CURRENT_TIMESTAMP - CAST(1 AS INTEGER) * INTERVAL '1' SECOND");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            PurgeRecord done = a.purge(PurgeRecord.TIMER, "system", DAYS, true).orElseThrow();
            assertEquals(PurgeRecord.OK, done.outcome());
            assertEquals(PurgeRecord.INTERRUPTED, store.find(crashed).orElseThrow().outcome(), kind);
            assertTrue(store.running().isEmpty());
            assertTrue(store.takeLease("node-c#2", 60), "the lease is free again after the purge");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anAdminsAgeOverridesTheConfiguration(String kind, Supplier<ThrowAwayDatabase> database) {
        try (ThrowAwayDatabase db = database.get().migrated()) {
            RetentionStore store = new RetentionStore(db.dataSource());
            assertTrue(store.adminSetting().isEmpty(), "a fresh database follows the configuration");
            store.saveAdminDays(90, "admin", NOW.toInstant());
            RetentionSetting s = store.adminSetting().orElseThrow();
            assertEquals(90, s.days());
            assertEquals("admin", s.changedBy());
            assertEquals(NOW.toInstant(), s.changedAt());
            assertTrue(s.fromAdmin(), kind);
        }
    }

    private static Post post(String id, Instant at) {
        return Post.builder("facebook", id).text("bài " + id).author("Nguyễn Văn A", "a1").language("vi")
                .createdAt(at).build();
    }

    private static HarvestedItem item(String id, Instant at) {
        return HarvestedItem.builder("feed", id).kind("post").text("tin " + id).author("Trần Thị B", "b2").createdAt(at).build();
    }

    private static Set<String> newIds() {
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < 30; i++) {
            ids.add(Post.builder("facebook", "new-" + i).createdAt(Instant.EPOCH).build().id());
        }
        return ids;
    }

    private static Set<String> idsInIndex() throws Exception {
        Set<String> ids = new TreeSet<>();
        connection.client().query(connection.collection(), new SolrQuery("*:*").setRows(1000).setFields("id"))
                .getResults().forEach(d -> ids.add((String) d.getFieldValue("id")));
        return ids;
    }

    private static Set<String> outboxItems(ThrowAwayDatabase db) throws Exception {
        Set<String> ids = new TreeSet<>();
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT item_id FROM outbox");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }
}
