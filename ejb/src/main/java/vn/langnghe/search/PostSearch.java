package vn.langnghe.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import vn.langnghe.audit.AuditEvent;
import vn.langnghe.audit.AuditLog;
import vn.langnghe.audit.Outcome;
import vn.langnghe.index.IndexingException;
import vn.langnghe.index.PostField;
import vn.langnghe.index.SolrConnection;

/**
 * Reads posts for people: a page of search results, or one post. Every query is built by
 * {@link ScopedQuery}, every answer is masked for units without personal-data clearance, and every call
 * is audited ({@code search} with the request and the rows returned, {@code post.view} with the post).
 * Those three happen here so that no page, API resource or export can forget one.
 */
@ApplicationScoped
public class PostSearch {
    static final int MAX_DETAIL = 2000;
    /** Posts per Solr request of an export: larger than a person's page, small enough to stop soon when cancelled. */
    static final int EXPORT_PAGE = 500;
    /** Posts of a conversation shown on the post page at most (the rest are counted). */
    static final int THREAD_ROWS = 100;
    /** Near-duplicates and similar posts shown at most. */
    static final int RELATED_ROWS = 10;

    @Inject
    SolrConnection solr;

    @Inject
    AuditLog audit;

    @Inject
    PseudonymKey pseudonyms;

    private PersonalDataMask mask;
    private Clock clock = Clock.systemUTC();

    protected PostSearch() {
    }

    /** Outside a server (tools, tests): the same search on a given connection, audit log and mask. */
    public PostSearch(SolrConnection solr, AuditLog audit, PersonalDataMask mask) {
        this.solr = solr;
        this.audit = audit;
        this.mask = mask;
    }

    /**
     * A page of the posts in the reader's scope that match, with facet counts and chart data; bad requests
     * throw {@link SearchRequestException}. A page or the API builds the request with
     * {@link SearchRequest#fromUrl} from its URL state.
     */
    public SearchPage search(Reader reader, SearchRequest request) throws IndexingException {
        AuditEvent event = AuditEvent.of(reader.username(), "search").unit(reader.unitCode());
        String asked = request.describe();
        try {
            SolrQuery q = ScopedQuery.search(reader, request, clock);
            QueryResponse rsp = query(q);
            SolrDocumentList docs = rsp.getResults();
            Map<String, Map<String, List<String>>> highlights = rsp.getHighlighting() == null ? Map.of() : rsp.getHighlighting();
            Map<String, SolrDocumentList> similar = rsp.getExpandedResults() == null ? Map.of() : rsp.getExpandedResults();
            List<Hit> hits = new ArrayList<>(docs.size());
            for (SolrDocument d : docs) {
                PostView raw = view(d);
                SolrDocumentList others = similar.get(str(d, PostField.DUP_GROUP));
                hits.add(new Hit(forReader(reader, raw), snippet(reader, raw, highlights.get(raw.id())),
                        others == null ? 0 : others.getNumFound()));
            }
            audit.record(event.detail(cut(asked + " rows=" + hits.size() + " total=" + docs.getNumFound())));
            return new SearchPage(docs.getNumFound(), request.page(), request.rows(), hits, request.cursor(),
                    rsp.getNextCursorMark(), SearchResponses.facets(rsp, reader, request.filters()),
                    VolumeInterval.valueOf(q.get(ScopedQuery.VOLUME_INTERVAL)), SearchResponses.volume(rsp),
                    SearchResponses.posts(rsp, docs.getNumFound()));
        } catch (SearchRequestException | IndexingException e) {
            audit.record(event.outcome(Outcome.FAILED).detail(cut(asked + " rows=0 error=" + e.getMessage())));
            throw e;
        }
    }

