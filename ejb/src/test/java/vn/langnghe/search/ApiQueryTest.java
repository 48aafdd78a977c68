package vn.langnghe.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.langnghe.account.DataScope;
import vn.langnghe.search.SearchRequestException.Problem;

/**
 * The queries of the search API: built by {@link ScopedQuery} like the page's (the scope first, the same
 * matching), with only the facets asked for, only whitelisted fields, up to 500 rows by cursor, and the
 * timeline's JSON facet split and bucketed as asked.
 */
class ApiQueryTest {
    private static final Reader WARD = new Reader("client:ward", "ward-26740", DataScope.parse("q1", "26740", null), false);
    private static final Reader CITY = new Reader("client:city", "city-admin", DataScope.WHOLE_CITY, true);
    private static final String WARD_SCOPE = ScopeFilter.of(WARD.scope()).orElseThrow();
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-20T03:30:45Z"), ZoneOffset.UTC);

    private static PostsQuery url(Reader r, String rows, List<String> fields, List<String> facets, String... f) {
        return PostsQuery.fromUrl(r, "ngập", List.of(f), null, null, "newest", null, null, rows, fields, facets);
    }

    private static List<String> fqs(SolrQuery q) {
        return q.getFilterQueries() == null ? List.of() : List.of(q.getFilterQueries());
    }

    @Test
    void postsCarryTheScopeFirstAndMatchLikeThePage() {
        PostsQuery pq = url(WARD, null, null, null, "topic:flooding");
        SolrQuery api = ScopedQuery.posts(WARD, pq, NOW);
        SolrQuery page = ScopedQuery.search(WARD, pq.search(), NOW);
        assertEquals(WARD_SCOPE, fqs(api).get(0));
        assertEquals(fqs(page), fqs(api), "the same filters, dates and collapsing as the page");
        assertEquals(page.getQuery(), api.getQuery());
        assertEquals(page.get("uf"), api.get("uf"));
        assertEquals(page.get("sort"), api.get("sort"));
        assertEquals("*", api.get("cursorMark"), "cursor paging from the start by default");
        assertNull(api.get("start"));
        assertEquals(20, api.getRows());
        assertNull(api.get("hl"), "no snippets");
        assertNull(api.get("json.facet"), "no chart");
        assertEquals("false", api.get("expandMacros"));
    }

