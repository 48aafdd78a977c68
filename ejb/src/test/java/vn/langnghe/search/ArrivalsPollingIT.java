package vn.langnghe.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.account.DataScope;
import vn.langnghe.audit.RecordingAuditLog;
import vn.langnghe.index.Post;
import vn.langnghe.index.PostField;
import vn.langnghe.index.PostIndexer;
import vn.langnghe.index.SolrConnection;
import vn.langnghe.index.TestIndexers;
import vn.langnghe.pipeline.DuplicateGroups;
import vn.langnghe.solr.RunningSolr;
import vn.langnghe.solr.SolrLauncher;

/**
 * Polling a saved query against a real Solr while two writers keep indexing through the real
 * {@link PostIndexer} (commitWithin, no explicit commit) and the pipeline's {@link DuplicateGroups} (which
 * carries {@code first_indexed_at} onto a re-index), re-indexing earlier posts as a re-harvest would: the
 * polled ids, once the writers stop and the settle time has passed, are exactly the matching posts in
 * the reader's scope, each once; a re-indexed post is never handed out again; a damaged cursor is refused.
 */
class ArrivalsPollingIT {
    private static final Reader CITY = new Reader("client:ops-centre", "city-admin", DataScope.WHOLE_CITY, true);
    private static final Reader WARD = new Reader("client:ward-portal", "ward-26740", DataScope.parse("q1", "26740", null), false);
    private static final SearchRequest FLOODING = new SearchRequest("", List.of(SearchFilter.parse("topic:flooding")),
            DateRange.ANY, SearchSort.RELEVANCE, 1, SearchRequest.DEFAULT_ROWS, null, false);
    /** Commit-within of the writers, and the settle time above it (the application's default is 1 s / 10 s). */
    private static final int COMMIT_WITHIN_MS = 1000;
    private static final long SETTLE_MS = 3000;

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

