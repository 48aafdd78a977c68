package vn.langnghe.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import vn.langnghe.search.SearchRequestException;

/** The search API's strict query-string decoding, and every search refusal mapped to a problem type. */
class SearchQueryParametersTest {
    @Test
    void percentEscapesMustMakeUtf8() {
        assertEquals("kẹt xe", QueryParameters.decode("k%E1%BA%B9t+xe"));
        assertEquals("kẹt xe", QueryParameters.decode("kẹt%20xe"));
        assertEquals("topic:flooding", QueryParameters.decode("topic%3Aflooding"));
        for (String bad : new String[] {"%FF", "%C3%28", "%E0%80", "%ED%A0%80", "%zz", "%", "%4", "a%G1"}) {
            assertThrows(IllegalArgumentException.class, () -> QueryParameters.decode(bad), bad);
        }
    }

    @Test
    void everySearchProblemHasAType() {
        for (SearchRequestException.Problem p : SearchRequestException.Problem.values()) {
            ProblemType t = SearchErrors.type(p);
            assertEquals(t.status() >= 400 && t.status() < 500, true, p + " → " + t);
        }
        assertEquals(ProblemType.BAD_QUERY, SearchErrors.type(SearchRequestException.Problem.LOCAL_PARAMS));
        assertEquals(ProblemType.UNKNOWN_FIELD, SearchErrors.type(SearchRequestException.Problem.UNKNOWN_FIELD));
        assertEquals(ProblemType.UNKNOWN_FACET, SearchErrors.type(SearchRequestException.Problem.UNKNOWN_FACET));
        assertEquals(ProblemType.BAD_CURSOR, SearchErrors.type(SearchRequestException.Problem.BAD_CURSOR));
        assertEquals(ProblemType.SCOPE_VIOLATION, SearchErrors.type(SearchRequestException.Problem.NOT_CLEARED));
        assertEquals(ProblemType.URI_TOO_LONG, SearchErrors.type(SearchRequestException.Problem.QUERY_TOO_LONG));
        for (SearchRequestException.Problem p : EnumSet.of(SearchRequestException.Problem.BAD_PAGE,
                SearchRequestException.Problem.BAD_FILTER, SearchRequestException.Problem.BAD_CHART)) {
            assertEquals(ProblemType.BAD_REQUEST, SearchErrors.type(p));
        }
    }
}
