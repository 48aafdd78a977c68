package vn.langnghe.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import vn.langnghe.index.PostField;

/**
 * The one builder of queries that read posts: every path (search, facets, charts, the dashboard, exports,
 * reports, the API, feeds, shared saved queries) starts from here, so every query carries the reader's
 * {@link ScopeFilter} and nothing a client sends can widen it. The reader comes from the signed-in
 * account; the request's words go through {@link UserQuery}, its filters are limited to
 * {@link FilterField} and their values escaped; the only parameters sent are the ones written here.
 */
public final class ScopedQuery {
    /** The fields a result needs (the view and the masking), nothing more. */
    static final String[] RESULT_FIELDS = {PostField.ID, PostField.PLATFORM, PostField.KIND, PostField.TITLE,
            PostField.TEXT, PostField.AUTHOR_NAME, PostField.AUTHOR_ID, PostField.URL, PostField.CREATED_AT,
            PostField.SENTIMENT, PostField.TOPICS, PostField.REGION_AREAS, PostField.REGION_UNITS,
            PostField.LIKES, PostField.SHARES, PostField.COMMENTS, PostField.VIEWS};
    static final String QUERY_FIELDS = "title^2 text title_exact^3 text_exact^2";
    static final String PHRASE_FIELDS = "title^4 text^2";
    static final String ENGAGEMENT = "sum(" + PostField.LIKES + "," + PostField.SHARES + "," + PostField.COMMENTS + ")";

    private ScopedQuery() {
    }

    /**
     * Everything in the reader's scope, no rows: the start of counts, facets and charts (the caller adds
     * its facets; it must not add filters that come from a request without going through {@link #search}).
     */
    public static SolrQuery counting(Reader reader) {
        SolrQuery q = base(reader);
        q.setQuery("*:*");
        q.set("defType", "lucene");
        q.setRows(0);
        return q;
    }

    /** The search a request asks for, within the reader's scope. */
    public static SolrQuery search(Reader reader, SearchRequest request) {
        SolrQuery q = base(reader);
        String words = UserQuery.rewrite(request.q());
        if (words.isEmpty()) {
            q.setQuery("*:*");
            q.set("defType", "lucene");
        } else {
            q.setQuery(words);
            q.set("defType", "edismax");
            q.set("qf", QUERY_FIELDS);
            q.set("pf", PHRASE_FIELDS);
            // the only fields a query may name: no other field, no _query_ or _val_ sub-queries
            q.set("uf", String.join(" ", UserQuery.SEARCHABLE));
            q.set("q.op", "AND");
        }
        for (String fq : filterQueries(request.filters())) {
            q.addFilterQuery(fq);
        }
        dates(request.from(), request.to()).ifPresent(q::addFilterQuery);
        sort(q, request.sort());
        q.setStart((request.page() - 1) * request.rows());
        q.setRows(request.rows());
        q.setFields(RESULT_FIELDS);
        return q;
    }

    /** One post by id, only if it lies in the reader's scope. */
    public static SolrQuery byId(Reader reader, String id) {
        SolrQuery q = base(reader);
        q.setQuery(PostField.ID + ":" + ClientUtils.escapeQueryChars(id));
        q.set("defType", "lucene");
        q.setRows(1);
        q.setFields(RESULT_FIELDS);
        return q;
    }

    private static SolrQuery base(Reader reader) {
        SolrQuery q = new SolrQuery();
        // ${...} in a value would be expanded from other parameters: none of ours needs it
        q.set("expandMacros", false);
        ScopeFilter.of(reader.scope()).ifPresent(q::addFilterQuery);
        return q;
    }

    /**
     * One filter query per field: values of a field are alternatives (OR), fields must all hold (AND).
     * Each is tagged with its field's name (ours, never the client's) so facets can leave it out later.
     */
    static List<String> filterQueries(List<SearchFilter> filters) {
        Map<FilterField, List<String>> byField = new EnumMap<>(FilterField.class);
        for (SearchFilter f : filters) {
            List<String> values = byField.computeIfAbsent(f.field(), k -> new ArrayList<>());
            String escaped = ClientUtils.escapeQueryChars(f.value());
            if (!values.contains(escaped)) {
                values.add(escaped);
            }
        }
        List<String> out = new ArrayList<>();
        byField.forEach((field, values) -> out.add("{!tag=" + field.param() + "}" + field.solrField() + ":("
                + values.stream().collect(Collectors.joining(" OR ")) + ")"));
        return out;
    }

    /** Whole days in Ho Chi Minh City, both included. */
    static Optional<String> dates(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return Optional.empty();
        }
        String start = from == null ? "*" : instant(from);
        String end = to == null ? "*" : instant(to.plusDays(1));
        return Optional.of(PostField.CREATED_AT + ":[" + start + " TO " + end + "}");
    }

    private static String instant(LocalDate day) {
        return DateTimeFormatter.ISO_INSTANT.format(day.atStartOfDay(OverviewService.CITY_ZONE).toInstant());
    }

    private static void sort(SolrQuery q, SearchSort sort) {
        switch (sort) {
            case RELEVANCE -> q.addSort("score", SolrQuery.ORDER.desc);
            case ENGAGEMENT -> q.addSort(ENGAGEMENT, SolrQuery.ORDER.desc);
            case NEWEST -> { }
        }
        q.addSort(PostField.CREATED_AT, SolrQuery.ORDER.desc);
        // a total order (the unique key last), as cursor paging will need
        q.addSort(PostField.ID, SolrQuery.ORDER.asc);
    }
}
