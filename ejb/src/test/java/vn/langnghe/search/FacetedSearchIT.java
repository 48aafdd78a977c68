package vn.langnghe.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.TreeSet;
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
 * Faceted search against a real Solr with the project's configset: OR within a facet and AND across facets,
 * region drill-down, diacritics ignored or exact, old and new tone placement in both modes, near-duplicates
 * collapsed with their count, cursor paging over 1,200 posts without gaps or repeats, the scope never widened
 * by a facet, and no author counts without clearance.
 */
class FacetedSearchIT {
    private static final Reader WARD = new Reader("phantich.q1", "ward-26740", DataScope.parse("q1", "26740", null), false);
    private static final Reader CITY = new Reader("admin", "city-admin", DataScope.WHOLE_CITY, true);
    private static final Reader CITY_UNCLEARED = new Reader("viewer", "city-viewers", DataScope.WHOLE_CITY, false);
    private static final PersonalDataMask MASK = new PersonalDataMask("integration-test pseudonym key!!".getBytes(StandardCharsets.UTF_8));
    private static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");
    /** 130 minutes after the first post; the last one is at minute 123. */
    private static final Clock NOW = Clock.fixed(T0.plusSeconds(130 * 60), ZoneOffset.UTC);
    private static final int BULK = 1_200;

    private static RunningSolr solr;
    private static SolrConnection connection;
    private PostSearch search;

    @BeforeAll
    static void start() throws Exception {
        solr = SolrLauncher.startStandalone(SolrLauncher.Options.standalone(Files.createTempDirectory("langnghe-solr"), 0));
        connection = new SolrConnection(solr.baseUrls().get(0), solr.collection(), 10_000, 2);
        List<SolrInputDocument> docs = new ArrayList<>();
        // id, platform, sentiment, topic, area, unit, author, text, minutes after T0
        docs.add(doc("f1", "facebook", "negative", "flooding", "q1", "26740", "Lan", "Kẹt xe và ngập trên đường Lê Lợi", 0));
        docs.add(doc("f2", "facebook", "neutral", "transport", "q1", "26737", "Minh", "Kẹt xe kéo dài ở Tân Định", 10));
        docs.add(doc("x1", "x", "negative", "transport", "q1", "26740", "Lan", "Xe buýt trễ giờ", 20));
        docs.add(doc("x2", "x", "positive", "flooding", "q7", null, "Hùng", "Quận 7 hết ngập sau khi nạo vét", 30));
        docs.add(doc("y1", "youtube", "negative", "flooding", "binh_thanh", null, "Hoa", "Mưa lớn, ngập nặng Bình Thạnh", 40));
        docs.add(doc("y2", "youtube", "neutral", "health", "q1", "26740", "Minh", "Bệnh viện quá tải cuối tuần", 50));
        // diacritics and tone placement
        docs.add(doc("quan", "rss", "neutral", "other", "hcmc", null, "Báo", "Quần áo giảm giá ở chợ", 60));
        docs.add(doc("hoa-new", "rss", "positive", "other", "hcmc", null, "Báo", "Khu phố hoà bình, người dân khoẻ mạnh", 70));
        docs.add(doc("thuy-old", "rss", "positive", "other", "hcmc", null, "Báo", "Chị Thúy ở phường Thủy Lợi", 80));
        // a group of near-duplicates: two in the ward's scope, one outside it
        for (String[] d : new String[][] {{"dup1", "q1", "26740"}, {"dup2", "q1", "26740"}, {"dup3", "q7", null}}) {
            SolrInputDocument s = doc(d[0], "facebook", "negative", "rumour", d[1], d[2], "Tin đồn",
                    "Tin đồn cắt nước toàn thành phố ngày mai", 90);
            s.setField(PostField.DUP_GROUP, "dup1");
            docs.add(s);
        }
        for (int i = 0; i < BULK; i++) {
            // many equal times: the order must still be total (the id breaks ties)
            docs.add(doc(String.format("bulk%04d", i), "rss", "neutral", "bulk", "hcmc", null, "Báo",
                    "Bản tin số " + i, 100 + i / 50));
        }
        connection.client().add(connection.collection(), docs);
        connection.client().commit(connection.collection());
    }

    private static SolrInputDocument doc(String id, String platform, String sentiment, String topic, String area, String unit,
                                         String author, String text, int minutes) {
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
        d.setField(PostField.TEXT, text);
        d.setField(PostField.CREATED_AT, Date.from(T0.plusSeconds(minutes * 60L)));
        d.setField(PostField.LIKES, (long) minutes);
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
        search = new PostSearch(connection, new RecordingAuditLog(), MASK).withClock(NOW);
    }

