package vn.langnghe.savedquery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.langnghe.search.DateRange;
import vn.langnghe.search.SearchFilter;
import vn.langnghe.search.SearchRequest;
import vn.langnghe.search.SearchSort;

/**
 * The search page's URL state as a saved query keeps it: parsed by the search's types, canonical, the
 * same state after a round trip through {@link SearchState#query()}, refusals named.
 */
class SearchStateTest {
    @Test
    void parsesEveryPartAndWritesItBackCanonically() {
        SearchState s = SearchState.parse("?sort=Newest&f=topic:flooding&q=k%E1%BA%B9t+xe&f=area%3Aq1&exact=on"
                + "&to=2026-12-31&from=2026-12-01&page=4&rows=50&cursor=AoE%3D");
        assertEquals("kẹt xe", s.q());
        assertEquals(List.of(SearchFilter.parse("topic:flooding"), SearchFilter.parse("area:q1")), s.filters());
        assertEquals(LocalDateTime.of(2026, 12, 1, 0, 0), s.dates().from());
        assertEquals(LocalDateTime.of(2027, 1, 1, 0, 0), s.dates().to(), "the last day is included");
        assertEquals(SearchSort.NEWEST, s.sort());
        assertTrue(s.exact());
        String canonical = "q=k%E1%BA%B9t%20xe&f=topic%3Aflooding&f=area%3Aq1&from=2026-12-01&to=2026-12-31&sort=newest&exact=true";
        assertEquals(canonical, s.query(), "paging and the cursor are dropped");
        assertEquals(s, SearchState.parse(canonical));
        SearchRequest r = s.request(1, 20);
        assertEquals("kẹt xe", r.q());
        assertEquals(2, r.filters().size());
        assertTrue(r.exact(), "exact reaches the search");
        assertEquals(s.dates(), r.dates());
        assertEquals("", SearchState.parse("").query(), "everything, by relevance");
        assertEquals("", SearchState.parse("exact=false&sort=relevance&from=&to=").query());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1h", "24h", "7d", "30d"})
    void aPresetStaysAPreset(String preset) {
        SearchState s = SearchState.parse("q=ng%E1%BA%ADp&from=" + preset);
        assertEquals(preset, s.dates().preset().param());
        assertNull(s.dates().from());
        assertEquals("q=ng%E1%BA%ADp&from=" + preset, s.query());
        assertEquals(s, SearchState.parse(s.query()));
        assertEquals(DateRange.of(s.dates().preset()), s.request(1, 20).dates(), "resolved when run, not when saved");
    }

    @Test
    void dateTimesAndOpenEndsRoundTrip() {
        assertRoundTrip("from=2026-11-20T08:00&to=2026-11-20T17:30", "from=2026-11-20T08:00&to=2026-11-20T17:30");
        assertRoundTrip("from=2026-11-20t08:00:30", "from=2026-11-20T08:00:30");
        assertRoundTrip("to=2026-11-30", "to=2026-11-30");
        assertRoundTrip("from=2026-11-01", "from=2026-11-01");
        // a date-time at midnight is the day itself, written the short way
        assertRoundTrip("from=2026-11-20T00:00&to=2026-11-21T00:00", "from=2026-11-20&to=2026-11-20");
        assertRoundTrip("from=2026-12-01&to=2026-12-01", "from=2026-12-01&to=2026-12-01");
        assertRoundTrip("FROM=7D".toLowerCase(), "from=7d");
    }

    @Test
    void textWithUrlSyntaxSurvives() {
        String q = "kẹt xe & \"ngập\" #q1 + 50% 'cầu' a=b?";
        SearchState s = SearchState.parse("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + "&f=" + URLEncoder.encode("hashtag:#kẹtxe", StandardCharsets.UTF_8)
                + "&f=" + URLEncoder.encode("keyword:a&b+c", StandardCharsets.UTF_8)
                + "&f=sentiment:negative&f=sentiment:neutral");
        assertEquals(q, s.q());
        assertEquals(List.of("hashtag:#kẹtxe", "keyword:a&b+c", "sentiment:negative", "sentiment:neutral"),
                s.filters().stream().map(SearchFilter::toString).toList(), "repeated f kept in order");
        String canonical = s.query();
        assertFalse(canonical.contains("#") || canonical.contains("+") || canonical.contains("\"")
                || canonical.contains(" ") || canonical.contains("'"), canonical);
        assertEquals(s, SearchState.parse(canonical));
        assertEquals(canonical, SearchState.parse(canonical).query(), "canonical is a fixed point");
        // a literal + in the query string is a space, as browsers send it
        assertEquals("kẹt xe", SearchState.parse("q=k%E1%BA%B9t+xe").q());
        assertEquals("a+b", SearchState.parse("q=a%2Bb").q());
    }

    @Test
    void rowsStoredBeforePresetsStillRead() {
        SearchState old = SearchState.parse("q=ng%E1%BA%ADp&f=topic%3Aflooding&from=2026-11-01&to=2026-12-31&sort=newest");
        assertEquals(DateRange.parse("2026-11-01", "2026-12-31"), old.dates());
        assertEquals("q=ng%E1%BA%ADp&f=topic%3Aflooding&from=2026-11-01&to=2026-12-31&sort=newest", old.query());
    }

    @Test
    void refusesWhatTheSearchWouldRefuseInPlainWords() {
        assertRefused("f=author_id:123", "posts cannot be filtered on \"author_id\"");
        assertRefused("f=nosuchfacet:x", "posts cannot be filtered on \"nosuchfacet\"");
        assertRefused("f=date:7d", "posts cannot be filtered on \"date\"");
        assertRefused("f=topic", "a filter must look like name:value");
        assertRefused("f=topic:", "the filter on topic has no value");
        assertRefused("sort=score%20desc", "results can be sorted by relevance, newest or engagement only");
        assertRefused("from=2026-13-01", "\"2026-13-01\" is not a date");
        assertRefused("from=yesterday", "\"yesterday\" is not a date");
        assertRefused("to=7d", "\"7d\" is not a date");
        assertRefused("from=7d&to=2026-12-01", "a preset (7d) cannot be combined with an end date");
        assertRefused("from=2026-12-02&to=2026-12-01", "is not after the start");
        assertRefused("q=a&q=b", "the search names \"q\" twice");
        assertRefused("from=1h&from=7d", "the search names \"from\" twice");
        assertRefused("exact=maybe", "\"exact\" is either true or false");
        assertRefused("fq=id:*", "the search has a parameter the search page does not know: \"fq\"");
        assertRefused("q=a&new=1", "does not know: \"new\"");
        assertRefused("q=%E0%A4", "not UTF-8 text");
        assertRefused("q=%zz", "broken %-escape");
        assertRefused("f=topic:a&".repeat(21), "at most 20 filters");
        assertRefused("q=" + "a".repeat(4001), "at most 4000 can be saved");
    }

    private static void assertRoundTrip(String given, String canonical) {
        SearchState s = SearchState.parse(given);
        assertEquals(canonical, s.query(), given);
        assertEquals(s, SearchState.parse(s.query()), given);
    }

    private static void assertRefused(String state, String message) {
        SavedQueryException e = assertThrows(SavedQueryException.class, () -> SearchState.parse(state));
        assertEquals(SavedQueryException.Problem.BAD_STATE, e.problem());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