    /**
     * A page of {@code GET /api/v1/posts}: the posts in the reader's scope that match, from the query's cursor,
     * masked like the search page's results, each with its near-duplicate group and how many others of it
     * are in scope, and the facets asked for. One {@code search} audit event with the query and the rows
     * returned, like a page's search.
     */
    public PostsPage posts(Reader reader, PostsQuery query) throws IndexingException {
        AuditEvent event = AuditEvent.of(reader.username(), "search").unit(reader.unitCode());
        String asked = "api " + query.describe();
        try {
            QueryResponse rsp = query(ScopedQuery.posts(reader, query, clock));
            SolrDocumentList docs = rsp.getResults();
            Map<String, SolrDocumentList> similar = rsp.getExpandedResults() == null ? Map.of() : rsp.getExpandedResults();
            List<PostsPage.Item> items = new ArrayList<>(docs.size());
            for (SolrDocument d : docs) {
                String group = str(d, PostField.DUP_GROUP);
                SolrDocumentList others = group == null ? null : similar.get(group);
                items.add(new PostsPage.Item(forReader(reader, view(d)), group, others == null ? 0 : others.getNumFound()));
            }
            audit.record(event.detail(cut(asked + " rows=" + items.size() + " total=" + docs.getNumFound())));
            SearchRequest s = query.search();
            return new PostsPage(docs.getNumFound(), SearchResponses.posts(rsp, docs.getNumFound()), query.rows(),
                    s.cursor(), rsp.getNextCursorMark(), items, SearchResponses.facets(rsp, query.facets(), s.filters()));
        } catch (SearchRequestException | IndexingException e) {
            audit.record(event.outcome(Outcome.FAILED).detail(cut(asked + " rows=0 error=" + e.getMessage())));
            throw e;
        }
    }

    /**
     * The facet counts of a search in the reader's scope (near-duplicates included), of the facets given
     * (checked with {@link Facet#selection}; {@link Facet#countedFor} for all the reader may see). One
     * {@code search} audit event.
     */
    public FacetSummary facets(Reader reader, SearchRequest request, List<Facet> which) throws IndexingException {
        AuditEvent event = AuditEvent.of(reader.username(), "search").unit(reader.unitCode());
        String asked = "api facets=" + String.join(",", which.stream().map(Facet::param).toList()) + " "
                + request.describeMatching();
        try {
            for (Facet f : which) {
                if (!f.allowedFor(reader)) {
                    throw new SearchRequestException(SearchRequestException.Problem.NOT_CLEARED,
                            "your unit has no personal-data clearance: authors are not counted");
                }
            }
            QueryResponse rsp = query(ScopedQuery.facetCounts(reader, request, which, clock));
            long total = rsp.getResults().getNumFound();
            List<FacetCounts> counts = SearchResponses.facets(rsp, which, request.filters());
            int values = counts.stream().mapToInt(c -> c.values().size()).sum();
            audit.record(event.detail(cut(asked + " rows=" + values + " total=" + total)));
            return new FacetSummary(total, SearchResponses.posts(rsp, total), counts);
        } catch (SearchRequestException | IndexingException e) {
            audit.record(event.outcome(Outcome.FAILED).detail(cut(asked + " rows=0 error=" + e.getMessage())));
            throw e;
        }
    }

    /**
     * Posts over time for a search in the reader's scope ({@link ScopedQuery#timeline}): near-duplicates
     * included, in the city's time, split as asked; {@code interval} null for the chart's own. One
     * {@code search} audit event.
     */
    public Timeline timeline(Reader reader, SearchRequest request, TimelineSplit split, VolumeInterval interval)
            throws IndexingException {
        AuditEvent event = AuditEvent.of(reader.username(), "search").unit(reader.unitCode());
        String asked = "api timeline split=" + split.param() + " interval="
                + (interval == null ? "auto" : interval.name().toLowerCase(java.util.Locale.ROOT)) + " " + request.describeMatching();
        try {
            SolrQuery q = ScopedQuery.timeline(reader, request, split, interval, clock);
            QueryResponse rsp = query(q);
            List<Timeline.Bucket> buckets = SearchResponses.timeline(rsp);
            long total = buckets.stream().mapToLong(Timeline.Bucket::total).sum();
            audit.record(event.detail(cut(asked + " rows=" + buckets.size() + " total=" + total)));
            return new Timeline(VolumeInterval.valueOf(q.get(ScopedQuery.TIMELINE_INTERVAL)), split,
                    java.time.Instant.parse(q.get(ScopedQuery.TIMELINE_START)),
                    java.time.Instant.parse(q.get(ScopedQuery.TIMELINE_END)), total, buckets);
        } catch (SearchRequestException | IndexingException e) {
            audit.record(event.outcome(Outcome.FAILED).detail(cut(asked + " rows=0 error=" + e.getMessage())));
            throw e;
        }
    }

