package vn.langnghe.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchUrlTest {
    private static SearchUrl parse(String query) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            multi.computeIfAbsent(name, k -> new ArrayList<>())
                    .add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        Map<String, String[]> params = new LinkedHashMap<>();
        multi.forEach((k, v) -> params.put(k, v.toArray(String[]::new)));
        return SearchUrl.of(params);
    }

    @Test
    void theUrlOfTheIssueReadsAndWritesBackTheSame() {
        String q = "q=k%E1%BA%B9t+xe&f=sentiment:negative&f=region:1/hcmc/q1&from=2026-11-01&to=2026-11-30&sort=newest&page=2";
        SearchUrl url = parse(q);
        assertEquals("kẹt xe", url.q());
        assertEquals(List.of("sentiment:negative", "region:1/hcmc/q1"), url.filters());
        assertEquals(2, url.page());
        assertEquals(q, url.query());
        assertEquals("/ln/search?" + q, url.href("/ln"));
    }

    @Test
    void addingAndRemovingAFilterStartsAgainOnThePageOne() {
        SearchUrl url = parse("q=ngập&f=topic:flooding&page=3");
        assertEquals("q=ng%E1%BA%ADp&f=topic:flooding&f=platform:facebook", url.withFilter("platform:facebook").query());
        assertEquals("q=ng%E1%BA%ADp", url.withoutFilter("topic:flooding").query());
        assertEquals("q=ng%E1%BA%ADp&f=topic:flooding", url.withFilter("topic:flooding").query(), "no duplicate value");
        assertEquals("f=topic:flooding", url.withoutQuery().query());
        assertEquals("q=ng%E1%BA%ADp", url.cleared().query());
    }

    @Test
    void aWardReplacesTheAreaItLiesInButNotOtherAreas() {
        SearchUrl url = parse("f=region:1/hcmc/q1&f=region:1/hcmc/q3&f=topic:health");
        assertEquals("f=region:1/hcmc/q3&f=topic:health&f=region:2/hcmc/q1/26740",
                url.withRegion("2/hcmc/q1/26740").query());
        assertTrue(SearchUrl.contains("1/hcmc/q1", "2/hcmc/q1/26740"));
        assertFalse(SearchUrl.contains("1/hcmc/q1", "2/hcmc/q12/26740"), "q12 is not inside q1");
        assertEquals("f=topic:health", url.withoutFacet("region").query());
    }

    @Test
    void datesSortExactAndPagingAreWrittenOnlyWhenNotTheDefault() {
        SearchUrl url = SearchUrl.empty();
        assertEquals("", url.query());
        assertEquals("/search", url.href(""));
        assertEquals("from=24h", url.withDates("24h", null).query());
        assertEquals("", url.withSort("relevance").query());
        assertEquals("sort=engagement", url.withSort("engagement").query());
        assertEquals("exact=1", url.withExact(true).query());
        assertEquals("", url.withPage(1).query());
        assertEquals("page=4", url.withPage(4).query());
        assertEquals("cursor=*", url.withCursor("*").query());
        assertEquals("cursor=AoE%2Babc%3D", url.withPage(4).withCursor("AoE+abc=").query(), "the cursor replaces the page");
        assertEquals("", parse("page=abc").query(), "a bad page is not carried on to the links");
    }

    @Test
    void specialCharactersAreEncodedAndComeBackIntact() {
        for (String hostile : List.of("a&b=c", "#top", "1+1", "\"kẹt xe\"~5", "x%26y", "<script>alert(1)</script>",
                "line\nbreak", "javascript:alert(1)", "?q=other", "ngập & lụt # 100% + \"Sài Gòn\" 'quote'")) {
            SearchUrl url = SearchUrl.empty().withQuery(hostile).withFilter("author:" + hostile);
            String query = url.query();
            assertFalse(query.contains("#") || query.contains("\"") || query.contains("<") || query.contains(" ")
                    || query.contains("\n") || query.contains("'"), query);
            assertEquals(4, query.split("[&=]").length, "exactly two parameters: " + query);
            SearchUrl back = parse(query);
            assertEquals(hostile.strip(), back.q());
            assertEquals(List.of(("author:" + hostile).strip()), back.filters());
            URI.create("http://h" + url.href("/ln")); // a valid URI
        }
    }

    @Test
    void blankAndOverlongValuesDoNotReachTheUrl() {
        SearchUrl url = parse("q=+&f=&f=topic:health&from=");
        assertEquals("f=topic:health", url.query());
        String huge = "x".repeat(5000);
        assertEquals(2000, SearchUrl.empty().withQuery(huge).q().length());
    }

    @Test
    void theLanguageSwitchReturnsOnlyToAQueryStringAsABrowserSendsIt() {
        assertEquals("q=k%E1%BA%B9t+xe&f=topic:flooding", LanguageSwitch.returnQuery("q=k%E1%BA%B9t+xe&f=topic:flooding"));
        assertEquals(null, LanguageSwitch.returnQuery("q=a\r\nLocation: http://evil"));
        assertEquals(null, LanguageSwitch.returnQuery("q=a#frag"));
        assertEquals(null, LanguageSwitch.returnQuery(""));
        assertEquals(null, LanguageSwitch.returnQuery(null));
    }
}
