package vn.langnghe.savedquery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.search.SearchFilter;
import vn.langnghe.search.SearchRequest;
import vn.langnghe.search.SearchSort;

/** The search page's URL state as a saved query keeps it: parsed by the search's types, canonical, refusals named. */
class SearchStateTest {
    @Test
    void parsesEveryPartAndWritesItBackCanonically() {
        SearchState s = SearchState.parse("?sort=Newest&f=topic:flooding&q=k%E1%BA%B9t+xe&f=area%3Aq1&exact=on"
                + "&to=2026-12-31&from=2026-12-01&page=4&rows=50");
        assertEquals("kẹt xe", s.q());
        assertEquals(List.of(SearchFilter.parse("topic:flooding"), SearchFilter.parse("area:q1")), s.filters());
        assertEquals(LocalDate.of(2026, 12, 1), s.from());
        assertEquals(LocalDate.of(2026, 12, 31), s.to());
        assertEquals(SearchSort.NEWEST, s.sort());
        assertTrue(s.exact());
        String canonical = "q=k%E1%BA%B9t%20xe&f=topic%3Aflooding&f=area%3Aq1&from=2026-12-01&to=2026-12-31&sort=newest&exact=true";
        assertEquals(canonical, s.query());
        assertEquals(s, SearchState.parse(canonical));
        SearchRequest r = s.request(1, 20);
        assertEquals("kẹt xe", r.q());
        assertEquals(2, r.filters().size());
        assertEquals("", SearchState.parse("").query(), "everything, by relevance");
        assertEquals("", SearchState.parse("exact=false&sort=relevance").query());
    }

    @Test
    void refusesWhatTheSearchWouldRefuseInPlainWords() {
        assertRefused("f=author_id:123", "posts cannot be filtered on \"author_id\"");
        assertRefused("f=topic", "a filter must look like name:value");
        assertRefused("f=topic:", "the filter on topic has no value");
        assertRefused("sort=score%20desc", "results can be sorted by relevance, newest or engagement only");
        assertRefused("from=2026-13-01", "\"from\" must be a day written as 2026-12-07");
        assertRefused("from=2026-12-02&to=2026-12-01", "the end date 2026-12-01 is before the start date 2026-12-02");
        assertRefused("q=a&q=b", "the search names \"q\" twice");
        assertRefused("exact=maybe", "\"exact\" is either true or false");
        assertRefused("fq=id:*", "the search has a parameter the search page does not know: \"fq\"");
        assertRefused("q=%E0%A4", "not UTF-8 text");
        assertRefused("q=%zz", "broken %-escape");
        assertRefused("f=topic:a&".repeat(21), "at most 20 filters");
        assertRefused("q=" + "a".repeat(4001), "at most 4000 can be saved");
    }

    private static void assertRefused(String state, String message) {
        SavedQueryException e = assertThrows(SavedQueryException.class, () -> SearchState.parse(state));
        assertEquals(SavedQueryException.Problem.BAD_STATE, e.problem());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