    @Test
    void onlyTheFacetsAskedForAreCounted() {
        SolrQuery none = ScopedQuery.posts(CITY, url(CITY, null, null, null), NOW);
        assertNull(none.getFacetFields(), "no facet unless asked");
        assertEquals(List.of("{!ex=dup key=posts}*:*"), List.of(none.getFacetQuery()), "only the posts with near-duplicates");

        SolrQuery two = ScopedQuery.posts(CITY, url(CITY, null, null, List.of("region,topic", "topic")), NOW);
        assertEquals(List.of("{!ex=topic,dup key=topic}topics", "{!ex=region,dup key=region}region_path"),
                List.of(two.getFacetFields()), "panel order, each once");
        assertEquals("1/hcmc/", two.get("f.region_path.facet.prefix"));
        assertEquals(List.of(Facet.TOPIC, Facet.REGION), Facet.selection(List.of("region,topic", "topic"), CITY));
        assertEquals(List.of(), Facet.selection(List.of(" ", ","), CITY));
        SolrQuery dates = ScopedQuery.posts(CITY, url(CITY, null, null, List.of("date")), NOW);
        assertEquals(5, dates.getFacetQuery().length, "posts and the four presets");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nope", "area", "keyword", "topics", "TOPIC", "{!lucene}x", "topic:x", "region_path"})
    void unknownOrFilterOnlyFacetsAreRefused(String name) {
        assertEquals(Problem.UNKNOWN_FACET, assertThrows(SearchRequestException.class,
                () -> Facet.selection(List.of(name), CITY)).problem());
    }

    @Test
    void theAuthorFacetNeedsClearance() {
        assertEquals(List.of(Facet.AUTHOR), Facet.selection(List.of("author"), CITY));
        assertEquals(Problem.NOT_CLEARED, assertThrows(SearchRequestException.class,
                () -> url(WARD, null, null, List.of("topic,author"))).problem());
        assertEquals(Problem.NOT_CLEARED, assertThrows(SearchRequestException.class,
                () -> ScopedQuery.posts(WARD, url(WARD, null, null, null, "author:Lan"), NOW)).problem());
    }

    @Test
    void fieldsComeFromTheWhitelistWithWhatTheMaskNeeds() {
        PostsQuery pq = url(WARD, null, List.of("text,createdAt", "engagement"), null);
        assertEquals(EnumSet.of(ResultField.TEXT, ResultField.CREATED_AT, ResultField.ENGAGEMENT), pq.fields());
        SolrQuery q = ScopedQuery.posts(WARD, pq, NOW);
        assertEquals("id,platform,author_name,author_id,dup_group,text,created_at,likes,shares,comments,views", q.getFields());
        assertNull(q.get("expand"), "near-duplicates are counted only when asked");
        SolrQuery all = ScopedQuery.posts(WARD, url(WARD, null, List.of(""), null), NOW);
        assertEquals(EnumSet.allOf(ResultField.class), url(WARD, null, null, null).fields());
        assertEquals("true", all.get("expand"));
        assertEquals("0", all.get("expand.rows"));
        Set<String> read = Set.of(all.getFields().split(","));
        assertTrue(Set.of(ScopedQuery.RESULT_FIELDS).containsAll(read), "never more than the page's results read: " + read);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nope", "text_exact", "*", "id,score", "author_name", "Text", "text,{!func}x", "_version_"})
    void unknownFieldsAreRefused(String fields) {
        assertEquals(Problem.UNKNOWN_FIELD, assertThrows(SearchRequestException.class,
                () -> url(CITY, null, List.of(fields), null)).problem());
    }

    @Test
    void rowsGoUpTo500ByCursor() {
        assertEquals(500, ScopedQuery.posts(CITY, url(CITY, "500", null, null), NOW).getRows());
        assertEquals(1, ScopedQuery.posts(CITY, url(CITY, " 1 ", null, null), NOW).getRows());
        for (String bad : List.of("0", "501", "-1", "abc", "1e3", "99999999999", "20 OR 1")) {
            assertEquals(Problem.BAD_PAGE, assertThrows(SearchRequestException.class,
                    () -> url(CITY, bad, null, null)).problem(), bad);
        }
        PostsQuery next = PostsQuery.fromUrl(CITY, "", List.of(), null, null, null, null, "AoE/abc=", "100", null, null);
        assertEquals("AoE/abc=", ScopedQuery.posts(CITY, next, NOW).get("cursorMark"));
        assertEquals(Problem.BAD_CURSOR, assertThrows(SearchRequestException.class, () -> PostsQuery.fromUrl(CITY, "",
                List.of(), null, null, null, null, "x') OR 1=1", null, null, null)).problem());
    }

    @Test
    void facetCountsAreTheSearchesWithoutRows() {
        SearchRequest s = SearchRequest.fromUrl("ngập", List.of("platform:x"), "7d", null, null, null, null, null, null);
        SolrQuery q = ScopedQuery.facetCounts(WARD, s, List.of(Facet.PLATFORM), NOW);
        assertEquals(WARD_SCOPE, fqs(q).get(0));
        assertEquals(0, q.getRows());
        assertEquals(List.of("{!ex=platform,dup key=platform}platform"), List.of(q.getFacetFields()));
        assertTrue(fqs(q).contains("{!tag=platform}platform:(x)"));
    }

    @Test
    void timelineSplitsAndBucketsInTheCitysTime() {
        SearchRequest s = SearchRequest.fromUrl("ngập", List.of(), "2026-11-01", "2026-11-07", null, null, null, null, null);
        SolrQuery q = ScopedQuery.timeline(WARD, s, TimelineSplit.TOPIC, null, NOW);
        assertEquals(WARD_SCOPE, fqs(q).get(0));
        assertEquals(0, q.getRows());
        assertEquals("Asia/Ho_Chi_Minh", q.get("TZ"));
        assertEquals("{timeline:{type:range,field:created_at,start:'2026-10-31T17:00:00Z',end:'2026-11-07T17:00:00Z',"
                + "gap:'+1DAY',hardend:false,facet:{split:{type:terms,field:topics,limit:20,method:enum}}}}",
                q.get("json.facet"), "auto over a week: days, from the city's midnight");
        assertTrue(fqs(q).stream().noneMatch(f -> f.contains("collapse")), "a timeline counts near-duplicates: " + fqs(q));
        assertNull(q.getSortField(), "a timeline has no order");
        assertEquals("DAY", q.get(ScopedQuery.TIMELINE_INTERVAL));

        SolrQuery hours = ScopedQuery.timeline(WARD, s, TimelineSplit.NONE, VolumeInterval.HOUR, NOW);
        assertTrue(hours.get("json.facet").contains("gap:'+1HOUR'"));
        assertFalse(hours.get("json.facet").contains("split"), "no split: totals only");

        SearchRequest noDates = SearchRequest.of("");
        SolrQuery weeks = ScopedQuery.timeline(CITY, noDates, TimelineSplit.SENTIMENT, VolumeInterval.WEEK, NOW);
        assertTrue(weeks.get("json.facet").contains("start:'2026-10-18T17:00:00Z',end:'2026-11-20T03:30:45Z',gap:'+7DAYS'"),
                "the last 30 days up to now, from a Monday: " + weeks.get("json.facet"));
        assertTrue(weeks.get("json.facet").contains("field:sentiment,limit:3"));
        SolrQuery months = ScopedQuery.timeline(CITY, noDates, TimelineSplit.PLATFORM, VolumeInterval.MONTH, NOW);
        assertTrue(months.get("json.facet").contains("start:'2026-09-30T17:00:00Z'"), months.get("json.facet"));
    }

    @Test
    void theRegionSplitCountsTheLevelBelowTheFilterAsAJsonString() {
        SearchRequest s = SearchRequest.fromUrl("", List.of("region:1/hcmc/q1"), null, null, null, null, null, null, null);
        assertTrue(ScopedQuery.timeline(CITY, s, TimelineSplit.REGION, null, NOW).get("json.facet")
                .contains("field:region_path,limit:50,method:enum,prefix:\"2/hcmc/q1/\""));
        SearchRequest evil = SearchRequest.fromUrl("", List.of("region:2/hcmc/'},x:{type:query\"\\/y"), null, null, null,
                null, null, null, null);
        String json = ScopedQuery.timeline(CITY, evil, TimelineSplit.REGION, null, NOW).get("json.facet");
        assertTrue(json.contains("prefix:\"2/hcmc/'},x:{type:query\\\"\\\\/\"}"), json);
        assertEquals("\"a\\u0001\\\\\\\"\"", ScopedQuery.jsonString("a\u0001\\\""));
    }

    @Test
    void tooManyBucketsAndUnknownSplitsOrIntervalsAreRefused() {
        SearchRequest year = SearchRequest.fromUrl("", List.of(), "2025-01-01", "2025-12-31", null, null, null, null, null);
        assertEquals(Problem.BAD_CHART, assertThrows(SearchRequestException.class,
                () -> ScopedQuery.timeline(CITY, year, TimelineSplit.NONE, VolumeInterval.HOUR, NOW)).problem());
        assertEquals("WEEK", ScopedQuery.timeline(CITY, year, TimelineSplit.NONE, null, NOW).get(ScopedQuery.TIMELINE_INTERVAL));
        SearchRequest ages = SearchRequest.fromUrl("", List.of(), "1900-01-01", null, null, null, null, null, null);
        assertEquals(Problem.BAD_CHART, assertThrows(SearchRequestException.class,
                () -> ScopedQuery.timeline(CITY, ages, TimelineSplit.NONE, null, NOW)).problem());
        for (String bad : List.of("author", "topics", "x'y", "sentiment,topic")) {
            assertEquals(Problem.BAD_CHART, assertThrows(SearchRequestException.class, () -> TimelineSplit.parse(bad)).problem());
        }
        assertEquals(TimelineSplit.NONE, TimelineSplit.parse("none"));
        assertEquals(TimelineSplit.REGION, TimelineSplit.parse(" Region "));
        assertNull(TimelineSplit.interval("auto"));
        assertEquals(VolumeInterval.MONTH, TimelineSplit.interval("month"));
        for (String bad : List.of("minute", "+1DAY", "1d", "year")) {
            assertEquals(Problem.BAD_CHART, assertThrows(SearchRequestException.class, () -> TimelineSplit.interval(bad)).problem());
        }
        assertTrue(Arrays.stream(TimelineSplit.values()).allMatch(t -> t.facet() == null || t.facet().limit() > 0));
    }
}
