package vn.langnghe.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.junit.jupiter.api.Test;
import vn.langnghe.search.ScopedQuery;
import vn.langnghe.search.SearchRequest;
import vn.langnghe.search.SearchSort;

class SearchMixTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static List<SearchMix.Search> mix() {
        return SearchMix.build(TODAY, (reader, request) -> "AoE" + reader.username().length());
    }

    @Test
    void everySearchForTheWardAnalystAndTheCityAdminUnderItsOwnName() {
        List<SearchMix.Search> mix = mix();
        assertEquals(42, mix.size());
        Set<String> labels = new HashSet<>();
        mix.forEach(s -> assertTrue(labels.add(s.label()), "one name per search: " + s.label()));
        assertEquals(21, mix.stream().filter(s -> s.reader() == SearchMix.WARD_ANALYST).count());
        assertEquals(21, mix.stream().filter(s -> s.reader() == SearchMix.CITY_ADMIN).count());
        assertFalse(SearchMix.WARD_ANALYST.personalDataClearance(), "the ward's results are masked");
        assertFalse(SearchMix.WARD_ANALYST.scope().wholeCity());
        assertTrue(SearchMix.CITY_ADMIN.scope().wholeCity());
    }

    @Test
    void theMixCoversWhatPeopleDoOnTheSearchPage() {
        List<SearchRequest> r = mix().stream().map(SearchMix.Search::request).toList();
        assertTrue(r.stream().anyMatch(q -> q.q().isEmpty() && q.filters().isEmpty()), "everything");
        assertTrue(r.stream().anyMatch(q -> q.q().equals("ngap")), "words without diacritics");
        assertTrue(r.stream().anyMatch(q -> q.q().startsWith("\"") && q.q().endsWith("\"")), "a phrase");
        assertTrue(r.stream().anyMatch(q -> q.q().matches("\".*\"~\\d")), "proximity");
        assertTrue(r.stream().anyMatch(q -> q.q().contains(" OR ") && q.q().contains("NOT ")), "OR and NOT");
        assertTrue(r.stream().anyMatch(SearchRequest::exact), "diacritics significant");
        for (String facet : List.of("sentiment", "platform", "topic", "region", "hashtag")) {
            assertTrue(r.stream().anyMatch(q -> q.filters().stream().anyMatch(f -> f.field().param().equals(facet))), facet);
        }
        assertTrue(r.stream().anyMatch(q -> q.dates().preset() != null), "a date preset");
        assertTrue(r.stream().anyMatch(q -> q.dates().from() != null), "a date range");
        assertTrue(r.stream().anyMatch(q -> q.sort() == SearchSort.NEWEST));
        assertTrue(r.stream().anyMatch(q -> q.sort() == SearchSort.ENGAGEMENT));
        assertTrue(r.stream().anyMatch(q -> q.page() > 1), "a later page");
    }

    @Test
    void theDeepCursorPageIsEachReadersOwn() {
        List<SearchMix.Search> cursors = mix().stream().filter(s -> s.request().cursor() != null).toList();
        assertEquals(2, cursors.size());
        assertEquals("AoE" + "phantich.benthanh".length(), cursors.get(0).request().cursor());
        assertEquals("AoE" + "admin".length(), cursors.get(1).request().cursor());
        assertEquals(SearchMix.deepCursorBase().sort(), cursors.get(0).request().sort());
        assertTrue(SearchMix.CURSOR_DEPTH > SearchRequest.MAX_DEPTH, "deeper than page numbers reach");
    }

    @Test
    void everySearchBuildsItsScopedQueryWithFacetsHighlightingCollapseAndChart() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), ZoneOffset.UTC);
        for (SearchMix.Search s : mix()) {
            SolrQuery q = ScopedQuery.search(s.reader(), s.request(), clock);
            assertEquals("true", q.get("hl"), s.label());
            assertTrue(q.get("json.facet").contains("volume"), s.label());
            assertTrue(List.of(q.getFilterQueries()).stream().anyMatch(fq -> fq.contains("collapse")), s.label());
            assertTrue(q.getFacetFields().length > 0, s.label());
        }
    }
}