    @Test
    void pollsWithoutGapOrRepeatWhileWritersKeepIndexing() throws Exception {
        PostSearch search = new PostSearch(connection, new RecordingAuditLog(),
                new PersonalDataMask("integration-test pseudonym key!!".getBytes(StandardCharsets.UTF_8)));
        PostIndexer indexer = TestIndexers.indexer(connection, COMMIT_WITHIN_MS);
        DuplicateGroups groups = new DuplicateGroups(connection);
        ConcurrentLinkedQueue<Post> written = new ConcurrentLinkedQueue<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int writers = 2;
        CountDownLatch done = new CountDownLatch(writers);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Thread t = new Thread(() -> {
                try {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int batch = 0; batch < 30; batch++) {
                        List<Post> posts = new ArrayList<>();
                        for (int i = 0; i < 1 + random.nextInt(12); i++) {
                            posts.add(post("w" + writer + "-" + batch + "-" + i, random.nextInt(3), random.nextInt(3), 0));
                        }
                        // a re-harvest of earlier posts (new counts) in the same stream
                        List<Post> earlier = new ArrayList<>(written);
                        for (int i = 0; i < 3 && !earlier.isEmpty(); i++) {
                            Post e = earlier.get(random.nextInt(earlier.size()));
                            posts.add(again(e, e.likes() + 1));
                        }
                        indexer.index(groups.assign(posts));
                        written.addAll(posts);
                        Thread.sleep(random.nextInt(250));
                    }
                } catch (Throwable e) {
                    failure.set(e);
                } finally {
                    done.countDown();
                }
            }, "writer-" + w);
            t.start();
        }

        Poller city = new Poller(search, CITY);
        Poller ward = new Poller(search, WARD);
        while (done.getCount() > 0) {
            city.poll(17);
            ward.poll(5);
            Thread.sleep(150);
        }
        assertEquals(null, failure.get());
        // the last writes settle: visible after commit-within, handed out after the settle time
        Thread.sleep(SETTLE_MS + COMMIT_WITHIN_MS + 1000);
        city.drain();
        ward.drain();

        connection.client().commit(connection.collection(), true, true);
        assertEquals(matching(""), new TreeSet<>(city.ids), "the city's polls hold every matching post");
        assertEquals(new HashSet<>(city.ids).size(), city.ids.size(), "no post handed out twice to the city: " + repeats(city.ids));
        Set<String> wardExpected = matching(ScopeFilter.of(WARD.scope()).orElseThrow());
        assertEquals(wardExpected, new TreeSet<>(ward.ids), "the ward's polls hold its scope's matching posts");
        assertEquals(new HashSet<>(ward.ids).size(), ward.ids.size(), "no post handed out twice to the ward");
        assertTrue(city.ids.size() > 50, "enough posts to mean something: " + city.ids.size());

        // re-harvested after everything was handed out: not new again
        String cursor = city.cursor;
        List<Post> again = new ArrayList<>();
        for (Post p : new ArrayList<>(written).subList(0, 20)) {
            again.add(again(p, 999));
        }
        indexer.index(groups.assign(again));
        Thread.sleep(SETTLE_MS + COMMIT_WITHIN_MS + 1000);
        Arrivals after = search.arrivals(CITY, FLOODING, cursor, 100, SETTLE_MS);
        assertEquals(List.of(), after.posts(), "a re-indexed post is not handed out again");
        assertEquals(cursor, after.nextCursor(), "nothing new: the same cursor");

        // from the beginning again: the same posts in the same order, arrival first, and each with its group
        List<String> replay = new ArrayList<>();
        Poller fresh = new Poller(search, CITY);
        fresh.drain();
        replay.addAll(fresh.ids);
        assertEquals(city.ids.size(), replay.size());
        assertEquals(new TreeSet<>(city.ids), new TreeSet<>(replay));
        Arrivals first = search.arrivals(CITY, FLOODING, null, 500, SETTLE_MS);
        for (int i = 1; i < first.posts().size(); i++) {
            Arrival a = first.posts().get(i - 1);
            Arrival b = first.posts().get(i);
            assertNotNull(b.dupGroup());
            assertTrue(a.firstIndexedAt().isBefore(b.firstIndexedAt())
                    || a.firstIndexedAt().equals(b.firstIndexedAt()) && a.post().id().compareTo(b.post().id()) < 0,
                    "arrival order, then id");
        }

        // damaged cursors: refused, never a Solr error
        for (String bad : List.of("not a cursor", "AoJ4", "'; DROP", "{!lucene}x")) {
            SearchRequestException e = assertThrows(SearchRequestException.class,
                    () -> search.arrivals(CITY, FLOODING, bad, 10, SETTLE_MS), bad);
            assertEquals(SearchRequestException.Problem.BAD_CURSOR, e.problem(), bad);
        }
    }

    /** A consumer: polls from its cursor, keeps every id it was handed in order. */
    private static final class Poller {
        final PostSearch search;
        final Reader reader;
        final List<String> ids = Collections.synchronizedList(new ArrayList<>());
        String cursor;

        Poller(PostSearch search, Reader reader) {
            this.search = search;
            this.reader = reader;
        }

        boolean poll(int rows) throws Exception {
            Arrivals a = search.arrivals(reader, FLOODING, cursor, rows, SETTLE_MS);
            a.posts().forEach(p -> ids.add(p.post().id()));
            boolean moved = !a.nextCursor().equals(a.cursor());
            cursor = a.nextCursor();
            return moved;
        }

        void drain() throws Exception {
            while (poll(50)) {
                // until the cursor stays
            }
        }
    }

    private static Set<String> matching(String scope) throws Exception {
        SolrQuery q = new SolrQuery("topics:flooding");
        if (!scope.isEmpty()) {
            q.addFilterQuery(scope);
        }
        q.setFields(PostField.ID);
        q.setRows(100_000);
        Set<String> ids = new TreeSet<>();
        for (SolrDocument d : connection.client().query(connection.collection(), q).getResults()) {
            ids.add((String) d.getFirstValue(PostField.ID));
        }
        return ids;
    }

    private static List<String> repeats(List<String> ids) {
        Set<String> seen = new HashSet<>();
        return ids.stream().filter(id -> !seen.add(id)).toList();
    }

    /** The same post harvested again with new counts. */
    private static Post again(Post p, long likes) {
        int place = p.regionAreas().contains("q1") ? 0 : p.regionAreas().contains("q7") ? 1 : 2;
        return post(p.id().substring(2), p.topics().contains("flooding") ? 0 : 1, place, likes);
    }

    /** topic 0: flooding (matches), else transport; place 0: the ward, 1: another area, 2: city-wide. */
    private static Post post(String id, int topic, int place, long likes) {
        List<String> areas = switch (place) {
            case 0 -> List.of("q1");
            case 1 -> List.of("q7");
            default -> List.of("hcmc");
        };
        List<String> units = place == 0 ? List.of("26740") : List.of();
        return Post.builder("x", id).text("Bài " + id + (topic == 0 ? " về ngập" : " về kẹt xe")).language("vi")
                .author("Người dân " + id, "uid-" + id).createdAt(Instant.parse("2026-12-01T00:00:00Z"))
                .engagement(likes, 0, 0, 0).regions(areas, units).topics(List.of(topic == 0 ? "flooding" : "transport"))
                .build();
    }
}
