package vn.langnghe.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.langnghe.account.DataScope;
import vn.langnghe.search.SearchRequestException.Problem;

/** The one query builder: the scope is always there, and nothing in a request can reach past its place. */
class ScopedQueryTest {
    private static final Reader WARD = new Reader("lan", "ward-26740", DataScope.parse("q1", "26740", null), false);
    private static final Reader DEPARTMENT = new Reader("minh", "dept-xd", DataScope.parse(null, null, "transport"), false);
    private static final Reader CITY = new Reader("admin", "city-admin", DataScope.WHOLE_CITY, true);
    private static final String WARD_SCOPE = ScopeFilter.of(WARD.scope()).orElseThrow();
    /** Everything a query may send: any other parameter would be something we did not write. */
    private static final Set<String> OUR_PARAMS = Set.of("q", "defType", "qf", "pf", "uf", "q.op", "fq", "sort",
            "start", "rows", "fl", "expandMacros", "cursorMark", "expand", "expand.rows", "hl", "hl.method", "hl.fl",
            "hl.snippets", "hl.fragsize", "hl.defaultSummary", "hl.tag.pre", "hl.tag.post", "hl.q", "hl.qparser", "hl.words",
            "hl.words.qf", "facet", "facet.mincount", "facet.field", "facet.query", "f.sentiment.facet.limit",
            "f.platform.facet.limit", "f.topics.facet.limit", "f.topic_sentiment.facet.limit", "f.region_path.facet.limit", "f.region_path.facet.prefix",
            "f.language.facet.limit", "f.kind.facet.limit", "f.source.facet.limit", "f.author_name_str.facet.limit",
            "f.hashtags.facet.limit", "f.sentiment.facet.method", "f.platform.facet.method", "f.topics.facet.method",
            "f.region_path.facet.method", "f.language.facet.method", "f.kind.facet.method", "f.topic_sentiment.facet.method",
            "TZ", "json.facet",
            ScopedQuery.VOLUME_INTERVAL);

    private static SolrQuery search(Reader r, String q) {
        return ScopedQuery.search(r, SearchRequest.of(q));
    }

    private static List<String> fqs(SolrQuery q) {
        return q.getFilterQueries() == null ? List.of() : List.of(q.getFilterQueries());
    }

    private static Problem refused(String q) {
        return assertThrows(SearchRequestException.class, () -> search(WARD, q)).problem();
    }

    @Test
    void everyQueryCarriesTheScopeFirst() {
        for (SolrQuery q : List.of(search(WARD, ""), search(WARD, "ngập nước"), ScopedQuery.counting(WARD),
                ScopedQuery.byId(WARD, "facebook:1"), ScopedQuery.detail(WARD, "facebook:1"),
                ScopedQuery.thread(WARD, "facebook:1", "facebook:2", 100), ScopedQuery.duplicates(WARD, "facebook:1", "facebook:2", 10),
                ScopedQuery.similar(WARD, "facebook:2", "facebook:1", 10),
                ScopedQuery.search(WARD, SearchRequest.of("x").withFilters(List.of(SearchFilter.parse("topic:flooding")))))) {
            assertEquals(WARD_SCOPE, fqs(q).get(0), q.toString());
            assertEquals("false", q.get("expandMacros"));
        }
        assertEquals(List.of("topics:(transport)", ScopedQuery.COLLAPSE), fqs(search(DEPARTMENT, "")));
        assertEquals(List.of(ScopedQuery.COLLAPSE), fqs(search(CITY, "")), "the whole city has no filter");
    }