    /**
     * Every post of a search, at most {@code cap}, in the search's order, handed to {@code sink} page by
     * page (cursor paging, {@link #EXPORT_PAGE} posts a page), masked as the results are. The whole export
     * is ONE audit event {@code export} (not a {@code search} per page) whose detail begins {@code rows=N}
     * (what the audit page's usage and export flag count), then {@code format=}, the total matching, and the
     * search; {@code failed} with the rows written so far when it broke off or was cancelled (the caller
     * deletes the file). The search's own page, rows and cursor are ignored: an export starts at the first
     * post. The event carries {@code clientAddress} because an export runs outside the request that asked.
     */
    public ExportResult export(Reader reader, SearchRequest request, String format, long cap, String clientAddress,
                               ExportSink sink) throws IndexingException, IOException {
        SearchRequest all = request.withCursor(SearchRequest.FIRST_CURSOR, SearchRequest.MAX_ROWS);
        AuditEvent event = AuditEvent.of(reader.username(), "export").unit(reader.unitCode()).clientAddress(clientAddress);
        String asked = " format=" + format + " " + request.describeMatching();
        long rows = 0;
        long total = -1;
        try {
            String cursor = SearchRequest.FIRST_CURSOR;
            while (rows < cap) {
                int pageRows = (int) Math.min(EXPORT_PAGE, cap - rows);
                QueryResponse rsp = query(ScopedQuery.export(reader, all.withCursor(cursor, SearchRequest.MAX_ROWS), clock, pageRows));
                SolrDocumentList docs = rsp.getResults();
                if (total < 0) {
                    total = docs.getNumFound();
                    sink.begin(total, Math.min(total, cap));
                }
                List<ExportedPost> page = new ArrayList<>(docs.size());
                for (SolrDocument d : docs) {
                    page.add(new ExportedPost(forReader(reader, view(d)), str(d, PostField.SOURCE), str(d, PostField.LANGUAGE)));
                }
                if (!page.isEmpty() && !sink.page(page)) {
                    audit.record(event.outcome(Outcome.FAILED).detail(cut("rows=" + rows + asked + " total=" + total + " cancelled")));
                    return new ExportResult(total, rows, true);
                }
                rows += page.size();
                String next = rsp.getNextCursorMark();
                if (page.isEmpty() || next == null || next.equals(cursor)) {
                    break;
                }
                cursor = next;
            }
            sink.end();
            audit.record(event.detail(cut("rows=" + rows + asked + " total=" + total + (total > cap ? " capped=" + cap : ""))));
            return new ExportResult(total, rows, false);
        } catch (IndexingException | IOException | RuntimeException e) {
            audit.record(event.outcome(Outcome.FAILED).detail(cut("rows=" + rows + asked + " error=" + e.getMessage())));
            throw e;
        }
    }

