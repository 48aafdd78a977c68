package vn.langnghe.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a reader asks: words ({@code q}, blank for everything), exact filters, a date range in the city's
 * time zone (both days included, either may be open), an order and a page (from 1) of {@code rows}
 * results. The limits are checked when the request is made, so a request that exists can run.
 */
public record SearchRequest(String q, List<SearchFilter> filters, LocalDate from, LocalDate to, SearchSort sort,
                            int page, int rows) {
    public static final int DEFAULT_ROWS = 20;
    public static final int MAX_ROWS = 100;
    /** Results a page may reach at most ({@code page × rows}): deeper paging costs Solr more and more. */
    public static final int MAX_DEPTH = 10_000;
    public static final int MAX_FILTERS = 20;

    public SearchRequest {
        q = q == null ? "" : q.strip();
        filters = filters == null ? List.of() : List.copyOf(filters);
        sort = Objects.requireNonNullElse(sort, SearchSort.RELEVANCE);
        if (filters.size() > MAX_FILTERS) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_FILTER,
                    "at most " + MAX_FILTERS + " filters at once");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_DATES,
                    "the end date " + to + " is before the start date " + from);
        }
        if (rows < 1 || rows > MAX_ROWS) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_PAGE,
                    "a page holds from 1 to " + MAX_ROWS + " results");
        }
        if (page < 1) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_PAGE, "pages are counted from 1");
        }
        if ((long) page * rows > MAX_DEPTH) {
            throw new SearchRequestException(SearchRequestException.Problem.TOO_DEEP,
                    "only the first " + MAX_DEPTH + " results can be paged through: narrow the search or the dates");
        }
    }

    /** Words only: every post in scope that matches, by relevance, first page. */
    public static SearchRequest of(String q) {
        return new SearchRequest(q, List.of(), null, null, SearchSort.RELEVANCE, 1, DEFAULT_ROWS);
    }

    public SearchRequest withFilters(List<SearchFilter> f) {
        return new SearchRequest(q, f, from, to, sort, page, rows);
    }

    public SearchRequest withDates(LocalDate f, LocalDate t) {
        return new SearchRequest(q, filters, f, t, sort, page, rows);
    }

    public SearchRequest withSort(SearchSort s) {
        return new SearchRequest(q, filters, from, to, s, page, rows);
    }

    public SearchRequest withPage(int p, int r) {
        return new SearchRequest(q, filters, from, to, sort, p, r);
    }

    /** The request in one line, as the audit trail keeps it (rows returned are added by the search). */
    String describe() {
        StringBuilder s = new StringBuilder("q=\"").append(q.replace("\"", "\\\"")).append('"');
        if (!filters.isEmpty()) {
            s.append(" f=").append(filters);
        }
        if (from != null) {
            s.append(" from=").append(from);
        }
        if (to != null) {
            s.append(" to=").append(to);
        }
        return s.append(" sort=").append(sort.param()).append(" page=").append(page).toString();
    }
}