    @Test
    void wordsGoToEdismaxRestrictedToTheSearchableFields() {
        SolrQuery q = search(WARD, "kẹt xe \"Nguyễn Hữu Cảnh\" -mưa");
        assertEquals("kẹt xe \"Nguyễn Hữu Cảnh\" -mưa", q.getQuery());
        assertEquals("edismax", q.get("defType"));
        assertEquals(new TreeSet<>(Set.of("title", "text", "title_exact", "text_exact", "platform", "topics", "topic_sentiment",
                        "sentiment", "language", "kind", "source", "hashtags", "keywords", "region_areas", "region_units")),
                new TreeSet<>(List.of(q.get("uf").split(" "))), "no author_name for a unit without clearance");
        assertEquals("AND", q.get("q.op"));
        SolrQuery all = search(WARD, "   ");
        assertEquals("*:*", all.getQuery());
        assertEquals("lucene", all.get("defType"));
        assertTrue(OUR_PARAMS.containsAll(q.getParameterNames()), q.getParameterNames().toString());
    }

    @Test
    void searchableFieldsBoostsPhrasesAndTrailingWildcardsStay() {
        assertEquals("title:ngập text:\"kẹt xe\"~3 đường^2 ngập*", search(WARD, "title:ngập text:\"kẹt xe\"~3 đường^2 ngập*").getQuery());
        assertEquals("(ngập OR lụt) AND NOT triều", search(WARD, "(ngập OR lụt) AND NOT triều").getQuery());
    }

    @Test
    void localParamsAreRefusedAnywhere() {
        assertEquals(Problem.LOCAL_PARAMS, refused("{!lucene}*:*"));
        assertEquals(Problem.LOCAL_PARAMS, refused("ngập {!terms f=id}a,b"));
        assertEquals(Problem.LOCAL_PARAMS, refused("\"{!join from=id to=id}\""));
    }

    @Test
    void matchAllAndExtraParametersCannotBeSmuggledIn() {
        // the whole text is one parameter value: & and fq= are characters, and *:* a leading wildcard
        assertEquals(Problem.LEADING_WILDCARD, refused("*:*&fq=*:*"));
        SolrQuery q = search(WARD, "ngập&fq=id:1&rows=100000");
        assertEquals(List.of(WARD_SCOPE, ScopedQuery.COLLAPSE), fqs(q));
        assertEquals(20, q.getRows());
        assertEquals("ngập&fq=id\\:1&rows=100000", q.getQuery(), "the colon of a non-field is text");
    }

    @Test
    void magicFieldsAndFieldsThatAreNotSearchableAreRefused() {
        assertEquals(Problem.FIELD_NOT_SEARCHABLE, refused("_query_:\"x\""));
        assertEquals(Problem.FIELD_NOT_SEARCHABLE, refused("_val_:\"recip(1,2,3,4)\""));
        assertEquals(Problem.FIELD_NOT_SEARCHABLE, refused("author_name:lan"));
        assertEquals(Problem.FIELD_NOT_SEARCHABLE, refused("ngập OR region_areas:q7"));
        assertEquals(Problem.FIELD_NOT_SEARCHABLE, refused("+ID:facebook"));
    }

    @Test
    void otherWordsWithAColonAreText() {
        assertEquals("https\\:\\/\\/x.com\\/a Lưu ý\\: ngập", search(WARD, "https://x.com/a Lưu ý: ngập").getQuery());
    }

    @Test
    void regexRangesAndFilterSyntaxBecomeText() {
        assertEquals("\\/.*\\/", search(WARD, "/.*/").getQuery());
        assertEquals("title:\\[a TO z\\]", search(WARD, "title:[a TO z]").getQuery());
        assertEquals("\\filter(ngập)", search(WARD, "filter(ngập)").getQuery());
    }

    @ParameterizedTest
    @ValueSource(strings = {"* ngập", "*ngập", "?gập", "title:*", "-*:*", "n*", "(*a)", "text:?x"})
    void leadingWildcardsAreRefused(String q) {
        assertEquals(Problem.LEADING_WILDCARD, refused(q));
    }

