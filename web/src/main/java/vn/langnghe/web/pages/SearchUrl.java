package vn.langnghe.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The search page's whole state as its URL carries it ({@code q}, repeatable {@code f=name:value}, {@code from},
 * {@code to}, {@code sort}, {@code page}, {@code cursor}, {@code exact}), and the URLs of every refinement: each
 * facet click, chip removal, order, page or date is a new URL, so a bookmark reopens the same search and the
 * back button steps through refinements. The values are kept as typed (the search checks them); only the
 * encoding here decides what the URL looks like, so no value can break out of its parameter.
 */
public final class SearchUrl {
    /** Where the page lives (web.xml maps the Faces servlet to it). */
    public static final String PATH = "/search";
    private static final int MAX_VALUE = 2000;

    private final String q;
    private final List<String> filters;
    private final String from;
    private final String to;
    private final String sort;
    private final int page;
    private final String cursor;
    private final boolean exact;

    SearchUrl(String q, List<String> filters, String from, String to, String sort, int page, String cursor, boolean exact) {
        this.q = clean(q);
        List<String> f = new ArrayList<>();
        if (filters != null) {
            filters.stream().map(SearchUrl::clean).filter(Objects::nonNull).filter(v -> !f.contains(v)).forEach(f::add);
        }
        this.filters = List.copyOf(f);
        this.from = clean(from);
        this.to = clean(to);
        this.sort = clean(sort);
        this.page = Math.max(1, page);
        this.cursor = clean(cursor);
        this.exact = exact;
    }

    /** From the request's parameters (as the servlet API gives them: name → values). */
    public static SearchUrl of(Map<String, String[]> params) {
        return new SearchUrl(first(params, "q"), params.get("f") == null ? List.of() : List.of(params.get("f")),
                first(params, "from"), first(params, "to"), first(params, "sort"), page(first(params, "page")),
                first(params, "cursor"), flag(first(params, "exact")));
    }

    public static SearchUrl empty() {
        return new SearchUrl(null, List.of(), null, null, null, 1, null, false);
    }

    public String q() { return q == null ? "" : q; }
    public List<String> filters() { return filters; }
    public String from() { return from; }
    public String to() { return to; }
    public String sort() { return sort; }
    public int page() { return page; }
    public String cursor() { return cursor; }
    public boolean exact() { return exact; }

    /** The raw page parameter as the request gave it, for the search's own check. */
    public String pageParam() {
        return page == 1 ? null : Integer.toString(page);
    }

    // --- refinements: each starts again from the first page, except paging itself ---

    public SearchUrl withQuery(String words) {
        return new SearchUrl(words, filters, from, to, sort, 1, null, exact);
    }

    /** One more value (values of one facet are alternatives); already there: unchanged but on page 1. */
    public SearchUrl withFilter(String filter) {
        List<String> f = new ArrayList<>(filters);
        f.add(filter);
        return new SearchUrl(q, f, from, to, sort, 1, null, exact);
    }

    /**
     * A region one level down replaces the region it lies in (values of one facet are alternatives, so keeping
     * the area would keep all of it); a region elsewhere is added beside the others.
     */
    public SearchUrl withRegion(String path) {
        String value = path;
        List<String> f = new ArrayList<>();
        for (String s : filters) {
            if (!(s.startsWith("region:") && contains(s.substring("region:".length()), value))) {
                f.add(s);
            }
        }
        f.add("region:" + value);
        return new SearchUrl(q, f, from, to, sort, 1, null, exact);
    }

    /** Whether the region path {@code outer} ({@code 1/hcmc/q1}) holds {@code inner} ({@code 2/hcmc/q1/26740}). */
    static boolean contains(String outer, String inner) {
        int o = outer.indexOf('/');
        int i = inner.indexOf('/');
        if (o < 0 || i < 0) {
            return false;
        }
        return inner.substring(i + 1).startsWith(outer.substring(o + 1) + "/");
    }

    public SearchUrl withoutFilter(String filter) {
        List<String> f = new ArrayList<>(filters);
        f.remove(clean(filter));
        return new SearchUrl(q, f, from, to, sort, 1, null, exact);
    }

    /** Without any filter of the facet (e.g. every region). */
    public SearchUrl withoutFacet(String name) {
        List<String> f = filters.stream().filter(s -> !s.startsWith(name + ":")).toList();
        return new SearchUrl(q, f, from, to, sort, 1, null, exact);
    }

    public SearchUrl withoutQuery() {
        return withQuery(null);
    }

    public SearchUrl withDates(String start, String end) {
        return new SearchUrl(q, filters, start, end, sort, 1, null, exact);
    }

    public SearchUrl withoutDates() {
        return withDates(null, null);
    }

    public SearchUrl withSort(String order) {
        return new SearchUrl(q, filters, from, to, order, 1, null, exact);
    }

    public SearchUrl withExact(boolean e) {
        return new SearchUrl(q, filters, from, to, sort, 1, null, e);
    }

    public SearchUrl withPage(int p) {
        return new SearchUrl(q, filters, from, to, sort, p, null, exact);
    }

    /** Cursor paging (deep results): the page position Solr gave for the next page, or {@code *} to begin. */
    public SearchUrl withCursor(String c) {
        return new SearchUrl(q, filters, from, to, sort, 1, c, exact);
    }

    /** The words and the order kept; filters, dates and paging gone. */
    public SearchUrl cleared() {
        return new SearchUrl(q, List.of(), null, null, sort, 1, null, exact);
    }

    /** {@code q=..&f=..&...}: empty values and defaults left out, every value percent-encoded (UTF-8). */
    public String query() {
        StringBuilder s = new StringBuilder();
        add(s, "q", q);
        filters.forEach(f -> add(s, "f", f));
        add(s, "from", from);
        add(s, "to", to);
        add(s, "sort", sort == null || sort.equalsIgnoreCase("relevance") ? null : sort);
        add(s, "page", cursor == null && page > 1 ? Integer.toString(page) : null);
        add(s, "cursor", cursor);
        add(s, "exact", exact ? "1" : null);
        return s.toString();
    }

    /** The page's address with this state, under the application's context path. */
    public String href(String contextPath) {
        String query = query();
        return contextPath + PATH + (query.isEmpty() ? "" : "?" + query);
    }

    private static void add(StringBuilder s, String name, String value) {
        if (value == null) {
            return;
        }
        if (!s.isEmpty()) {
            s.append('&');
        }
        s.append(name).append('=').append(encode(value));
    }

    /**
     * Percent-encoding of a query value; ':' and '/' are legal there unencoded and are left readable
     * ({@code f=region:1/hcmc/q1}); everything else that means something in a URL (&amp;, #, +, =, %, ?, quotes,
     * spaces, non-ASCII) is encoded.
     */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%3A", ":").replace("%2F", "/");
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String v = s.strip();
        if (v.isEmpty()) {
            return null;
        }
        return v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) : v;
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        return v == null || v.length == 0 ? null : v[0];
    }

    private static int page(String s) {
        if (s == null || s.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1; // shown as a problem by the search (the raw value is checked there)
        }
    }

    private static boolean flag(String s) {
        return s != null && (s.equalsIgnoreCase("true") || s.equals("1") || s.equalsIgnoreCase("on"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchUrl u && query().equals(u.query());
    }

    @Override
    public int hashCode() {
        return query().hashCode();
    }

    @Override
    public String toString() {
        return query();
    }
}
