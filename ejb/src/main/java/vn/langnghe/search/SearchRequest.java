package vn.langnghe.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a reader asks: words ({@code q}, blank for everything), filters ({@code f=name:value}: values of one
 * facet are alternatives, facets must all hold), dates ({@link DateRange}), an order, and either a page (from
 * 1) of {@code rows} results or a {@code cursor} (deep paging: pass the previous page's next cursor, {@code *}
 * to begin); {@code exact} keeps diacritics significant. The limits are checked when the request is made, so a
 * request that exists can run. {@link #fromUrl} takes the URL state as a page or the API carries it.
 */
public record SearchRequest(String q, List<SearchFilter> filters, DateRange dates, SearchSort sort,
                            int page, int rows, String cursor, boolean exact) {
    public static final int DEFAULT_ROWS = 20;
    public static final int MAX_ROWS = 100;
    /** Results a page number may reach at most ({@code page × rows}); the cursor has no such limit. */
    public static final int MAX_DEPTH = 10_000;
    public static final int MAX_FILTERS = 20;
    /** Where cursor paging begins. */
    public static final String FIRST_CURSOR = "*";
    private static final Pattern CURSOR = Pattern.compile("\\*|[A-Za-z0-9+/=_-]{1,1000}");

    public SearchRequest {
        q = q == null ? "" : q.strip();
        if (q.equals("*") || q.equals("*:*")) {
            q = ""; // what people type for "everything": the blank search, not a leading wildcard
        }
        filters = filters == null ? List.of() : List.copyOf(filters);
        dates = Objects.requireNonNullElse(dates, DateRange.ANY);
        sort = Objects.requireNonNullElse(sort, SearchSort.RELEVANCE);
        cursor = cursor == null || cursor.isBlank() ? null : cursor.strip();
        if (filters.size() > MAX_FILTERS) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_FILTER,
                    "at most " + MAX_FILTERS + " filters at once");
        }
        if (rows < 1 || rows > MAX_ROWS) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_PAGE,
                    "a page holds from 1 to " + MAX_ROWS + " results");
        }
        if (cursor != null && !CURSOR.matcher(cursor).matches()) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_CURSOR,
                    "the page position (cursor) is damaged: start the search again");
        }
        if (cursor != null) {
            page = 1;
        }
        if (page < 1) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_PAGE, "pages are counted from 1");
        }
        if ((long) page * rows > MAX_DEPTH) {
            throw new SearchRequestException(SearchRequestException.Problem.TOO_DEEP,
                    "only the first " + MAX_DEPTH + " results can be reached by page number: go on with \"next\"");
        }
    }

    /** The request as it was before facets: days, page numbers, diacritics ignored. */
    public SearchRequest(String q, List<SearchFilter> filters, LocalDate from, LocalDate to, SearchSort sort,
                         int page, int rows) {
        this(q, filters, checkedDays(from, to), sort, page, rows, null, false);
    }

    /**
     * From the URL state: {@code q}, repeatable {@code f=field:value}, {@code from}, {@code to}, {@code sort},
     * {@code page} (blank: 1) or {@code cursor}, {@code exact} ("true"/"1"/"on"); {@code rows} blank for the
     * default. Anything wrong throws {@link SearchRequestException} in plain words.
     */
    public static SearchRequest fromUrl(String q, List<String> f, String from, String to, String sort, String page,
                                        String cursor, String exact, String rows) {
        List<SearchFilter> filters = new ArrayList<>();
        if (f != null) {
            for (String s : f) {
                if (s != null && !s.isBlank()) {
                    filters.add(SearchFilter.parse(s));
                }
            }
        }
        return new SearchRequest(q, filters, DateRange.parse(from, to), SearchSort.parse(sort),
                number(page, 1, "page"), number(rows, DEFAULT_ROWS, "rows"), cursor, flag(exact));
    }

    private static DateRange checkedDays(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_DATES,
                    "the end date " + to + " is before the start date " + from);
        }
        return DateRange.days(from, to);
    }

    private static int number(String s, int blank, String name) {
        if (s == null || s.isBlank()) {
            return blank;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_PAGE, name + " must be a whole number");
        }
    }

    private static boolean flag(String s) {
        return s != null && (s.equalsIgnoreCase("true") || s.equals("1") || s.equalsIgnoreCase("on"));
    }

    /** Words only: every post in scope that matches, by relevance, first page. */
    public static SearchRequest of(String q) {
        return new SearchRequest(q, List.of(), DateRange.ANY, SearchSort.RELEVANCE, 1, DEFAULT_ROWS, null, false);
    }

    public SearchRequest withFilters(List<SearchFilter> f) {
        return new SearchRequest(q, f, dates, sort, page, rows, cursor, exact);
    }

    public SearchRequest withDates(LocalDate f, LocalDate t) {
        return withDates(checkedDays(f, t));
    }

    public SearchRequest withDates(DateRange d) {
        return new SearchRequest(q, filters, d, sort, page, rows, cursor, exact);
    }

    public SearchRequest withSort(SearchSort s) {
        return new SearchRequest(q, filters, dates, s, page, rows, cursor, exact);
    }

    public SearchRequest withPage(int p, int r) {
        return new SearchRequest(q, filters, dates, sort, p, r, null, exact);
    }

    /** Cursor paging from the given token ({@link #FIRST_CURSOR} to begin). */
    public SearchRequest withCursor(String c, int r) {
        return new SearchRequest(q, filters, dates, sort, 1, r, c == null ? FIRST_CURSOR : c, exact);
    }

    public SearchRequest withExact(boolean e) {
        return new SearchRequest(q, filters, dates, sort, page, rows, cursor, e);
    }

    /** The request in one line, as the audit trail keeps it (rows returned are added by the search). */
    String describe() {
        String s = describeMatching();
        return cursor != null ? s + " cursor=" + (cursor.length() > 40 ? "…" : cursor) : s + " page=" + page;
    }

    /** What the request matches and in which order, without the position (an export's audit detail). */
    String describeMatching() {
        StringBuilder s = new StringBuilder("q=\"").append(q.replace("\"", "\\\"")).append('"');
        if (!filters.isEmpty()) {
            s.append(" f=").append(filters);
        }
        String d = dates.describe();
        if (!d.isEmpty()) {
            s.append(' ').append(d);
        }
        if (exact) {
            s.append(" exact=true");
        }
        return s.append(" sort=").append(sort.param()).toString();
    }
}