    /**
     * The posts of a search that arrived after {@code since} (Solr cursor on the arrival order; blank for
     * from the beginning), at most {@code rows}, arrived at least {@code settleMs} ago: see
     * {@link ScopedQuery#arrivals}. Masked as results are; audited as a {@code search} whose detail begins
     * {@code poll}. A damaged cursor or one of another query throws {@link SearchRequestException}
     * ({@code BAD_CURSOR}).
     */
    public Arrivals arrivals(Reader reader, SearchRequest request, String since, int rows, long settleMs) throws IndexingException {
        AuditEvent event = AuditEvent.of(reader.username(), "search").unit(reader.unitCode());
        String asked = "poll " + request.describeMatching() + " since=" + (since == null || since.isBlank() ? "*"
                : since.length() > 40 ? "…" : since);
        try {
            SolrQuery q = ScopedQuery.arrivals(reader, request, since, rows, settleMs, clock);
            QueryResponse rsp = query(q);
            List<Arrival> posts = arrivals(reader, rsp.getResults());
            audit.record(event.detail(cut(asked + " rows=" + posts.size())));
            return new Arrivals(posts, q.get("cursorMark"), rsp.getNextCursorMark());
        } catch (SearchRequestException | IndexingException e) {
            audit.record(event.outcome(Outcome.FAILED).detail(cut(asked + " rows=0 error=" + e.getMessage())));
            throw e;
        }
    }

    /** A page of a search's newest arrivals, newest first (a feed), masked and audited ({@code feed ...}). */
    public NewestArrivals newestArrivals(Reader reader, SearchRequest request, int page, int rows) throws IndexingException {
        AuditEvent event = AuditEvent.of(reader.username(), "search").unit(reader.unitCode());
        String asked = "feed " + request.describeMatching() + " page=" + page;
        try {
            SolrDocumentList docs = query(ScopedQuery.newestArrivals(reader, request, page, rows, clock)).getResults();
            List<Arrival> posts = arrivals(reader, docs);
            audit.record(event.detail(cut(asked + " rows=" + posts.size() + " total=" + docs.getNumFound())));
            return new NewestArrivals(docs.getNumFound(), page, rows, posts);
        } catch (SearchRequestException | IndexingException e) {
            audit.record(event.outcome(Outcome.FAILED).detail(cut(asked + " rows=0 error=" + e.getMessage())));
            throw e;
        }
    }

    private List<Arrival> arrivals(Reader reader, SolrDocumentList docs) {
        List<Arrival> out = new ArrayList<>(docs.size());
        for (SolrDocument d : docs) {
            out.add(new Arrival(forReader(reader, view(d)), str(d, PostField.DUP_GROUP),
                    d.getFirstValue(PostField.FIRST_INDEXED_AT) instanceof Date f ? f.toInstant() : null,
                    d.getFirstValue(PostField.INDEXED_AT) instanceof Date i ? i.toInstant() : null));
        }
        return out;
    }

    /** How an export ended: the posts that matched, those handed over, and whether the sink stopped it. */
    public record ExportResult(long total, long rows, boolean cancelled) {
        public boolean capped() {
            return rows < total && !cancelled;
        }
    }

    /** One post, only if it lies in the reader's scope: a post outside it looks exactly like a missing one. */
    public Optional<PostView> view(Reader reader, String id) throws IndexingException {
        AuditEvent event = AuditEvent.of(reader.username(), "post.view").unit(reader.unitCode())
                .target(cut("post:" + id));
        if (id == null || id.isBlank() || id.length() > 500) {
            audit.record(event.outcome(Outcome.DENIED).detail("no such post in the reader's scope"));
            return Optional.empty();
        }
        try {
            SolrDocumentList docs = query(ScopedQuery.byId(reader, id)).getResults();
            if (docs.isEmpty()) {
                audit.record(event.outcome(Outcome.DENIED).detail("no such post in the reader's scope"));
                return Optional.empty();
            }
            audit.record(event);
            return Optional.of(forReader(reader, view(docs.get(0))));
        } catch (IndexingException e) {
            audit.record(event.outcome(Outcome.FAILED).detail(e.getMessage()));
            throw e;
        }
    }

