package vn.langnghe.search;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import vn.langnghe.index.PostField;

/**
 * The one builder of queries that read posts: every path (search, facets, charts, the dashboard, exports,
 * reports, the API, feeds, shared saved queries) starts from here, so every query carries the reader's
 * {@link ScopeFilter} and nothing a client sends can widen it. The reader comes from the signed-in
 * account; the request's words go through {@link UserQuery}, its filters are limited to
 * {@link Facet} and their values escaped; the only parameters sent are the ones written here.
 *
 * <p>A search also asks for the facet counts ({@link Facet#countedFor}), each ignoring its own filter (Solr's
 * tag/ex) but never the scope, which is not tagged and so cannot be excluded; a highlighted snippet; near
 * duplicates collapsed on {@code dup_group} with the number of the others (expand); and the volume chart.
 * Counts include near-duplicates (they measure volume); the results show one post of each group.
 */
public final class ScopedQuery {
    /** The fields a result needs (the view and the masking), nothing more. */
    static final String[] RESULT_FIELDS = {PostField.ID, PostField.PLATFORM, PostField.KIND, PostField.TITLE,
            PostField.TEXT, PostField.AUTHOR_NAME, PostField.AUTHOR_ID, PostField.URL, PostField.CREATED_AT,
            PostField.SENTIMENT, PostField.TOPICS, PostField.REGION_AREAS, PostField.REGION_UNITS,
            PostField.LIKES, PostField.SHARES, PostField.COMMENTS, PostField.VIEWS, PostField.DUP_GROUP,
            PostField.SENTIMENT_EVIDENCE, PostField.SENTIMENT_CONFIDENCE};
    /** The post page's post: a result's fields and the rest of what the analysis found, and its thread. */
    static final String[] DETAIL_FIELDS = withFields(RESULT_FIELDS, PostField.PARENT_ID, PostField.THREAD_ID,
            PostField.LANGUAGE, PostField.SENTIMENT_SCORE, PostField.KEYWORDS, PostField.HASHTAGS,
            PostField.TOPIC_SENTIMENT);
    /** The words that make posts similar (MoreLikeThis): the stored, folded text. */
    static final String SIMILAR_FIELDS = PostField.TITLE + "," + PostField.TEXT;
    /** The parameter that carries the post id to MoreLikeThis: a value, never parsed as query syntax. */
    static final String SIMILAR_ID = "langnghe.similar.id";
    /** An export's: a result's, with the source and the language. */
    static final String[] EXPORT_FIELDS = {PostField.ID, PostField.PLATFORM, PostField.KIND, PostField.SOURCE,
            PostField.TITLE, PostField.TEXT, PostField.AUTHOR_NAME, PostField.AUTHOR_ID, PostField.URL, PostField.CREATED_AT,
            PostField.SENTIMENT, PostField.TOPICS, PostField.REGION_AREAS, PostField.REGION_UNITS, PostField.LANGUAGE,
            PostField.LIKES, PostField.SHARES, PostField.COMMENTS, PostField.VIEWS};
    static final String QUERY_FIELDS = "title^2 text title_exact^3 text_exact^2";
    static final String PHRASE_FIELDS = "title^4 text^2";
    /** Diacritics significant: only the exact fields. */
    static final String EXACT_QUERY_FIELDS = "title_exact^2 text_exact";
    static final String EXACT_PHRASE_FIELDS = "title_exact^4 text_exact^2";
    /** Around highlighted words in snippets: private-use characters, never HTML (the page escapes, then marks). */
    public static final String MARK_START = "\uE000";
    public static final String MARK_END = "\uE001";
    /** The facet query that counts every matching post, near-duplicates included. */
    static final String POSTS_KEY = "posts";
    static final String COLLAPSE = "{!collapse field=" + PostField.DUP_GROUP + " tag=" + Tags.DUPLICATES + "}";
    /** The chart's bucket, sent along so the response can be read without working it out again. */
    static final String VOLUME_INTERVAL = "langnghe.volume.interval";
    static final String CITY_REGION_PREFIX = "1/" + vn.langnghe.index.RegionPath.CITY + "/";

