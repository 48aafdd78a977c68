package vn.langnghe.savedquery;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.langnghe.search.DateRange;
import vn.langnghe.search.SearchFilter;
import vn.langnghe.search.SearchRequest;
import vn.langnghe.search.SearchRequestException;
import vn.langnghe.search.SearchSort;

/**
 * A search as the search page's URL carries it: {@code q}, repeatable {@code f=field:value}, {@code from}
 * (a preset {@code 1h|24h|7d|30d}, a day or a date-time), {@code to} (a day or a date-time), {@code sort},
 * {@code exact}. Parsed with the search package's own types ({@link DateRange#parse}), so a state that the
 * search would refuse is refused when it is saved, not when a colleague opens it. A preset stays a preset:
 * a saved "last 7 days" means the 7 days before whenever it is opened (or, later, run by monitoring).
 * Paging ({@code page}, {@code rows}, {@code cursor}) is not part of a saved search and is dropped; any
 * other parameter is refused. {@link #query()} is the canonical query string that is stored; rows stored
 * before presets existed ({@code from=2026-11-01&to=2026-12-31}) read as they always did.
 */
public record SearchState(String q, List<SearchFilter> filters, DateRange dates, SearchSort sort, boolean exact) {
    static final int MAX_LENGTH = 4000;

    public SearchState {
        q = q == null ? "" : q.strip();
        filters = List.copyOf(filters);
        dates = dates == null ? DateRange.ANY : dates;
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        // the search's own checks (number of filters)
        new SearchRequest(q, filters, dates, sort, 1, SearchRequest.DEFAULT_ROWS, null, exact);
    }

    /** Parses a query string ({@code q=ngập&f=topic:flooding&sort=newest}); a leading {@code ?} is allowed. */
    public static SearchState parse(String queryString) {
        String s = queryString == null ? "" : queryString.strip();
        if (s.startsWith("?")) {
            s = s.substring(1);
        }
        if (s.length() > MAX_LENGTH) {
            throw bad("the search is " + s.length() + " characters long; at most " + MAX_LENGTH + " can be saved");
        }
        String q = null;
        List<SearchFilter> filters = new ArrayList<>();
        String from = null;
        String to = null;
        SearchSort sort = null;
        boolean exact = false;
        try {
            for (String pair : s.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                switch (name) {
                    case "q" -> q = once(q, "q", value);
                    case "f" -> filters.add(SearchFilter.parse(value));
                    case "from" -> from = once(from, "from", value);
                    case "to" -> to = once(to, "to", value);
                    case "sort" -> sort = sort != null ? twice("sort") : SearchSort.parse(value);
                    case "exact" -> exact = flag(value);
                    case "page", "rows", "cursor" -> { } // a saved search opens at its first page
                    default -> throw bad("the search has a parameter the search page does not know: \""
                            + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + "\"");
                }
            }
            return new SearchState(q, filters, DateRange.parse(from, to), sort, exact);
        } catch (SearchRequestException e) {
            throw new SavedQueryException(SavedQueryException.Problem.BAD_STATE, e.getMessage(), e);
        }
    }

    /** The request to run: the first page of {@code rows} results. The scope is the reader's, added by the search. */
    public SearchRequest request(int page, int rows) {
        return new SearchRequest(q, filters, dates, sort, page, rows, null, exact);
    }

    /** The canonical query string, in a fixed order; parsing it gives this state again. */
    public String query() {
        List<String> parts = new ArrayList<>();
        if (!q.isEmpty()) {
            parts.add("q=" + encode(q));
        }
        for (SearchFilter f : filters) {
            parts.add("f=" + encode(f.toString()));
        }
        if (dates.preset() != null) {
            parts.add("from=" + dates.preset().param());
        }
        if (dates.from() != null) {
            parts.add("from=" + moment(dates.from(), false));
        }
        if (dates.to() != null) {
            parts.add("to=" + moment(dates.to(), true));
        }
        if (sort != SearchSort.RELEVANCE) {
            parts.add("sort=" + sort.param());
        }
        if (exact) {
            parts.add("exact=true");
        }
        return String.join("&", parts);
    }

    private static String once(String old, String name, String value) {
        return old != null ? twice(name) : value;
    }

    private static <T> T twice(String name) {
        throw bad("the search names \"" + name + "\" twice");
    }

    /**
     * A moment as the URL writes it: midnight as the day alone, and an end at midnight as the day before
     * (the URL's {@code to} is the last day included); {@link DateRange#parse} reads both back to the same moment.
     */
    private static String moment(LocalDateTime t, boolean end) {
        if (!t.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return t.toString();
        }
        return (end ? t.toLocalDate().minusDays(1) : t.toLocalDate()).toString();
    }

    private static boolean flag(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "false", "0", "off" -> false;
            case "true", "1", "on" -> true;
            default -> throw bad("\"exact\" is either true or false");
        };
    }

    private static String decode(String s) {
        try {
            String d = URLDecoder.decode(s, StandardCharsets.UTF_8);
            // the decoder puts U+FFFD for bytes that are not UTF-8: refuse rather than save a changed search
            if (d.indexOf('\uFFFD') >= 0 && s.indexOf('\uFFFD') < 0 && !s.toUpperCase(Locale.ROOT).contains("%EF%BF%BD")) {
                throw bad("the search's address is not UTF-8 text");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw bad("the search's address has a broken %-escape");
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static SavedQueryException bad(String message) {
        return new SavedQueryException(SavedQueryException.Problem.BAD_STATE, message);
    }
}
