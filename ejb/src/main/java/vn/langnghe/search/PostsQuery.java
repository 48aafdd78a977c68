package vn.langnghe.search;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an API caller asks of {@code GET /api/v1/posts}: the search's words, filters, dates, order and
 * diacritics ({@link SearchRequest}, the same syntax and limits as the search page), a cursor (cursor paging
 * only: a consuming system walks every result, page numbers would stop at {@link SearchRequest#MAX_DEPTH}),
 * up to {@value #MAX_ROWS} rows (a system's page may be larger than a person's), the fields to return and
 * the facets to count (none unless asked: counting costs).
 */
public record PostsQuery(SearchRequest search, int rows, Set<ResultField> fields, List<Facet> facets) {
    public static final int MAX_ROWS = 500;

    public PostsQuery {
        Objects.requireNonNull(search, "search");
        if (search.cursor() == null) {
            search = search.withCursor(SearchRequest.FIRST_CURSOR, SearchRequest.DEFAULT_ROWS);
        }
        if (rows < 1 || rows > MAX_ROWS) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_PAGE,
                    "rows must be from 1 to " + MAX_ROWS);
        }
        fields = Set.copyOf(fields);
        facets = List.copyOf(facets);
    }

    /**
     * From the URL: the search's parameters as {@link SearchRequest#fromUrl} takes them (no page numbers),
     * {@code cursor} ({@code *} or blank to begin), {@code rows} (blank: {@value SearchRequest#DEFAULT_ROWS}),
     * {@code fields} and {@code facet} (comma lists, repeatable). The facets are checked against the reader
     * (authors only with personal-data clearance).
     */
    public static PostsQuery fromUrl(Reader reader, String q, List<String> f, String from, String to, String sort,
                                     String exact, String cursor, String rows, List<String> fields, List<String> facets) {
        SearchRequest s = SearchRequest.fromUrl(q, f, from, to, sort, null,
                cursor == null || cursor.isBlank() ? SearchRequest.FIRST_CURSOR : cursor, exact, null);
        return new PostsQuery(s, rows(rows), ResultField.parse(fields), Facet.selection(facets, reader));
    }

    private static int rows(String s) {
        if (s == null || s.isBlank()) {
            return SearchRequest.DEFAULT_ROWS;
        }
        String t = s.strip();
        if (!t.matches("[0-9]{1,9}")) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_PAGE,
                    "rows must be a whole number from 1 to " + MAX_ROWS);
        }
        return Integer.parseInt(t);
    }

    /** As the audit trail keeps it (the search's own line has the cursor). */
    String describe() {
        return search.describe() + " size=" + rows + " fields=" + ResultField.describe(fields)
                + (facets.isEmpty() ? "" : " facets=" + String.join(",", facets.stream().map(Facet::param).toList()));
    }
}
