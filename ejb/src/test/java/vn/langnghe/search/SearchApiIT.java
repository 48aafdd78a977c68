package vn.langnghe.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.langnghe.account.DataScope;
import vn.langnghe.audit.RecordingAuditLog;
import vn.langnghe.index.PostField;
import vn.langnghe.index.RegionPath;
import vn.langnghe.index.SolrConnection;
import vn.langnghe.solr.RunningSolr;
import vn.langnghe.solr.SolrLauncher;

/**
 * The search API's reads against a real Solr with known posts: timeline buckets in the city's time (a post
 * at 23:30 and one at 00:30 fall on different days there, on the same UTC day), split by sentiment and by
 * region, by hour; facet counts with near-duplicates; cursor paging with the near-duplicate count; the ward's
 * scope in all of them; one audit event per call with the rows returned.
 */
class SearchApiIT {
    private static final Reader WARD = new Reader("client:ward", "ward-26740", DataScope.parse("q1", "26740", null), false);
    private static final Reader CITY = new Reader("client:city", "city-admin", DataScope.WHOLE_CITY, true);
    private static final PersonalDataMask MASK = new PersonalDataMask("integration-test pseudonym key!!".getBytes(StandardCharsets.UTF_8));
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-20T05:00:00Z"), ZoneOffset.UTC);

    private static RunningSolr solr;
    private static SolrConnection connection;
    private PostSearch search;
    private RecordingAuditLog audit;

    @BeforeAll
    static void start() throws Exception {
        solr = SolrLauncher.startStandalone(SolrLauncher.Options.standalone(Files.createTempDirectory("langnghe-solr"), 0));
        connection = new SolrConnection(solr.baseUrls().get(0), solr.collection(), 10_000, 2);
        List<SolrInputDocument> docs = new ArrayList<>();
        // id, platform, sentiment, topic, area, unit, author, UTC time (city time is UTC+7)
        docs.add(doc("a1", "facebook", "negative", "flooding", "q1", "26740", "Lan", "2026-11-18T03:00:00Z")); // 18th 10:00
        docs.add(doc("a2", "x", "positive", "transport", "q7", null, "Hùng", "2026-11-18T16:30:00Z"));     // 18th 23:30
        docs.add(doc("b1", "x", "negative", "flooding", "q1", "26740", "Lan", "2026-11-18T17:30:00Z"));     // 19th 00:30
        docs.add(doc("b2", "youtube", "neutral", "health", "q1", "26737", "Minh", "2026-11-19T05:00:00Z")); // 19th 12:00
        for (String[] d : new String[][] {{"d1", "q1", "26740"}, {"d2", "q1", "26740"}, {"d3", "q7", null}}) {
            SolrInputDocument s = doc(d[0], "facebook", "negative", "rumour", d[1], d[2], "Tin đồn", "2026-11-20T01:00:00Z"); // 20th 08:00
            s.setField(PostField.DUP_GROUP, "t:d1");
            docs.add(s);
        }
        docs.add(doc("c1", "rss", "neutral", "other", "hcmc", null, "Báo", "2026-11-20T02:00:00Z")); // 20th 09:00, city-wide
        connection.client().add(connection.collection(), docs);
        connection.client().commit(connection.collection());
    }