    @Test
    void unboundedWorkIsRefused() {
        assertEquals(Problem.QUERY_TOO_LONG, refused("a".repeat(UserQuery.MAX_LENGTH + 1)));
        assertEquals(Problem.QUERY_TOO_COMPLEX, refused("ab ".repeat(UserQuery.MAX_TERMS + 1)));
        assertEquals(Problem.QUERY_TOO_COMPLEX, refused("ab* cd* ef* gh*"));
        assertThrows(SearchRequestException.class, () -> SearchRequest.of("x").withPage(1, 101));
        assertEquals(Problem.TOO_DEEP,
                assertThrows(SearchRequestException.class, () -> SearchRequest.of("x").withPage(101, 100)).problem());
        assertEquals(Problem.BAD_PAGE,
                assertThrows(SearchRequestException.class, () -> SearchRequest.of("x").withPage(0, 10)).problem());
        SolrQuery deepest = ScopedQuery.search(WARD, SearchRequest.of("x").withPage(100, 100));
        assertEquals(9_900, deepest.getStart());
        assertEquals(100, deepest.getRows());
    }

    @Test
    void unbalancedSyntaxIsAPlainWordsError() {
        SearchRequestException e = assertThrows(SearchRequestException.class, () -> search(WARD, "\"kẹt xe"));
        assertEquals(Problem.QUERY_SYNTAX, e.problem());
        assertEquals("a quotation mark is not closed", e.getMessage());
        assertEquals(Problem.QUERY_SYNTAX, refused("(ngập"));
        assertEquals(Problem.QUERY_SYNTAX, refused("ngập)"));
        assertEquals("ngập \\\\", search(WARD, "ngập \\").getQuery(), "a trailing backslash is a character");
    }

    @Test
    void filtersOnlyOnTheWhitelistEscapedAndTaggedByUs() {
        SolrQuery q = ScopedQuery.search(WARD, SearchRequest.of("").withFilters(List.of(
                SearchFilter.parse("platform:facebook"), SearchFilter.parse("platform:x"),
                SearchFilter.parse("topic:flooding OR *:*"), SearchFilter.parse("region:1/hcmc/q1"))));
        assertEquals(List.of(WARD_SCOPE, "{!tag=platform}platform:(facebook OR x)",
                "{!tag=topic}topics:(flooding\\ OR\\ \\*\\:\\*)", "{!tag=region}region_path:(1\\/hcmc\\/q1)",
                ScopedQuery.COLLAPSE), fqs(q));
    }

    @Test
    void filterValuesCannotInjectFieldsOrLocalParams() {
        List<String> fq = ScopedQuery.filterQueries(List.of(SearchFilter.parse("sentiment:negative) OR id:(x"),
                SearchFilter.parse("kind:{!lucene}*:*")));
        assertEquals(List.of("{!tag=sentiment}sentiment:(negative\\)\\ OR\\ id\\:\\(x)",
                "{!tag=kind}kind:(\\{\\!lucene\\}\\*\\:\\*)"), fq);
    }

    @ParameterizedTest
    @ValueSource(strings = {"author_id:123", "id:facebook:1", "region_areas:q7", "{!tag=x}platform:x", "_query_:x",
            "nofield", ":x", "platform", "platforms:x"})
    void unknownOrMalformedFilterNamesAreRefused(String f) {
        SearchRequestException e = assertThrows(SearchRequestException.class, () -> SearchFilter.parse(f));
        assertTrue(e.problem() == Problem.UNKNOWN_FILTER || e.problem() == Problem.BAD_FILTER, e.problem().name());
    }

    @Test
    void filterValuesAreBounded() {
        assertEquals(Problem.BAD_FILTER, assertThrows(SearchRequestException.class,
                () -> SearchFilter.parse("topic:" + "a".repeat(201))).problem());
        assertEquals(Problem.BAD_FILTER, assertThrows(SearchRequestException.class,
                () -> SearchFilter.parse("topic:")).problem());
        assertEquals(Problem.BAD_FILTER, assertThrows(SearchRequestException.class,
                () -> SearchFilter.parse("topic:a\u0000b")).problem());
    }