    /** Tag names of the filters a facet may leave out; facets' own tags are their {@code param()}. */
    static final class Tags {
        static final String DUPLICATES = "dup";

        private Tags() {
        }
    }
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

    /** The search a request asks for, within the reader's scope, now. */
    public static SolrQuery search(Reader reader, SearchRequest request) {
        return search(reader, request, Clock.systemUTC());
    }

    /** The search a request asks for, within the reader's scope; presets count back from the clock's now. */
    public static SolrQuery search(Reader reader, SearchRequest request, Clock clock) {
        DateRange.Resolved dates = request.dates().resolve(clock);
        SolrQuery q = matching(reader, request, dates);
        q.setRows(request.rows());
        q.setFields(RESULT_FIELDS);
        // how many near-duplicates each shown post stands for (the group's other posts, in scope)
        q.set("expand", true);
        q.set("expand.rows", 0);
        highlight(q, request, UserQuery.rewrite(request.q(), request.exact(), reader.personalDataClearance()),
                reader.personalDataClearance());
        facets(q, reader, request.filters(), clock);
        volume(q, dates, clock);
        return q;
    }

    /**
     * The pages of a search for an export: the same words, filters, dates, collapsing and order as
     * {@link #search} (so the file holds what the results list), from the request's cursor, in pages of
     * {@code rows} (an export's may be larger than a person's, {@link SearchRequest#MAX_ROWS}), with the
     * fields a file has; no snippets, facets or charts.
     */
    static SolrQuery export(Reader reader, SearchRequest request, Clock clock, int rows) {
        SolrQuery q = matching(reader, request, request.dates().resolve(clock));
        q.setRows(rows);
        q.setFields(EXPORT_FIELDS);
        return q;
    }

    /**
     * A page of {@code GET /api/v1/posts}: the search's words, filters, dates, collapsing and order, from the
     * query's cursor, {@code rows} of them with the selected fields (and what the mask needs), how many
     * near-duplicates each stands for (expand), the posts with near-duplicates, and only the facets asked
     * for. No snippets or chart.
     */
    public static SolrQuery posts(Reader reader, PostsQuery query, Clock clock) {
        SearchRequest request = query.search();
        SolrQuery q = matching(reader, request, request.dates().resolve(clock));
        q.setRows(query.rows());
        q.setFields(ResultField.solrFields(query.fields()));
        if (query.fields().contains(ResultField.DUPLICATES)) {
            q.set("expand", true);
            q.set("expand.rows", 0);
        }
        facets(q, request.filters(), clock, query.facets());
        return q;
    }

    /**
     * The facet counts of a search ({@code GET /api/v1/stats/facets}): the search's matching, no rows, the
     * posts with near-duplicates and the facets named (each leaving out its own filter, never the scope).
     */
    public static SolrQuery facetCounts(Reader reader, SearchRequest request, List<Facet> which, Clock clock) {
        SolrQuery q = matching(reader, request, request.dates().resolve(clock));
        q.setRows(0);
        facets(q, request.filters(), clock, which);
        return q;
    }

    /** Buckets at most in a timeline: an hourly chart of a year is not a chart. */
    static final int MAX_BUCKETS = 1_500;
    static final String TIMELINE_INTERVAL = "langnghe.timeline.interval";
    static final String TIMELINE_START = "langnghe.timeline.start";
    static final String TIMELINE_END = "langnghe.timeline.end";