    private static SolrInputDocument doc(String id, String platform, String sentiment, String topic, String area, String unit,
                                         String author, String utc) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(PostField.ID, "t:" + id);
        d.setField(PostField.PLATFORM, platform);
        d.setField(PostField.SOURCE, "src-" + platform);
        d.setField(PostField.KIND, "post");
        d.setField(PostField.LANGUAGE, "vi");
        d.setField(PostField.SENTIMENT, sentiment);
        d.setField(PostField.TOPICS, List.of(topic));
        d.setField(PostField.REGION_AREAS, List.of(area));
        d.setField(PostField.REGION_UNITS, unit == null ? List.of() : List.of(unit));
        d.setField(PostField.REGION_PATH, RegionPath.tokens(area, unit));
        d.setField(PostField.AUTHOR_NAME, author);
        d.setField(PostField.AUTHOR_ID, "uid-" + author);
        d.setField(PostField.TEXT, "Bài " + id + " của " + author);
        d.setField(PostField.CREATED_AT, Date.from(Instant.parse(utc)));
        d.setField(PostField.DUP_GROUP, "t:" + id);
        return d;
    }

    @AfterAll
    static void stop() {
        connection.close();
        solr.close();
    }

    @BeforeEach
    void service() {
        audit = new RecordingAuditLog();
        search = new PostSearch(connection, audit, MASK).withClock(NOW);
    }

    private static SearchRequest days(String from, String to, String... f) {
        return SearchRequest.fromUrl("", List.of(f), from, to, null, null, null, null, null);
    }

    private static Map<String, Long> totals(Timeline t) {
        Map<String, Long> out = new LinkedHashMap<>();
        t.buckets().forEach(b -> out.put(b.start().toString(), b.total()));
        return out;
    }

    @Test
    void timelineDaysAreTheCitysDaysSplitBySentiment() throws Exception {
        Timeline city = search.timeline(CITY, days("2026-11-18", "2026-11-20"), TimelineSplit.SENTIMENT, VolumeInterval.DAY);
        assertEquals(Map.of("2026-11-17T17:00:00Z", 2L, "2026-11-18T17:00:00Z", 2L, "2026-11-19T17:00:00Z", 4L), totals(city));
        assertEquals(8, city.total(), "near-duplicates are volume");
        assertEquals(Map.of("negative", 1L, "positive", 1L), city.buckets().get(0).counts());
        assertEquals(Map.of("negative", 1L, "neutral", 1L), city.buckets().get(1).counts());
        assertEquals(Map.of("negative", 3L, "neutral", 1L), city.buckets().get(2).counts());
        assertEquals(List.of("negative", "neutral"), List.copyOf(city.buckets().get(2).counts().keySet()), "most first");
        assertEquals(Instant.parse("2026-11-17T17:00:00Z"), city.start());
        assertEquals(Instant.parse("2026-11-20T17:00:00Z"), city.end());
        assertTrue(audit.last().startsWith("client:city search null ok: api timeline split=sentiment interval=day"), audit.last());
        assertTrue(audit.last().endsWith(" rows=3 total=8"), audit.last());

        Timeline ward = search.timeline(WARD, days("2026-11-18", "2026-11-20"), TimelineSplit.NONE, null);
        assertEquals(VolumeInterval.DAY, ward.interval(), "auto over three days");
        assertEquals(List.of(1L, 2L, 3L), ward.buckets().stream().map(Timeline.Bucket::total).toList(), "the ward's scope");
        assertTrue(ward.buckets().stream().allMatch(b -> b.counts().isEmpty()));
        assertEquals(6, ward.total());
    }

    @Test
    void timelineByRegionAndByHour() throws Exception {
        Timeline region = search.timeline(CITY, days("2026-11-18", "2026-11-20"), TimelineSplit.REGION, VolumeInterval.DAY);
        assertEquals(Map.of("1/hcmc/q1", 1L, "1/hcmc/q7", 1L), region.buckets().get(0).counts());
        assertEquals(Map.of("1/hcmc/q1", 2L), region.buckets().get(1).counts());
        assertEquals(Map.of("1/hcmc/q1", 2L, "1/hcmc/q7", 1L), region.buckets().get(2).counts(), "c1 is city-wide: no area");
        Timeline wards = search.timeline(CITY, days("2026-11-18", "2026-11-20", "region:1/hcmc/q1"), TimelineSplit.REGION,
                VolumeInterval.DAY);
        assertEquals(Map.of("2/hcmc/q1/26740", 1L), wards.buckets().get(0).counts(), "the level below the filter");

        Timeline hours = search.timeline(CITY, days("2026-11-20T07:00", "2026-11-20T10:00"), TimelineSplit.PLATFORM, null);
        assertEquals(VolumeInterval.HOUR, hours.interval());
        assertEquals(List.of(0L, 3L, 1L), hours.buckets().stream().map(Timeline.Bucket::total).toList());
        assertEquals(Map.of("facebook", 3L), hours.buckets().get(1).counts());
        assertEquals(Map.of("rss", 1L), hours.buckets().get(2).counts());
    }

    @Test
    void facetCountsIncludeNearDuplicatesWithinTheScope() throws Exception {
        FacetSummary city = search.facets(CITY, days(null, null), List.of(Facet.PLATFORM, Facet.SENTIMENT));
        assertEquals(6, city.total());
        assertEquals(8, city.posts());
        assertEquals(Map.of("facebook", 4L, "x", 2L, "youtube", 1L, "rss", 1L), counts(city.facets().get(0)));
        assertEquals(Map.of("negative", 5L, "neutral", 2L, "positive", 1L), counts(city.facets().get(1)));
        assertTrue(audit.last().endsWith(" rows=7 total=6"), audit.last());

        FacetSummary ward = search.facets(WARD, days(null, null, "platform:x"), List.of(Facet.PLATFORM, Facet.TOPIC));
        assertEquals(1, ward.total());
        assertEquals(Map.of("facebook", 3L, "x", 1L, "youtube", 1L, "rss", 1L), counts(ward.facets().get(0)),
                "a facet leaves out its own filter, never the scope");
        assertEquals(Map.of("flooding", 1L), counts(ward.facets().get(1)));
        assertEquals(List.of(Facet.PLATFORM, Facet.TOPIC), ward.facets().stream().map(FacetCounts::facet).toList());
    }

    private static Map<String, Long> counts(FacetCounts c) {
        Map<String, Long> out = new LinkedHashMap<>();
        c.values().forEach(v -> out.put(v.value(), v.count()));
        return out;
    }

    @Test
    void cursorPagingWalksEveryGroupOnceWithItsDuplicates() throws Exception {
        for (Reader r : List.of(CITY, WARD)) {
            Set<String> seen = new HashSet<>();
            String cursor = "*";
            long total = -1;
            int pages = 0;
            while (true) {
                PostsPage p = search.posts(r, PostsQuery.fromUrl(r, "", List.of(), null, null, "newest", null, cursor, "2",
                        List.of(), List.of()));
                total = p.total();
                for (PostsPage.Item i : p.items()) {
                    assertTrue(seen.add(i.post().id()), "no repeats: " + i.post().id());
                    if ("t:d1".equals(i.dupGroup())) {
                        assertEquals(r == CITY ? 2 : 1, i.duplicates(), "the other near-duplicates in scope");
                    } else {
                        assertEquals(0, i.duplicates());
                    }
                    if (r == WARD) {
                        assertNotEquals("Lan", i.post().authorName(), "masked without clearance");
                    }
                }
                assertTrue(audit.last().endsWith(" rows=" + p.items().size() + " total=" + total), audit.last());
                pages++;
                if (p.nextCursor().equals(cursor)) {
                    break;
                }
                cursor = p.nextCursor();
            }
            assertEquals(r == CITY ? 6 : 5, total);
            assertEquals(total, seen.size(), "no gaps");
            assertEquals(r == CITY ? 4 : 4, pages, "three full pages and the empty one that ends the walk");
        }
    }

    @Test
    void onlyRequestedFacetsAndFieldsComeBack() throws Exception {
        PostsPage p = search.posts(CITY, PostsQuery.fromUrl(CITY, "", List.of(), null, null, null, null, null, "500",
                List.of("id,createdAt"), List.of("topic")));
        assertEquals(6, p.items().size());
        assertEquals(8, p.posts());
        assertEquals(List.of(Facet.TOPIC), p.facets().stream().map(FacetCounts::facet).toList());
        assertEquals(Map.of("rumour", 3L, "flooding", 2L, "transport", 1L, "health", 1L, "other", 1L), counts(p.facets().get(0)));
        PostView v = p.items().get(0).post();
        assertEquals(null, v.sentiment(), "a field not selected is not read");
        assertTrue(v.createdAt() != null && v.id() != null);
    }
}
