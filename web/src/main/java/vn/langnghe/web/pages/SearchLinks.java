package vn.langnghe.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Links into the search page (its URL state: repeatable {@code f=field:value}, {@code from}/{@code to} as
 * days in Ho Chi Minh City, both included), each value encoded. A day's search covers the city day the
 * dashboard counts, so both show the same number.
 */
final class SearchLinks {
    static final String SEARCH = "/search";

    private SearchLinks() {
    }

    /** Everything in the reader's scope. */
    static String all(String contextPath) {
        return contextPath + SEARCH;
    }

    /** The posts with one facet value, e.g. {@code f=platform:facebook}. */
    static String filtered(String contextPath, String facet, String value) {
        return contextPath + SEARCH + "?f=" + encode(facet + ":" + value);
    }

    /** The posts of one city day. */
    static String day(String contextPath, LocalDate day) {
        String d = encode(day.toString());
        return contextPath + SEARCH + "?from=" + d + "&to=" + d;
    }

    /** A post's page. */
    static String post(String contextPath, String id) {
        return contextPath + "/post?id=" + encode(id);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
