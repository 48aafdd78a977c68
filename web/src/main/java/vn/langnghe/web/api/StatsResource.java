package vn.langnghe.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import vn.langnghe.apiclient.Permission;
import vn.langnghe.index.IndexingException;
import vn.langnghe.search.Facet;
import vn.langnghe.search.FacetSummary;
import vn.langnghe.search.PostSearch;
import vn.langnghe.search.Reader;
import vn.langnghe.search.SearchRequest;
import vn.langnghe.search.Timeline;
import vn.langnghe.search.TimelineSplit;

/**
 * {@code GET /api/v1/stats/timeline} and {@code GET /api/v1/stats/facets}: the search page's chart and
 * facet panel for a query, as numbers (near-duplicates included: they measure volume), in the caller's
 * scope, through {@link PostSearch}.
 */
@Path("stats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Permits(Permission.STATS_READ)
public class StatsResource {
    private static final Set<String> TIMELINE = Set.of("q", "f", "from", "to", "exact", "split", "interval");
    private static final Set<String> FACETS = Set.of("q", "f", "from", "to", "exact", "facet");

    @Inject
    PostSearch search;

    @Inject
    ApiRows rows;

    @Context
    ContainerRequestContext request;

    @Context
    UriInfo uri;

    @GET
    @Path("timeline")
    public JsonObject timeline() {
        QueryParameters p = QueryParameters.of(uri, TIMELINE);
        checkFilterCount(p);
        Reader reader = ApiCaller.of(request).reader();
        SearchRequest s = matching(p);
        TimelineSplit split = TimelineSplit.parse(p.one("split"));
        try {
            Timeline t = search.timeline(reader, s, split, TimelineSplit.interval(p.one("interval")));
            rows.set(t.buckets().size());
            return PostsJson.timeline(t);
        } catch (IndexingException e) {
            throw ApiProblem.indexUnavailable();
        }
    }

    @GET
    @Path("facets")
    public JsonObject facets() {
        QueryParameters p = QueryParameters.of(uri, FACETS);
        checkFilterCount(p);
        Reader reader = ApiCaller.of(request).reader();
        SearchRequest s = matching(p);
        List<Facet> which = p.all("facet").stream().allMatch(String::isBlank) ? Facet.countedFor(reader)
                : Facet.selection(p.all("facet"), reader);
        try {
            FacetSummary summary = search.facets(reader, s, which);
            rows.set(summary.facets().stream().mapToInt(c -> c.values().size()).sum());
            return PostsJson.summary(summary);
        } catch (IndexingException e) {
            throw ApiProblem.indexUnavailable();
        }
    }

    /** The words, filters, dates and diacritics of a search, as the search page's URL carries them. */
    private static SearchRequest matching(QueryParameters p) {
        return SearchRequest.fromUrl(p.one("q"), p.all("f"), p.one("from"), p.one("to"), null, null, null,
                p.one("exact"), null);
    }

    /** More filters than a search takes is refused before any is read. */
    static void checkFilterCount(QueryParameters p) {
        if (p.all("f").size() > SearchRequest.MAX_FILTERS) {
            throw new ApiProblem(ProblemType.BAD_REQUEST, "at most " + SearchRequest.MAX_FILTERS + " filters (f) at once");
        }
    }

}