    private SearchPage page(Reader r, String q, String... filters) throws Exception {
        List<SearchFilter> f = new ArrayList<>();
        for (String s : filters) {
            f.add(SearchFilter.parse(s));
        }
        return search.search(r, SearchRequest.of(q).withFilters(f).withPage(1, 100));
    }

    private static Set<String> ids(SearchPage p) {
        Set<String> ids = new TreeSet<>();
        p.posts().forEach(v -> ids.add(v.id().substring(2)));
        return ids;
    }

    private static Map<String, Long> counts(SearchPage p, Facet f) {
        Map<String, Long> m = new LinkedHashMap<>();
        p.facet(f).orElseThrow().values().forEach(v -> m.put(v.value(), v.count()));
        return m;
    }

    @Test
    void valuesOfOneFacetAreAlternativesAndFacetsMustAllHold() throws Exception {
        SearchPage either = page(CITY, "", "platform:facebook", "platform:x");
        assertEquals(Set.of("f1", "f2", "x1", "x2", "dup1"), ids(either));
        // the platform facet ignores its own filter: youtube and rss are still offered with their counts
        assertEquals(Map.of("facebook", 5L, "x", 2L, "youtube", 2L, "rss", 1203L), Map.copyOf(counts(either, Facet.PLATFORM)));
        assertTrue(either.facet(Facet.PLATFORM).orElseThrow().values().stream()
                .filter(FacetCounts.Value::selected).map(FacetCounts.Value::value).toList().containsAll(List.of("facebook", "x")));
        // other facets count within the platform filter (near-duplicates counted: they are volume)
        assertEquals(Map.of("flooding", 2L, "transport", 2L, "rumour", 3L), Map.copyOf(counts(either, Facet.TOPIC)));

        SearchPage both = page(CITY, "", "platform:facebook", "platform:x", "topic:flooding");
        assertEquals(Set.of("f1", "x2"), ids(both));
        assertEquals(Map.of("facebook", 1L, "x", 1L, "youtube", 1L), Map.copyOf(counts(both, Facet.PLATFORM)));
        assertEquals(Map.of("flooding", 2L, "transport", 2L, "rumour", 3L), Map.copyOf(counts(both, Facet.TOPIC)));
        assertEquals(Map.of("negative", 1L, "positive", 1L), Map.copyOf(counts(both, Facet.SENTIMENT)));
    }

    @Test
    void regionsDrillDownOneLevelAtATime() throws Exception {
        Map<String, Long> areas = counts(page(CITY, "", "topic:flooding", "topic:transport", "topic:health"), Facet.REGION);
        assertEquals(Map.of("1/hcmc/q1", 4L, "1/hcmc/q7", 1L, "1/hcmc/binh_thanh", 1L), Map.copyOf(areas));
        SearchPage q1 = page(CITY, "", "region:1/hcmc/q1", "topic:flooding", "topic:transport", "topic:health");
        assertEquals(Set.of("f1", "f2", "x1", "y2"), ids(q1));
        assertEquals(Map.of("2/hcmc/q1/26740", 3L, "2/hcmc/q1/26737", 1L), Map.copyOf(counts(q1, Facet.REGION)));
        FacetCounts.Value ward = q1.facet(Facet.REGION).orElseThrow().values().get(0);
        assertEquals("26740", ward.code());
        assertEquals("facet.region.26740", ward.labelKey());
    }

    @Test
    void diacriticsAreIgnoredUnlessExactIsAsked() throws Exception {
        assertEquals(Set.of("f1", "f2"), ids(page(CITY, "ket xe")));
        assertEquals(Set.of("f1", "f2"), ids(page(CITY, "KẸT XE")));
        SearchRequest exact = SearchRequest.of("ket xe").withExact(true).withPage(1, 100);
        assertEquals(Set.of(), ids(search.search(CITY, exact)), "exact: ket is not kẹt");
        assertEquals(Set.of("f1", "f2"), ids(search.search(CITY, SearchRequest.of("kẹt xe").withExact(true))));
        assertEquals(Set.of("quan", "x2"), ids(page(CITY, "quan")), "folded: quần and quận are one");
        assertEquals(Set.of("x2"), ids(search.search(CITY, SearchRequest.of("quận").withExact(true))));
        assertEquals(Set.of("quan"), ids(search.search(CITY, SearchRequest.of("Quần").withExact(true))));
    }