    /**
     * Posts over time for a search ({@code GET /api/v1/stats/timeline}), as the search page's chart counts them
     * (near-duplicates included, the city's time zone, the last 30 days when the request has no start, up to
     * now when it has no end), at the interval given or, when null, the chart's own; each bucket split by the
     * split's facet (the region by the level below the region filtered on, as the region facet counts).
     */
    public static SolrQuery timeline(Reader reader, SearchRequest request, TimelineSplit split, VolumeInterval interval,
                                     Clock clock) {
        DateRange.Resolved dates = request.dates().resolve(clock);
        // counts only: no collapsing (near-duplicates are counted) and no order, which at 1,000,000 posts
        // were most of the request's cost
        SolrQuery q = criteria(reader, request, dates);
        q.setRows(0);
        Instant end = dates.end() != null ? dates.end() : clock.instant();
        Instant start = dates.start() != null ? dates.start() : end.minus(DateRange.Preset.LAST_30_DAYS.length());
        VolumeInterval i = interval != null ? interval : VolumeInterval.forRange(start, end);
        Instant aligned = i.align(start);
        long buckets = java.time.Duration.between(aligned, end).toMinutes() / i.nominalMinutes() + 1;
        if (buckets > MAX_BUCKETS) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_CHART, "the range would make "
                    + buckets + " buckets of a " + i.name().toLowerCase(java.util.Locale.ROOT) + ": at most " + MAX_BUCKETS
                    + "; choose a longer interval or a shorter range");
        }
        StringBuilder json = new StringBuilder("{timeline:{type:range,field:").append(PostField.CREATED_AT)
                .append(",start:'").append(iso(aligned)).append("',end:'").append(iso(end)).append("',gap:'")
                .append(i.gap()).append("',hardend:false");
        Facet f = split.facet();
        if (f != null) {
            json.append(",facet:{split:{type:terms,field:").append(f.solrField()).append(",limit:").append(f.limit());
            if (f.fewValues()) {
                json.append(",method:enum");
            }
            if (f.kind() == Facet.Kind.HIERARCHY) {
                // the prefix comes from a filter's value: a JSON string, escaped, never syntax
                json.append(",prefix:").append(jsonString(regionPrefix(request.filters())));
            }
            json.append("}}");
        }
        q.set("TZ", OverviewService.CITY_ZONE.getId());
        q.set("json.facet", json.append("}}").toString());
        q.set(TIMELINE_INTERVAL, i.name());
        q.set(TIMELINE_START, iso(aligned));
        q.set(TIMELINE_END, iso(end));
        return q;
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** What a search and an export share: the scope, the words, filters and dates, collapsing, the order, the position. */
    private static SolrQuery matching(Reader reader, SearchRequest request, DateRange.Resolved dates) {
        SolrQuery q = criteria(reader, request, dates);
        q.addFilterQuery(COLLAPSE);
        sort(q, request.sort());
        if (request.cursor() != null) {
            q.set("cursorMark", request.cursor());
        } else {
            q.setStart((request.page() - 1) * request.rows());
        }
        return q;
    }

    /** The fields of an item that arrived (polling, feeds): a result's, its arrival and its last indexing. */
    static final String[] ARRIVAL_FIELDS = withFields(RESULT_FIELDS, PostField.FIRST_INDEXED_AT, PostField.INDEXED_AT);
    /** A cursor as Solr writes one (base64), or the first. */
    private static final java.util.regex.Pattern CURSOR = java.util.regex.Pattern.compile("\\*|[A-Za-z0-9+/=_-]{1,1000}");

    /**
     * The posts of a search that arrived after a cursor, in the order they first arrived
     * ({@code first_indexed_at}, then id): what a system polling a saved query reads. Solr's cursor on that
     * order is "tailed": a post that arrives later sorts after every post already read, so the next poll
     * from the cursor it got finds exactly the new ones. Not collapsed (every near-duplicate is an item, each
     * with its group); the search's own order and position are ignored. Only posts that arrived at least
     * {@code settleMs} before Solr's now: a post is stamped when Solr receives it but visible only after the
     * next commit (commitWithin), and several writers stamp in parallel, so a post stamped just before a
     * later one may become visible after it; waiting out that lag means a cursor never passes a post that
     * is not visible yet. Solr's clock (NOW) on both sides, so the server's clock does not matter. Posts
     * without {@code first_indexed_at} (indexed before the field existed, until a reindex) are not polled.
     */
    public static SolrQuery arrivals(Reader reader, SearchRequest request, String since, int rows, long settleMs, Clock clock) {
        SolrQuery q = criteria(reader, request, request.dates().resolve(clock));
        // relative to Solr's NOW, not cached: the bound moves with every poll
        q.addFilterQuery("{!cache=false}" + PostField.FIRST_INDEXED_AT + ":[* TO NOW-" + Math.max(0, settleMs) + "MILLIS]");
        q.addSort(PostField.FIRST_INDEXED_AT, SolrQuery.ORDER.asc);
        q.addSort(PostField.ID, SolrQuery.ORDER.asc);
        q.set("cursorMark", checkedCursor(since));
        q.setRows(rows);
        q.setFields(ARRIVAL_FIELDS);
        return q;
    }

    /**
     * A page (from 1) of a search's newest arrivals, newest first (a feed): the same posts as
     * {@link #arrivals}, not collapsed, without the settle time (a feed reader keeps items by id, so a late
     * one is simply shown at its place); posts indexed before {@code first_indexed_at} existed come last.
     */
    public static SolrQuery newestArrivals(Reader reader, SearchRequest request, int page, int rows, Clock clock) {
        SolrQuery q = criteria(reader, request, request.dates().resolve(clock));
        q.addSort(PostField.FIRST_INDEXED_AT, SolrQuery.ORDER.desc);
        q.addSort(PostField.CREATED_AT, SolrQuery.ORDER.desc);
        q.addSort(PostField.ID, SolrQuery.ORDER.desc);
        q.setStart((page - 1) * rows);
        q.setRows(rows);
        q.setFields(ARRIVAL_FIELDS);
        return q;
    }

    private static String checkedCursor(String since) {
        String c = since == null || since.isBlank() ? SearchRequest.FIRST_CURSOR : since.strip();
        if (!CURSOR.matcher(c).matches()) {
            throw new SearchRequestException(SearchRequestException.Problem.BAD_CURSOR,
                    "the cursor is damaged: poll again with the last nextCursor received, or without one to start over");
        }
        return c;
    }

    /** The scope, the words, the filters and the dates of a request: which posts, not their order or position. */
    private static SolrQuery criteria(Reader reader, SearchRequest request, DateRange.Resolved dates) {
        SolrQuery q = base(reader);
        boolean authors = reader.personalDataClearance();
        String words = UserQuery.rewrite(request.q(), request.exact(), authors);
        if (words.isEmpty()) {
            q.setQuery("*:*");
            q.set("defType", "lucene");
        } else {
            q.setQuery(words);
            q.set("defType", "edismax");
            q.set("qf", request.exact() ? EXACT_QUERY_FIELDS : QUERY_FIELDS);
            q.set("pf", request.exact() ? EXACT_PHRASE_FIELDS : PHRASE_FIELDS);
            // the only fields a query may name: no other field, no _query_ or _val_ sub-queries
            q.set("uf", String.join(" ", queryableFields(authors)));
            q.set("q.op", "AND");
        }
        for (SearchFilter f : request.filters()) {
            if (!f.field().allowedFor(reader)) {
                throw new SearchRequestException(SearchRequestException.Problem.NOT_CLEARED, "your unit has no "
                        + "personal-data clearance: authors are shown as pseudonyms, which cannot be filtered on");
            }
        }
        for (String fq : filterQueries(request.filters())) {
            q.addFilterQuery(fq);
        }
        dates(dates).ifPresent(q::addFilterQuery);
        return q;
    }

    /** The fields a query may name ({@code uf}): the text, and the facets' fields (authors only when cleared). */
    static Set<String> queryableFields(boolean authors) {
        Set<String> fields = new LinkedHashSet<>(UserQuery.SEARCHABLE);
        fields.addAll(UserQuery.FACET_FIELDS);
        if (!authors) {
            fields.removeAll(UserQuery.queryFields(Facet.AUTHOR));
        }
        return fields;
    }

    private static void highlight(SolrQuery q, SearchRequest request, String words, boolean authors) {
        q.set("hl", true);
        q.set("hl.method", "unified");
        q.set("hl.fl", PostField.TITLE + "," + PostField.TEXT);
        q.set("hl.snippets", 1);
        q.set("hl.fragsize", 240);
        q.set("hl.defaultSummary", true);
        q.set("hl.tag.pre", MARK_START);
        q.set("hl.tag.post", MARK_END);
        if (request.exact() && !words.isEmpty()) {
            // the exact fields are not stored: mark the stored (folded) text with the same words
            // local params are read only under the lucene parser (Solr 9 ignores them under edismax); ours only
            q.set("hl.qparser", "lucene");
            q.set("hl.q", "{!edismax qf=$hl.words.qf v=$hl.words}");
            q.set("hl.words", UserQuery.rewrite(request.q(), false, authors));
            q.set("hl.words.qf", PostField.TITLE + " " + PostField.TEXT);
        }
    }

    /**
     * Facet counts: each facet leaves out its own filter and the duplicate collapsing, nothing else (the scope
     * filter has no tag). The region facet lists the level below the region filtered on (the areas of the city
     * when none), by prefix on the depth-prefixed paths.
     */
    static void facets(SolrQuery q, Reader reader, List<SearchFilter> filters, Clock clock) {
        facets(q, filters, clock, Facet.countedFor(reader));
    }

    /** The posts with near-duplicates and the counts of the facets given (already checked against the reader). */
    static void facets(SolrQuery q, List<SearchFilter> filters, Clock clock, List<Facet> which) {
        q.setFacet(true);
        q.setFacetMinCount(1);
        // the posts behind the results, near-duplicates included: what the dashboard counts
        q.addFacetQuery("{!ex=" + Tags.DUPLICATES + " key=" + POSTS_KEY + "}*:*");
        for (Facet f : which) {
            String ex = "{!ex=" + f.param() + "," + Tags.DUPLICATES + " key=" + f.param() + "}";
            switch (f.kind()) {
                case TERMS, HIERARCHY -> {
                    q.addFacetField(ex + f.solrField());
                    q.set("f." + f.solrField() + ".facet.limit", f.limit());
                    if (f.fewValues()) {
                        q.set("f." + f.solrField() + ".facet.method", "enum");
                    }
                    if (f.kind() == Facet.Kind.HIERARCHY) {
                        q.set("f." + f.solrField() + ".facet.prefix", regionPrefix(filters));
                    }
                }
                case DATE_RANGE -> {
                    Instant now = clock.instant();
                    for (DateRange.Preset p : DateRange.Preset.values()) {
                        Instant start = DateRange.of(p).resolve(Clock.fixed(now, clock.getZone())).start();
                        q.addFacetQuery("{!ex=" + f.param() + "," + Tags.DUPLICATES + " key=" + f.param() + "."
                                + p.param() + "}" + f.solrField() + ":[" + iso(start) + " TO *]");
                    }
                }
                case NUMERIC_RANGE -> throw new IllegalStateException("no numeric range facet is declared: " + f);
            }
        }
    }

    /** The region level to count: below the last region filtered on, or the city's areas. */
    static String regionPrefix(List<SearchFilter> filters) {
        String prefix = CITY_REGION_PREFIX;
        for (SearchFilter f : filters) {
            if (f.field() == Facet.REGION) {
                String v = f.value();
                int slash = v.indexOf('/');
                if (slash > 0 && v.substring(0, slash).matches("[0-9]")) {
                    int depth = v.charAt(0) - '0';
                    String path = v.substring(slash + 1);
                    // a ward has no level below: its siblings
                    prefix = depth >= 2 ? "2/" + path.substring(0, path.lastIndexOf('/') + 1) : (depth + 1) + "/" + path + "/";
                }
            }
        }
        return prefix;
    }

    /**
     * Volume over time stacked by sentiment (JSON facets, in the city's time zone): within the request's
     * dates, the last 30 days when it has none, up to now when it has no end. Counts include duplicates.
     */
    static void volume(SolrQuery q, DateRange.Resolved dates, Clock clock) {
        Instant now = clock.instant();
        Instant end = dates.end() != null ? dates.end() : now;
        Instant start = dates.start() != null ? dates.start()
                : end.minus(DateRange.Preset.LAST_30_DAYS.length());
        VolumeInterval interval = VolumeInterval.forRange(start, end);
        q.set("TZ", OverviewService.CITY_ZONE.getId());
        q.set("json.facet", "{volume:{type:range,field:" + PostField.CREATED_AT + ",start:'" + iso(interval.align(start))
                + "',end:'" + iso(end) + "',gap:'" + interval.gap() + "',hardend:false,domain:{excludeTags:'"
                + Tags.DUPLICATES + "'},facet:{sentiment:{type:terms,field:" + PostField.SENTIMENT + ",limit:5,method:enum}}}}");
        q.set(VOLUME_INTERVAL, interval.name());
    }

    private static String iso(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t);
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

    /** One post with everything the post page shows of it, only if it lies in the reader's scope. */
    public static SolrQuery detail(Reader reader, String id) {
        SolrQuery q = byId(reader, id);
        q.setFields(DETAIL_FIELDS);
        return q;
    }

    /**
     * A conversation in the reader's scope: its root post and every post whose thread is that root, oldest
     * first, without the post being shown. A comment outside the scope is not in it.
     */
    public static SolrQuery thread(Reader reader, String rootId, String shownId, int rows) {
        SolrQuery q = base(reader);
        String root = ClientUtils.escapeQueryChars(rootId);
        q.setQuery(PostField.THREAD_ID + ":" + root + " OR " + PostField.ID + ":" + root);
        q.set("defType", "lucene");
        q.addFilterQuery("-" + PostField.ID + ":" + ClientUtils.escapeQueryChars(shownId));
        oldestFirst(q);
        q.setRows(rows);
        q.setFields(withFields(RESULT_FIELDS, PostField.PARENT_ID));
        return q;
    }

    /** The other members of a near-duplicate group in the reader's scope, oldest (the original) first. */
    public static SolrQuery duplicates(Reader reader, String group, String shownId, int rows) {
        SolrQuery q = base(reader);
        q.setQuery(PostField.DUP_GROUP + ":" + ClientUtils.escapeQueryChars(group));
        q.set("defType", "lucene");
        q.addFilterQuery("-" + PostField.ID + ":" + ClientUtils.escapeQueryChars(shownId));
        oldestFirst(q);
        q.setRows(rows);
        q.setFields(RESULT_FIELDS);
        return q;
    }

    /**
     * Posts in the reader's scope whose words are like this post's (Solr's MoreLikeThis on the stored text),
     * one of each near-duplicate group and none of the post's own group (those are its duplicates). The
     * query is ours; the id goes in as a parameter value, so it cannot add syntax.
     */
    public static SolrQuery similar(Reader reader, String id, String group, int rows) {
        SolrQuery q = base(reader);
        q.setQuery("{!mlt qf=" + SIMILAR_FIELDS + " mintf=1 mindf=2 maxqt=25 minwl=3 v=$" + SIMILAR_ID + "}");
        q.set("defType", "lucene");
        q.set(SIMILAR_ID, id);
        if (group != null) {
            q.addFilterQuery("-" + PostField.DUP_GROUP + ":" + ClientUtils.escapeQueryChars(group));
        }
        q.addFilterQuery("-" + PostField.ID + ":" + ClientUtils.escapeQueryChars(id));
        q.addFilterQuery(COLLAPSE);
        q.setRows(rows);
        q.setFields(RESULT_FIELDS);
        return q;
    }

    private static void oldestFirst(SolrQuery q) {
        q.addSort(PostField.CREATED_AT, SolrQuery.ORDER.asc);
        q.addSort(PostField.ID, SolrQuery.ORDER.asc);
    }

    private static String[] withFields(String[] fields, String... more) {
        String[] out = java.util.Arrays.copyOf(fields, fields.length + more.length);
        System.arraycopy(more, 0, out, fields.length, more.length);
        return out;
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
        Map<Facet, List<String>> byField = new EnumMap<>(Facet.class);
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
        return dates(DateRange.days(from, to).resolve(Clock.systemUTC()));
    }

    /** The range as a filter, tagged so the date facet can count the presets beside it. */
    static Optional<String> dates(DateRange.Resolved range) {
        if (range.open()) {
            return Optional.empty();
        }
        String start = range.start() == null ? "*" : iso(range.start());
        String end = range.end() == null ? "*" : iso(range.end());
        return Optional.of("{!tag=" + Facet.DATE.param() + "}" + PostField.CREATED_AT + ":[" + start + " TO " + end + "}");
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