    /**
     * One post with its analysis, its conversation, its near-duplicates and similar posts, for the post page:
     * empty when the post is missing or outside the reader's scope (the same answer for both). Every post in
     * it passed the reader's scope filter and is masked like a search result. One {@code post.view} event,
     * whose detail says how many other posts were shown with it.
     */
    public Optional<PostDetail> detail(Reader reader, String id) throws IndexingException {
        AuditEvent event = AuditEvent.of(reader.username(), "post.view").unit(reader.unitCode())
                .target(cut("post:" + id));
        if (id == null || id.isBlank() || id.length() > 500) {
            audit.record(event.outcome(Outcome.DENIED).detail("no such post in the reader's scope"));
            return Optional.empty();
        }
        try {
            SolrDocumentList docs = query(ScopedQuery.detail(reader, id)).getResults();
            if (docs.isEmpty()) {
                audit.record(event.outcome(Outcome.DENIED).detail("no such post in the reader's scope"));
                return Optional.empty();
            }
            SolrDocument d = docs.get(0);
            PostView post = view(d);
            String parentId = str(d, PostField.PARENT_ID);
            String threadId = str(d, PostField.THREAD_ID);
            String root = threadId != null ? threadId : post.id();
            SolrDocumentList threadDocs = query(ScopedQuery.thread(reader, root, post.id(), THREAD_ROWS)).getResults();
            PostView parent = null;
            List<PostView> thread = new ArrayList<>();
            for (SolrDocument t : threadDocs) {
                PostView v = forReader(reader, view(t));
                if (v.id().equals(parentId)) {
                    parent = v;
                } else {
                    thread.add(v);
                }
            }
            if (parent == null && parentId != null) {
                // a parent outside the thread's first page (or with no thread id): by id, scoped as well
                SolrDocumentList p = query(ScopedQuery.byId(reader, parentId)).getResults();
                parent = p.isEmpty() ? null : forReader(reader, view(p.get(0)));
            }
            long threadTotal = threadDocs.getNumFound();
            String group = str(d, PostField.DUP_GROUP);
            SolrDocumentList dupDocs = group == null ? new SolrDocumentList()
                    : query(ScopedQuery.duplicates(reader, group, post.id(), RELATED_ROWS)).getResults();
            List<PostView> duplicates = dupDocs.stream().map(x -> forReader(reader, view(x))).toList();
            List<PostView> similar = similar(reader, post.id(), group);
            audit.record(event.detail("thread=" + threadTotal + " duplicates=" + dupDocs.getNumFound()
                    + " similar=" + similar.size()));
            return Optional.of(new PostDetail(forReader(reader, post), str(d, PostField.LANGUAGE),
                    d.getFirstValue(PostField.SENTIMENT_SCORE) instanceof Number n ? n.doubleValue() : null,
                    strings(d, PostField.KEYWORDS), strings(d, PostField.HASHTAGS), strings(d, PostField.TOPIC_SENTIMENT),
                    strings(d, PostField.REGION_AREAS), strings(d, PostField.REGION_UNITS), threadId, parent, thread,
                    threadTotal, duplicates, dupDocs.getNumFound(), similar));
        } catch (IndexingException e) {
            audit.record(event.outcome(Outcome.FAILED).detail(cut(String.valueOf(e.getMessage()))));
            throw e;
        }
    }

    /**
     * Similar posts are a help, not the post: when MoreLikeThis cannot read this one (a text without words
     * it keeps), the page shows none rather than failing.
     */
    private List<PostView> similar(Reader reader, String id, String group) throws IndexingException {
        try {
            return query(ScopedQuery.similar(reader, id, group, RELATED_ROWS)).getResults().stream()
                    .map(x -> forReader(reader, view(x))).toList();
        } catch (SearchRequestException e) {
            java.util.logging.Logger.getLogger(PostSearch.class.getName()).log(java.util.logging.Level.FINE,
                    "no similar posts for " + id, e);
            return List.of();
        }
    }