    @Test
    void datesAreWholeDaysInTheCity() {
        SolrQuery q = ScopedQuery.search(WARD, SearchRequest.of("").withDates(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertEquals("{!tag=date}created_at:[2026-10-31T17:00:00Z TO 2026-11-30T17:00:00Z}", fqs(q).get(1));
        assertEquals("{!tag=date}created_at:[* TO 2026-11-30T17:00:00Z}", ScopedQuery.dates(null, LocalDate.of(2026, 11, 30)).orElseThrow());
        assertEquals(Problem.BAD_DATES, assertThrows(SearchRequestException.class,
                () -> SearchRequest.of("").withDates(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1))).problem());
    }

    @Test
    void sortsAreOurOwnAndAlwaysTotal() {
        assertEquals("score desc,created_at desc,id asc", search(WARD, "x").getSortField());
        assertEquals("created_at desc,id asc",
                ScopedQuery.search(WARD, SearchRequest.of("x").withSort(SearchSort.parse("newest"))).getSortField());
        assertEquals("sum(likes,shares,comments) desc,created_at desc,id asc",
                ScopedQuery.search(WARD, SearchRequest.of("x").withSort(SearchSort.parse("ENGAGEMENT"))).getSortField());
        assertEquals(SearchSort.RELEVANCE, SearchSort.parse(""));
        for (String hostile : List.of("{!func}id", "score desc,{!lucene}x", "id asc", "newest,id", "newest&fq=x")) {
            assertEquals(Problem.BAD_SORT, assertThrows(SearchRequestException.class, () -> SearchSort.parse(hostile)).problem());
        }
    }

    @Test
    void byIdIsAnEscapedTermInScope() {
        SolrQuery q = ScopedQuery.byId(WARD, "facebook:1 OR *:*");
        assertEquals("id:facebook\\:1\\ OR\\ \\*\\:\\*", q.getQuery());
        assertEquals(1, q.getRows());
        assertArrayEquals(ScopedQuery.RESULT_FIELDS, q.getFields().split(","));
    }

    @Test
    void thePostPagesPartsAreEscapedTermsInScope() {
        String hostile = "facebook:1 OR *:* {!lucene}";
        String escaped = "facebook\\:1\\ OR\\ \\*\\:\\*\\ \\{\\!lucene\\}";
        SolrQuery thread = ScopedQuery.thread(WARD, hostile, hostile, 100);
        assertEquals("thread_id:" + escaped + " OR id:" + escaped, thread.getQuery());
        assertEquals(List.of(WARD_SCOPE, "-id:" + escaped), fqs(thread));
        assertEquals("created_at asc,id asc", thread.getSortField());
        assertEquals(100, thread.getRows());

        SolrQuery dups = ScopedQuery.duplicates(WARD, hostile, "facebook:2", 10);
        assertEquals("dup_group:" + escaped, dups.getQuery());
        assertEquals(List.of(WARD_SCOPE, "-id:facebook\\:2"), fqs(dups));

        SolrQuery similar = ScopedQuery.similar(WARD, hostile, "facebook:9", 10);
        assertTrue(similar.getQuery().startsWith("{!mlt qf=title,text "), similar.getQuery());
        assertTrue(similar.getQuery().endsWith("v=$" + ScopedQuery.SIMILAR_ID + "}"), "the id is a parameter value, never syntax");
        assertEquals(hostile, similar.get(ScopedQuery.SIMILAR_ID));
        assertEquals(List.of(WARD_SCOPE, "-dup_group:facebook\\:9", "-id:" + escaped, ScopedQuery.COLLAPSE), fqs(similar));

        SolrQuery detail = ScopedQuery.detail(WARD, "facebook:1");
        assertEquals("id:facebook\\:1", detail.getQuery());
        for (String f : List.of("parent_id", "thread_id", "language", "sentiment_score", "sentiment_evidence", "keywords", "hashtags")) {
            assertTrue(List.of(detail.getFields().split(",")).contains(f), f);
        }
    }

    @Test
    void countingIsTheScopeAndNothingElse() {
        SolrQuery q = ScopedQuery.counting(DEPARTMENT);
        assertEquals("*:*", q.getQuery());
        assertEquals(0, q.getRows());
        assertEquals(List.of("topics:(transport)"), fqs(q));
        assertNull(q.getSortField());
        assertFalse(q.getParameterNames().contains("uf"));
    }
}