    @Test
    void oldAndNewTonePlacementMatchInBothModes() throws Exception {
        for (boolean exact : new boolean[] {false, true}) {
            for (String q : List.of("hòa bình", "hoà bình", "\"hòa bình\"", "khỏe", "khoẻ")) {
                assertEquals(Set.of("hoa-new"), ids(search.search(CITY, SearchRequest.of(q).withExact(exact))), q + " exact=" + exact);
            }
            for (String q : List.of("thúy", "thuý", "thủy lợi", "thuỷ lợi")) {
                assertEquals(Set.of("thuy-old"), ids(search.search(CITY, SearchRequest.of(q).withExact(exact))), q + " exact=" + exact);
            }
        }
    }

    @Test
    void proximityWildcardsBooleansAndFieldsInTheQuery() throws Exception {
        assertEquals(Set.of("f1"), ids(page(CITY, "\"kẹt ngập\"~3")));
        assertEquals(Set.of(), ids(page(CITY, "\"kẹt ngập\"")));
        assertEquals(Set.of("f1", "x2", "y1"), ids(page(CITY, "ngap* -topic:rumour")));
        assertEquals(Set.of("f1", "y1"), ids(page(CITY, "ngập NOT platform:x -hết")));
        assertEquals(Set.of("f2", "x1"), ids(page(CITY, "(kéo OR buýt) AND sentiment:(negative OR neutral)")));
        assertEquals(Set.of("f1", "f2"), ids(page(CITY, "xe region:q1 -platform:X")));
        assertEquals(Set.of("f1", "x1"), ids(page(CITY, "author:lan")));
        assertEquals(SearchRequestException.Problem.NOT_CLEARED,
                assertThrows(SearchRequestException.class, () -> page(CITY_UNCLEARED, "author:lan")).problem());
    }

    @Test
    void nearDuplicatesAreCollapsedWithTheCountOfTheOthersInScope() throws Exception {
        SearchPage city = page(CITY, "tin đồn cắt nước");
        assertEquals(1, city.total());
        assertEquals(1, city.hits().size());
        assertEquals(2, city.hits().get(0).similar(), "+2 similar");
        assertEquals(Map.of("rumour", 3L), Map.copyOf(counts(city, Facet.TOPIC)), "counts are volume: duplicates count");
        SearchPage ward = page(WARD, "tin đồn cắt nước");
        assertEquals(1, ward.hits().size());
        assertEquals(1, ward.hits().get(0).similar(), "the copy outside the ward is not counted");
        assertEquals(Map.of("rumour", 2L), Map.copyOf(counts(ward, Facet.TOPIC)));
    }

    @Test
    void snippetsMarkTheWordsFound() throws Exception {
        Hit hit = page(CITY, "ket xe", "region:2/hcmc/q1/26737").hits().get(0);
        assertEquals("Kẹt xe kéo dài ở Tân Định", hit.snippet().text());
        assertEquals(List.of(new Snippet.Part("Kẹt", true), new Snippet.Part(" ", false), new Snippet.Part("xe", true),
                new Snippet.Part(" kéo dài ở Tân Định", false)), hit.snippet().parts());
        Hit exact = search.search(CITY, SearchRequest.of("kẹt").withExact(true)
                .withFilters(List.of(SearchFilter.parse("region:2/hcmc/q1/26737")))).hits().get(0);
        assertTrue(exact.snippet().parts().contains(new Snippet.Part("Kẹt", true)), exact.snippet().toString());
    }

    @Test
    void cursorPagingVisitsEveryPostOnceWhateverTheDepth() throws Exception {
        for (SearchSort sort : SearchSort.values()) {
            Set<String> seen = new HashSet<>();
            List<String> order = new ArrayList<>();
            SearchRequest r = SearchRequest.of("bản tin").withFilters(List.of(SearchFilter.parse("topic:bulk")))
                    .withSort(sort).withCursor(SearchRequest.FIRST_CURSOR, 100);
            long total = -1;
            for (int pages = 0; pages < 20; pages++) {
                SearchPage p = search.search(CITY, r);
                total = p.total();
                p.posts().forEach(v -> order.add(v.id()));
                p.posts().forEach(v -> assertTrue(seen.add(v.id()), "repeated: " + v.id()));
                if (!p.hasNext()) {
                    break;
                }
                r = r.withCursor(p.nextCursor(), 100);
            }
            assertEquals(BULK, total);
            assertEquals(BULK, seen.size(), sort + ": no gaps");
            if (sort == SearchSort.NEWEST) {
                assertEquals("t:bulk1150", order.get(0), "newest minute first, ids ascending within it");
            }
        }
        assertEquals(SearchRequestException.Problem.BAD_CURSOR, assertThrows(SearchRequestException.class,
                () -> search.search(CITY, SearchRequest.of("").withCursor("AoJ4c2FiYw==", 10))).problem());
    }