    /**
     * The text's snippet (the title's when the words are only there), masked like the text for a unit without
     * clearance; when masking would have to cut through a marked word, the masked text is shown unmarked.
     */
    private Snippet snippet(Reader reader, PostView raw, Map<String, List<String>> fields) {
        String marked = first(fields, PostField.TEXT);
        if (marked == null || (marked.indexOf(ScopedQuery.MARK_START.charAt(0)) < 0 && first(fields, PostField.TITLE) != null
                && first(fields, PostField.TITLE).indexOf(ScopedQuery.MARK_START.charAt(0)) >= 0)) {
            marked = first(fields, PostField.TITLE);
        }
        Snippet s = Snippet.parse(marked);
        if (reader.personalDataClearance() || s.parts().isEmpty()) {
            return s;
        }
        PersonalDataMask m = mask();
        String pseudonym = m.apply(raw).authorName();
        String plain = m.text(s.text(), raw.authorName(), pseudonym);
        Snippet masked = Snippet.parse(m.text(s.withMarkers(), raw.authorName(), pseudonym));
        return masked.text().equals(plain) ? masked : new Snippet(List.of(new Snippet.Part(plain, false)));
    }

    private static String first(Map<String, List<String>> fields, String field) {
        List<String> values = fields == null ? null : fields.get(field);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private PostView forReader(Reader reader, PostView post) {
        return reader.personalDataClearance() ? post : mask().apply(post);
    }

    private PersonalDataMask mask() {
        PersonalDataMask m = mask;
        if (m == null) {
            m = pseudonyms.mask();
            mask = m;
        }
        return m;
    }

    private QueryResponse query(SolrQuery q) throws IndexingException {
        try {
            return solr.client().query(solr.collection(), q);
        } catch (SolrException e) {
            if (e.code() == 400 && q.get("cursorMark") != null && String.valueOf(e.getMessage()).contains("ursor")) {
                throw new SearchRequestException(SearchRequestException.Problem.BAD_CURSOR,
                        "the page position (cursor) does not belong to this search or order: start again from the first page");
            }
            if (e.code() == 400) {
                // the rewriting should leave nothing Solr cannot parse; if it did, say so in plain words
                throw new SearchRequestException(SearchRequestException.Problem.QUERY_SYNTAX,
                        "the search text could not be understood: check quotation marks, parentheses and AND/OR/NOT");
            }
            throw new IndexingException("the search index could not answer (Solr error " + e.code() + ")", e);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IndexingException("the search index could not answer: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Tests: presets and the chart's range count back from this clock. */
    PostSearch withClock(Clock c) {
        this.clock = c;
        return this;
    }

    static PostView view(SolrDocument d) {
        List<String> regions = new ArrayList<>(strings(d, PostField.REGION_AREAS));
        regions.addAll(strings(d, PostField.REGION_UNITS));
        Date created = (Date) d.getFirstValue(PostField.CREATED_AT);
        return new PostView(str(d, PostField.ID), str(d, PostField.PLATFORM), str(d, PostField.KIND),
                str(d, PostField.TITLE), str(d, PostField.TEXT), str(d, PostField.AUTHOR_NAME),
                str(d, PostField.AUTHOR_ID), str(d, PostField.URL), created == null ? null : created.toInstant(),
                str(d, PostField.SENTIMENT), strings(d, PostField.TOPICS), regions,
                new PostView.Engagement(num(d, PostField.LIKES), num(d, PostField.SHARES), num(d, PostField.COMMENTS),
                        num(d, PostField.VIEWS)), strings(d, PostField.SENTIMENT_EVIDENCE),
                d.getFirstValue(PostField.SENTIMENT_CONFIDENCE) instanceof Number c ? c.doubleValue() : null);
    }

    static String str(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? null : v.toString();
    }

    private static long num(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v instanceof Number n ? n.longValue() : 0L;
    }

    private static List<String> strings(SolrDocument d, String field) {
        Collection<Object> values = d.getFieldValues(field);
        return values == null ? List.of() : values.stream().map(Object::toString).toList();
    }

    private static String cut(String s) {
        return s.length() <= MAX_DETAIL ? s : s.substring(0, MAX_DETAIL - 1) + "…";
    }
}
