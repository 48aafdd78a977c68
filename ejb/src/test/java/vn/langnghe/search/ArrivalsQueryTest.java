package vn.langnghe.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import vn.langnghe.account.DataScope;

/**
 * The queries of polling and feeds: the reader's scope first, the saved search's words and filters, no
 * collapsing, the arrival order with the id as tie-breaker, the settle bound on Solr's clock (never
 * cached), the cursor checked before Solr sees it; a feed newest first by page.
 */
class ArrivalsQueryTest {
    private static final Reader WARD = new Reader("client:ward", "ward-26740", DataScope.parse("q1", "26740", null), false);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), ZoneOffset.UTC);
    private static final SearchRequest FLOODING = new SearchRequest("ngập", List.of(SearchFilter.parse("topic:flooding")),
            DateRange.ANY, SearchSort.RELEVANCE, 1, SearchRequest.DEFAULT_ROWS, null, false);

    @Test
    void pollingIsScopedUncollapsedInArrivalOrderAfterTheSettleTime() {
        SolrQuery q = ScopedQuery.arrivals(WARD, FLOODING, null, 500, 10_000, CLOCK);
        List<String> fq = Arrays.asList(q.getFilterQueries());
        assertEquals(ScopeFilter.of(WARD.scope()).orElseThrow(), fq.get(0), "the scope first");
        assertTrue(fq.contains("{!tag=topic}topics:(flooding)"), fq.toString());
        assertTrue(fq.contains("{!cache=false}first_indexed_at:[* TO NOW-10000MILLIS]"), fq.toString());
        assertTrue(fq.stream().noneMatch(f -> f.contains("collapse")), "every near-duplicate is an item");
        assertEquals("first_indexed_at asc,id asc", q.get("sort"));
        assertEquals("*", q.get("cursorMark"), "no since: from the beginning");
        assertEquals(500, q.getRows());
        assertNull(q.get("start"));
        assertEquals("ngập", q.getQuery());
        assertEquals("edismax", q.get("defType"));
        assertEquals("false", q.get("expandMacros"));
        assertTrue(Arrays.asList(q.getFields().split(",")).containsAll(List.of("first_indexed_at", "indexed_at", "dup_group")));
        assertEquals("AoJ4+/=_-", ScopedQuery.arrivals(WARD, FLOODING, " AoJ4+/=_- ", 1, 0, CLOCK).get("cursorMark"));
    }

    @Test
    void damagedCursorsAreRefusedBeforeSolr() {
        for (String bad : List.of("a b", "{!lucene}x", "x&fq=*:*", "${x}", "a".repeat(1001), "é")) {
            SearchRequestException e = assertThrows(SearchRequestException.class,
                    () -> ScopedQuery.arrivals(WARD, FLOODING, bad, 10, 10_000, CLOCK), bad);
            assertEquals(SearchRequestException.Problem.BAD_CURSOR, e.problem());
        }
    }

    @Test
    void feedIsNewestArrivalFirstByPage() {
        SolrQuery q = ScopedQuery.newestArrivals(WARD, FLOODING, 3, 50, CLOCK);
        assertEquals(ScopeFilter.of(WARD.scope()).orElseThrow(), q.getFilterQueries()[0]);
        assertEquals("first_indexed_at desc,created_at desc,id desc", q.get("sort"));
        assertEquals(100, q.getStart());
        assertEquals(50, q.getRows());
        assertTrue(Arrays.stream(q.getFilterQueries()).noneMatch(f -> f.contains("collapse") || f.contains("NOW-")));
    }
}