    @Test
    void theScopeIsNeverWidenedByAFacet() throws Exception {
        SearchPage p = page(WARD, "", "region:1/hcmc/q7", "platform:youtube");
        assertEquals(Set.of(), ids(p), "a filter on another area finds nothing");
        assertEquals(Map.of(), counts(p, Facet.REGION), "no ward of q7 is in the ward's scope");
        // the region facet leaves out the region filter, never the scope: y1 (youtube, Bình Thạnh) is not counted
        Map<String, Long> regions = counts(page(WARD, "", "region:0/hcmc", "platform:youtube"), Facet.REGION);
        assertEquals(Map.of("1/hcmc/q1", 1L), Map.copyOf(regions), "y2 only: youtube in the ward");
        SearchPage all = page(WARD, "");
        long inScope = all.total();
        for (FacetCounts c : all.facets()) {
            for (FacetCounts.Value v : c.values()) {
                assertTrue(v.count() <= inScope + 1, c.facet() + " " + v);
            }
        }
        assertFalse(counts(all, Facet.PLATFORM).containsKey("x") && counts(all, Facet.PLATFORM).get("x") > 1,
                "x2 (q7) is not in the ward's counts");
        assertFalse(counts(all, Facet.TOPIC).containsKey("flooding") && counts(all, Facet.TOPIC).get("flooding") > 1);
    }

    @Test
    void noAuthorCountsOrFiltersWithoutClearance() throws Exception {
        SearchPage uncleared = page(CITY_UNCLEARED, "xe");
        assertTrue(uncleared.facet(Facet.AUTHOR).isEmpty());
        assertTrue(uncleared.facets().stream().noneMatch(c -> c.facet().personal()));
        for (Hit h : uncleared.hits()) {
            assertFalse(h.snippet().text().contains("Lan") || h.post().authorName().contains("Lan"), h.toString());
        }
        assertEquals(SearchRequestException.Problem.NOT_CLEARED, assertThrows(SearchRequestException.class,
                () -> page(CITY_UNCLEARED, "", "author:Lan")).problem());
        SearchPage cleared = page(CITY, "xe");
        assertEquals(2L, counts(cleared, Facet.AUTHOR).get("Lan"));
        assertEquals(Set.of("f1", "x1"), ids(page(CITY, "", "author:Lan")));
    }

    @Test
    void datesPresetsAndTheVolumeChart() throws Exception {
        // the last hour (from minute 70) holds hoa-new, thuy-old, the three duplicates and the bulk posts
        SearchPage hour = search.search(CITY, SearchRequest.of("").withDates(DateRange.parse("1h", null)).withPage(1, 10));
        assertEquals(BULK + 3, hour.total(), "the duplicates shown once");
        Map<String, Long> presets = counts(hour, Facet.DATE);
        assertEquals(BULK + 5L, presets.get("1h"));
        assertEquals(BULK + 12L, presets.get("24h"), "the date facet leaves out the date filter");
        assertEquals(VolumeInterval.HOUR, hour.interval());
        long sum = hour.volume().stream().mapToLong(VolumePoint::total).sum();
        assertEquals(BULK + 5L, sum, "the chart counts every post of the range");
        assertEquals(Instant.parse("2026-11-20T03:00:00Z"), hour.volume().get(0).start(), "hours of the clock");
        VolumePoint last = hour.volume().get(hour.volume().size() - 1);
        assertTrue(last.bySentiment().getOrDefault("neutral", 0L) > 0, last.toString());

        SearchPage days = search.search(CITY, SearchRequest.of("").withDates(java.time.LocalDate.of(2026, 11, 1),
                java.time.LocalDate.of(2026, 11, 30)));
        assertEquals(VolumeInterval.DAY, days.interval());
        assertEquals(30, days.volume().size());
        assertEquals(Instant.parse("2026-10-31T17:00:00Z"), days.volume().get(0).start(), "days begin at the city's midnight");
        VolumePoint nov20 = days.volume().get(19);
        assertEquals(BULK + 12L, nov20.total());
        assertEquals(Map.of("negative", 6L, "neutral", BULK + 3L, "positive", 3L), nov20.bySentiment());
    }
}
