package vn.langnghe.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.langnghe.account.DataScope;
import vn.langnghe.search.SearchRequestException.Problem;

/** Facets, dates, exact mode, query field filters, cursors, snippets and the chart: how the query is built. */
class FacetedSearchTest {
    private static final Reader WARD = new Reader("lan", "ward-26740", DataScope.parse("q1", "26740", null), false);
    private static final Reader CITY = new Reader("admin", "city-admin", DataScope.WHOLE_CITY, true);
    private static final String WARD_SCOPE = ScopeFilter.of(WARD.scope()).orElseThrow();
    /** 2026-11-20 10:30:45 in Ho Chi Minh City. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-20T03:30:45Z"), ZoneOffset.UTC);

    private static SolrQuery search(Reader r, SearchRequest request) {
        return ScopedQuery.search(r, request, NOW);
    }

    private static List<String> fqs(SolrQuery q) {
        return q.getFilterQueries() == null ? List.of() : List.of(q.getFilterQueries());
    }

    private static List<String> facetFields(SolrQuery q) {
        return q.getFacetFields() == null ? List.of() : Arrays.asList(q.getFacetFields());
    }

    @Test
    void theDeclarationIsTheWhitelistInOneOrder() {
        assertEquals(List.of("sentiment", "platform", "topic", "topic_sentiment", "region", "language", "kind", "source", "author", "hashtag", "date"),
                Facet.countedFor(CITY).stream().map(Facet::param).toList());
        assertFalse(Facet.countedFor(WARD).contains(Facet.AUTHOR));
        assertTrue(Facet.byParam("author").isPresent());
        assertTrue(Facet.byParam("date").isEmpty(), "dates are from/to");
        assertTrue(Facet.byParam("AREA").isPresent());
        assertEquals("facet.sentiment", Facet.SENTIMENT.labelKey());
        assertEquals("facet.sentiment.negative", Facet.SENTIMENT.valueLabelKey("negative"));
        assertEquals("facet.topic_sentiment.transport:negative", Facet.TOPIC_SENTIMENT.valueLabelKey("transport:negative"));
        assertEquals("{!tag=topic_sentiment}topic_sentiment:(transport\\:negative)",
                fqs(search(CITY, SearchRequest.of("").withFilters(List.of(SearchFilter.parse("topic_sentiment:transport:negative")))))
                        .stream().filter(q -> q.startsWith("{!tag=topic_sentiment}")).findFirst().orElse(null));
        assertNull(Facet.AUTHOR.valueLabelKey("Lan"), "free text has no label key");
        assertEquals(Facet.Kind.HIERARCHY, Facet.REGION.kind());
    }

    @Test
    void eachFacetIgnoresItsOwnFilterAndTheCollapsingButNeverTheScope() {
        SolrQuery q = search(CITY, SearchRequest.of("ngập"));
        assertEquals(List.of("{!ex=sentiment,dup key=sentiment}sentiment", "{!ex=platform,dup key=platform}platform",
                "{!ex=topic,dup key=topic}topics", "{!ex=topic_sentiment,dup key=topic_sentiment}topic_sentiment",
                "{!ex=region,dup key=region}region_path",
                "{!ex=language,dup key=language}language", "{!ex=kind,dup key=kind}kind", "{!ex=source,dup key=source}source",
                "{!ex=author,dup key=author}author_name_str", "{!ex=hashtag,dup key=hashtag}hashtags"), facetFields(q));
        assertEquals("1/hcmc/", q.get("f.region_path.facet.prefix"));
        assertEquals("3", q.get("f.sentiment.facet.limit"));
        SolrQuery ward = search(WARD, SearchRequest.of("").withFilters(List.of(SearchFilter.parse("topic:flooding"))));
        assertEquals(WARD_SCOPE, fqs(ward).get(0));
        assertFalse(WARD_SCOPE.startsWith("{!"), "the scope carries no tag, so no facet can leave it out");
        for (String f : facetFields(ward)) {
            assertFalse(f.contains("author"), f);
        }
        assertEquals("{!tag=topic}topics:(flooding)", fqs(ward).get(1));
    }

    @Test
    void aLoneStarIsTheBlankSearchButALeadingWildcardStaysRefused() {
        assertEquals("", SearchRequest.of(" * ").q());
        assertEquals("", SearchRequest.fromUrl("*:*", null, null, null, null, null, null, null, null).q());
        assertEquals(search(CITY, SearchRequest.of("")).getQuery(), search(CITY, SearchRequest.of("*")).getQuery());
        assertThrows(SearchRequestException.class, () -> search(CITY, SearchRequest.of("*ngập")));
    }

    @Test
    void datePresetsAreCountedFromNowAndAFilterOfTheirOwn() {
        SolrQuery q = search(CITY, SearchRequest.of("").withDates(DateRange.parse("24h", null)));
        assertTrue(fqs(q).contains("{!tag=date}created_at:[2026-11-19T03:30:00Z TO *}"), fqs(q).toString());
        assertEquals(List.of("{!ex=dup key=posts}*:*", "{!ex=date,dup key=date.1h}created_at:[2026-11-20T02:30:00Z TO *]",
                "{!ex=date,dup key=date.24h}created_at:[2026-11-19T03:30:00Z TO *]",
                "{!ex=date,dup key=date.7d}created_at:[2026-11-13T03:30:00Z TO *]",
                "{!ex=date,dup key=date.30d}created_at:[2026-10-21T03:30:00Z TO *]"), List.of(q.getFacetQuery()));
        assertEquals(DateRange.Preset.LAST_7_DAYS, DateRange.parse(" 7D ", "").preset());
    }

    @Test
    void customRangesAreInTheCitysTime() {
        DateRange r = DateRange.parse("2026-11-01T08:00", "2026-11-02");
        assertEquals(new DateRange.Resolved(Instant.parse("2026-11-01T01:00:00Z"), Instant.parse("2026-11-02T17:00:00Z")),
                r.resolve(NOW));
        assertEquals("from=2026-11-01T08:00 to=2026-11-02", r.describe());
        assertEquals("from=2026-11-01 to=2026-11-30", DateRange.days(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).describe());
        for (String[] bad : new String[][] {{"yesterday", null}, {"2026-13-01", null}, {null, "2026-11-01T25:00"},
                {"2026-11-02", "2026-11-01"}, {"24h", "2026-11-01"}, {"2026-11-01T10:00", "2026-11-01T09:00"}}) {
            assertEquals(Problem.BAD_DATES, assertThrows(SearchRequestException.class,
                    () -> DateRange.parse(bad[0], bad[1])).problem(), String.join(",", Arrays.asList(bad)));
        }
    }

    @Test
    void regionFacetDrillsDownOneLevelAtATime() {
        assertEquals("1/hcmc/", ScopedQuery.regionPrefix(List.of()));
        assertEquals("1/hcmc/", ScopedQuery.regionPrefix(List.of(SearchFilter.parse("region:0/hcmc"))));
        assertEquals("2/hcmc/q1/", ScopedQuery.regionPrefix(List.of(SearchFilter.parse("region:1/hcmc/q1"))));
        assertEquals("2/hcmc/q1/", ScopedQuery.regionPrefix(List.of(SearchFilter.parse("region:2/hcmc/q1/26740"))),
                "a ward: its siblings");
        assertEquals("1/hcmc/", ScopedQuery.regionPrefix(List.of(SearchFilter.parse("region:q1"))), "not a path");
    }

    @Test
    void authorsNeedClearanceForFiltersQueriesAndCounts() {
        SearchRequest byAuthor = SearchRequest.of("").withFilters(List.of(SearchFilter.parse("author:Nguyễn Văn A")));
        SearchRequestException e = assertThrows(SearchRequestException.class, () -> search(WARD, byAuthor));
        assertEquals(Problem.NOT_CLEARED, e.problem());
        assertTrue(e.getMessage().contains("pseudonyms"), e.getMessage());
        assertEquals(Problem.NOT_CLEARED, assertThrows(SearchRequestException.class,
                () -> search(WARD, SearchRequest.of("ngập author:lan"))).problem());
        assertEquals(Problem.NOT_CLEARED, assertThrows(SearchRequestException.class,
                () -> search(WARD, SearchRequest.of("-AUTHOR:\"Tác giả 1a2b3c\""))).problem());
        assertTrue(fqs(search(CITY, byAuthor)).contains("{!tag=author}author_name_str:(Nguyễn\\ Văn\\ A)"));
        assertEquals("ngập author_name:lan", search(CITY, SearchRequest.of("ngập author:lan")).getQuery());
        assertTrue(search(CITY, SearchRequest.of("x")).get("uf").contains("author_name"));
    }

    @Test
    void facetNamesInTheQueryBecomeTheirFields() {
        assertEquals("kẹt xe platform:facebook -sentiment:negative topics:flooding",
                search(WARD, SearchRequest.of("kẹt xe platform:Facebook -sentiment:negative topic:flooding")).getQuery());
        assertEquals("ngập (region_areas:q1 OR region_units:q1)", search(WARD, SearchRequest.of("ngập region:q1")).getQuery());
        assertEquals("-(region_areas:26740 OR region_units:26740)", search(WARD, SearchRequest.of("-region:26740")).getQuery());
        assertEquals("topics:\"giao thông\"", search(WARD, SearchRequest.of("topic:\"giao thông\"")).getQuery());
        // values stay values: no way out of the field
        assertEquals("platform:x\\:y\\/z", search(WARD, SearchRequest.of("platform:x:y/z")).getQuery());
        assertEquals(Problem.LOCAL_PARAMS, assertThrows(SearchRequestException.class,
                () -> search(WARD, SearchRequest.of("platform:{!lucene}x"))).problem());
        assertEquals(Problem.LEADING_WILDCARD, assertThrows(SearchRequestException.class,
                () -> search(WARD, SearchRequest.of("topic:*"))).problem());
        assertEquals(Problem.FIELD_NOT_SEARCHABLE, assertThrows(SearchRequestException.class,
                () -> search(WARD, SearchRequest.of("topics:flooding"))).problem(), "the Solr name is not the facet name");
    }

    @Test
    void exactModeSearchesTheExactFieldsAndMarksTheStoredText() {
        SolrQuery q = search(WARD, SearchRequest.of("\"kẹt xe\"~5 title:quận ngập*").withExact(true));
        assertEquals("\"kẹt xe\"~5 title_exact:quận ngập*", q.getQuery());
        assertEquals(ScopedQuery.EXACT_QUERY_FIELDS, q.get("qf"));
        assertEquals("title text", q.get("hl.words.qf"));
        assertEquals("lucene", q.get("hl.qparser"));
        assertEquals("{!edismax qf=$hl.words.qf v=$hl.words}", q.get("hl.q"), "the words are a parameter, never in local params");
        assertEquals("\"kẹt xe\"~5 title:quận ngập*", q.get("hl.words"));
        SolrQuery folded = search(WARD, SearchRequest.of("ket xe"));
        assertEquals(ScopedQuery.QUERY_FIELDS, folded.get("qf"));
        assertNull(folded.get("hl.q"));
        assertEquals("\uE000", folded.get("hl.tag.pre"));
    }

    @Test
    void cursorsReplaceStartAndAreChecked() {
        SolrQuery first = search(WARD, SearchRequest.of("x").withCursor(null, 50));
        assertEquals("*", first.get("cursorMark"));
        assertNull(first.getStart());
        assertEquals("score desc,created_at desc,id asc", first.getSortField(), "a total order ending in the key");
        assertEquals("AoJ4c2FiYw==", search(WARD, SearchRequest.of("x").withCursor("AoJ4c2FiYw==", 50)).get("cursorMark"));
        for (String bad : List.of("*&fq=*:*", "a b", "{!x}", "x".repeat(1001))) {
            assertEquals(Problem.BAD_CURSOR, assertThrows(SearchRequestException.class,
                    () -> SearchRequest.of("x").withCursor(bad, 20)).problem(), bad);
        }
        SolrQuery paged = search(WARD, SearchRequest.of("x").withPage(3, 20));
        assertEquals(40, paged.getStart());
        assertNull(paged.get("cursorMark"));
    }

    @Test
    void theUrlStateMakesARequest() {
        SearchRequest r = SearchRequest.fromUrl("ngập", List.of("topic:flooding", "topic:transport", " ", "platform:x"),
                "7d", null, "newest", "2", null, "on", null);
        assertEquals(3, r.filters().size());
        assertEquals(DateRange.Preset.LAST_7_DAYS, r.dates().preset());
        assertEquals(SearchSort.NEWEST, r.sort());
        assertEquals(2, r.page());
        assertTrue(r.exact());
        assertEquals("q=\"ngập\" f=[topic:flooding, topic:transport, platform:x] from=7d exact=true sort=newest page=2",
                r.describe());
        SearchRequest c = SearchRequest.fromUrl("", null, "", "", "", "", "*", "", "50");
        assertEquals("*", c.cursor());
        assertEquals(50, c.rows());
        assertEquals(Problem.BAD_PAGE, assertThrows(SearchRequestException.class,
                () -> SearchRequest.fromUrl("", null, null, null, null, "two", null, null, null)).problem());
        assertEquals(Problem.UNKNOWN_FILTER, assertThrows(SearchRequestException.class,
                () -> SearchRequest.fromUrl("", List.of("author_id:1"), null, null, null, null, null, null, null)).problem());
    }

    @Test
    void collapseExpandAndHighlightAreAsked() {
        SolrQuery q = search(WARD, SearchRequest.of("ngập"));
        assertTrue(fqs(q).contains("{!collapse field=dup_group tag=dup}"));
        assertEquals("true", q.get("expand"));
        assertEquals("0", q.get("expand.rows"));
        assertEquals("title,text", q.get("hl.fl"));
        assertTrue(List.of(ScopedQuery.RESULT_FIELDS).contains("dup_group"));
    }

    @Test
    void theVolumeChartPicksItsIntervalByTheRange() {
        Instant t = Instant.parse("2026-11-20T03:30:00Z");
        assertEquals(VolumeInterval.HOUR, VolumeInterval.forRange(t.minusSeconds(3600), t));
        assertEquals(VolumeInterval.HOUR, VolumeInterval.forRange(t.minusSeconds(48 * 3600), t));
        assertEquals(VolumeInterval.DAY, VolumeInterval.forRange(t.minusSeconds(49 * 3600), t));
        assertEquals(VolumeInterval.WEEK, VolumeInterval.forRange(t.minusSeconds(100 * 86400L), t));
        assertEquals(VolumeInterval.MONTH, VolumeInterval.forRange(t.minusSeconds(800 * 86400L), t));
        // 2026-11-20 is a Friday; buckets start on the city's midnight, Monday, first of the month
        assertEquals(Instant.parse("2026-11-19T17:00:00Z"), VolumeInterval.DAY.align(t));
        assertEquals(Instant.parse("2026-11-15T17:00:00Z"), VolumeInterval.WEEK.align(t));
        assertEquals(Instant.parse("2026-10-31T17:00:00Z"), VolumeInterval.MONTH.align(t));
        assertEquals(Instant.parse("2026-11-20T03:00:00Z"), VolumeInterval.HOUR.align(t));

        SolrQuery q = search(CITY, SearchRequest.of(""));
        assertEquals("DAY", q.get(ScopedQuery.VOLUME_INTERVAL), "no dates: the last 30 days by day");
        assertTrue(q.get("json.facet").contains("start:'2026-10-20T17:00:00Z',end:'2026-11-20T03:30:45Z',gap:'+1DAY'"),
                q.get("json.facet"));
        assertTrue(q.get("json.facet").contains("excludeTags:'dup'"));
        assertEquals("Asia/Ho_Chi_Minh", q.get("TZ"));
        // fields of a handful of values are counted value by value (cached sets), the others from doc values
        assertEquals("enum", q.get("f.sentiment.facet.method"));
        assertEquals("enum", q.get("f.region_path.facet.method"));
        assertNull(q.get("f.hashtags.facet.method"));
        assertTrue(q.get("json.facet").contains("field:sentiment,limit:5,method:enum"));
        assertEquals("HOUR", search(CITY, SearchRequest.of("").withDates(DateRange.of(DateRange.Preset.LAST_24_HOURS)))
                .get(ScopedQuery.VOLUME_INTERVAL));
    }

    @Test
    void snippetsAreTextWithMarksNeverHtml() {
        Snippet s = Snippet.parse("<b>Kẹt</b> \uE000xe\uE001 ở \uE000cầu\uE001\uE000 Sài Gòn\uE001 \uE001 end");
        assertEquals(List.of(new Snippet.Part("<b>Kẹt</b> ", false), new Snippet.Part("xe", true),
                new Snippet.Part(" ở ", false), new Snippet.Part("cầu Sài Gòn", true), new Snippet.Part("  end", false)),
                s.parts());
        assertEquals("<b>Kẹt</b> xe ở cầu Sài Gòn  end", s.text());
        assertEquals(List.of(), Snippet.parse(null).parts());
        assertEquals(List.of(new Snippet.Part("a", false)), Snippet.parse("\uE001a\uE000").parts(), "stray marks dropped");
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform:x OR *:*", "sentiment:(negative OR {!lucene}*:*)", "region:\"q1\" _val_:1",
            "topic:a\\", "source:x:y", "hashtag:#a#b", "kind:post^1000", "language:vi~2"})
    void hostileFieldQueriesAreRefusedOrStayValues(String typed) {
        try {
            String q = search(CITY, SearchRequest.of(typed)).getQuery();
            assertFalse(q.contains("{!") || q.contains("_val_:") || q.contains("*:*"), q);
        } catch (SearchRequestException e) {
            assertTrue(e.problem() == Problem.LOCAL_PARAMS || e.problem() == Problem.FIELD_NOT_SEARCHABLE
                    || e.problem() == Problem.LEADING_WILDCARD, e.problem().name());
        }
    }

    @Test
    void presetsEndNowAndDoNotDriftWithinAMinute() {
        assertEquals(LocalDateTime.of(2026, 11, 1, 0, 0), DateRange.parse("2026-11-01", null).from());
        DateRange.Resolved a = DateRange.of(DateRange.Preset.LAST_HOUR).resolve(NOW);
        DateRange.Resolved b = DateRange.of(DateRange.Preset.LAST_HOUR).resolve(Clock.offset(NOW, java.time.Duration.ofSeconds(10)));
        assertEquals(a, b, "the same filter for Solr's cache");
        assertNull(a.end());
    }
}
