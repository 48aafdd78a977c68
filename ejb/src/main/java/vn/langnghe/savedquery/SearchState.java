package vn.langnghe.savedquery;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.langnghe.search.SearchFilter;
import vn.langnghe.search.SearchRequest;
import vn.langnghe.search.SearchRequestException;
import vn.langnghe.search.SearchSort;

/**
 * A search as the search page's URL carries it: {@code q}, repeatable {@code f=field:value}, {@code from},
 * {@code to} (ISO days), {@code sort}, {@code exact}. Parsed with the search package's own types, so a
 * state that the search would refuse is refused when it is saved, not when a colleague opens it. Paging
 * ({@code page}, {@code rows}) is not part of a saved search and is dropped; any other parameter is
 * refused. {@link #query()} is the canonical query string that is stored.
 */
public record SearchState(String q, List<SearchFilter> filters, LocalDate from, LocalDate to, SearchSort sort,
                          boolean exact) {
    static final int MAX_LENGTH = 4000;

    public SearchState {
        q = q == null ? "" : q.strip();
        filters = List.copyOf(filters);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        // the search's own checks (number of filters, dates in order)
        new SearchRequest(q, filters, from, to, sort, 1, SearchRequest.DEFAULT_ROWS);
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
        LocalDate from = null;
        LocalDate to = null;
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
                    case "from" -> from = day(from, "from", value);
                    case "to" -> to = day(to, "to", value);
                    case "sort" -> sort = sort != null ? twice("sort") : SearchSort.parse(value);
                    case "exact" -> exact = flag(value);
                    case "page", "rows" -> { } // a saved search opens at its first page
                    default -> throw bad("the search has a parameter the search page does not know: \""
                            + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + "\"");
                }
            }
            return new SearchState(q, filters, from, to, sort, exact);
        } catch (SearchRequestException e) {
            throw new SavedQueryException(SavedQueryException.Problem.BAD_STATE, e.getMessage(), e);
        }
    }

    /** The request to run: the first page of {@code rows} results. The scope is the reader's, added by the search. */
    public SearchRequest request(int page, int rows) {
        return new SearchRequest(q, filters, from, to, sort, page, rows);
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
        if (from != null) {
            parts.add("from=" + from);
        }
        if (to != null) {
            parts.add("to=" + to);
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

    private static LocalDate day(LocalDate old, String name, String value) {
        if (old != null) {
            return twice(name);
        }
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw bad("\"" + name + "\" must be a day written as 2026-12-07");
        }
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
