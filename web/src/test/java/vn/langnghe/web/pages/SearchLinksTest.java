package vn.langnghe.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.langnghe.search.SearchRequest;

class SearchLinksTest {
    @Test
    void theDashboardsLinksAreTheSearchesURLState() {
        assertEquals("/search", SearchLinks.all(""));
        assertEquals("/app/search?f=platform%3Afacebook", SearchLinks.filtered("/app", "platform", "facebook"));
        assertEquals("/search?f=sentiment%3Anegative", SearchLinks.filtered("", "sentiment", "negative"));
        assertEquals("/search?from=2026-12-01&to=2026-12-01", SearchLinks.day("", LocalDate.of(2026, 12, 1)));
    }

    @Test
    void valuesAreEncoded() {
        assertEquals("/search?f=source%3Afb%3AC%E1%BB%99ng%20%C4%91%E1%BB%93ng%20%26%20x%3D1%23",
                SearchLinks.filtered("", "source", "fb:Cộng đồng & x=1#"));
        assertEquals("/post?id=facebook%3A1%3F%26id%3D2", SearchLinks.post("", "facebook:1?&id=2"));
    }

    @Test
    void theSearchReadsTheLinksBackAsTheDashboardCounted() {
        SearchRequest r = SearchRequest.fromUrl(null, java.util.List.of("sentiment:negative"), "2026-12-01", "2026-12-01",
                null, null, null, null, null);
        assertEquals("sentiment", r.filters().get(0).field().param());
        assertEquals("negative", r.filters().get(0).value());
        assertEquals("from=2026-12-01 to=2026-12-01", r.dates().describe(), "one whole city day");
    }
}
