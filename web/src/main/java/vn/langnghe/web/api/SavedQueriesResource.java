package vn.langnghe.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.apiclient.Permission;
import vn.langnghe.index.IndexingException;
import vn.langnghe.savedquery.SavedQueries;
import vn.langnghe.savedquery.SavedQuery;
import vn.langnghe.savedquery.SavedQueryDraft;
import vn.langnghe.savedquery.SavedQueryList;
import vn.langnghe.savedquery.Visibility;
import vn.langnghe.savedquery.SavedQueryOrder;
import vn.langnghe.search.Arrival;
import vn.langnghe.search.Arrivals;
import vn.langnghe.search.PostSearch;
import vn.langnghe.search.PostView;
import vn.langnghe.search.Reader;
import vn.langnghe.search.SearchRequest;

/**
 * {@code /api/v1/saved-queries}: the saved queries a caller may open (for a client, those shared with its
 * unit) and, for each, the posts that arrived since a cursor: what a consuming system polls. Every post is
 * read through the caller's reader (its unit's scope and masking), in the order posts first arrived in the
 * index, after the settle time ({@code langnghe.api.poll-settle-ms}); see docs/api.md, Polling.
 */
@Path("saved-queries")
@RequestScoped
@Permits(Permission.POSTS_READ)
@Produces(MediaType.APPLICATION_JSON)
public class SavedQueriesResource {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String ID = "{id: [0-9]{1,18}}";
    /** Posts one poll hands out at most. */
    static final int MAX_POLL_ROWS = 500;
    static final int DEFAULT_POLL_ROWS = 100;

    @EJB
    SavedQueries savedQueries;

    /** Read directly, not through the saved-queries bean: a refusal then reaches here as itself. */
    @Inject
    PostSearch posts;

    @Inject
    ApiRows rows;

    @Inject
    @ConfigProperty(name = "langnghe.api.poll-settle-ms", defaultValue = "10000")
    long settleMs;

    @Context
    ContainerRequestContext request;

    @Context
    UriInfo uri;

    /** The caller's own queries and those shared with its unit, newest first, a page of up to 100. */
    @GET
    public JsonObject list(@QueryParam("page") String page, @QueryParam("rows") String rowsAsked) {
        int p = SavedQueryFeeds.number(page, 1, 1, 100_000, "page");
        int r = SavedQueryFeeds.number(rowsAsked, SavedQueries.MAX_ROWS, 1, SavedQueries.MAX_ROWS, "rows");
        SavedQueryList list = SavedQueryProblems.call(() ->
                savedQueries.list(ApiCaller.of(request).reader(), SavedQueryOrder.NEWEST, p, r));
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (SavedQuery q : list.items()) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("id", q.id()).add("name", q.name())
                    .add("owner", q.owner()).add("visibility", q.visibility().code()).add("query", q.state().query())
                    .add("createdAt", q.createdAt().toString()).add("updatedAt", q.updatedAt().toString())
                    .add("posts", "/api/v1/saved-queries/" + q.id() + "/posts")
                    .add("atom", "/api/v1/feeds/saved-queries/" + q.id() + ".atom")
                    .add("rss", "/api/v1/feeds/saved-queries/" + q.id() + ".rss");
            if (q.description() != null) {
                o.add("description", q.description());
            }
            a.add(o);
        }
        rows.set(list.items().size());
        return JSON.createObjectBuilder().add("total", list.total()).add("page", p).add("rows", r)
                .add("savedQueries", a).build();
    }

    /**
     * Saves a query for the caller ({@code name}, {@code description}, {@code visibility} {@code private}
     * or {@code unit}, {@code query}: the search page's query string, e.g. {@code q=ngập&f=topic:flooding}):
     * a consuming system registers what it will poll. Checked and audited as on the saved-queries page;
     * the owner is the caller ({@code client:<name>}), shared with the caller's unit when {@code unit}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(byte[] body) {
        JsonObject o = AdminJson.body(body, Set.of("name", "description", "visibility", "query"));
        String visibility = AdminJson.text(o, "visibility");
        SavedQuery q = SavedQueryProblems.call(() -> savedQueries.create(ApiCaller.of(request).reader(),
                new SavedQueryDraft(AdminJson.text(o, "name"), AdminJson.text(o, "description"),
                        Visibility.parse(visibility == null ? "private" : visibility), AdminJson.text(o, "query"))));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(q.id())).build())
                .entity(JSON.createObjectBuilder().add("id", q.id()).add("name", q.name())
                        .add("visibility", q.visibility().code()).add("query", q.state().query()).build()).build();
    }

    /**
     * The posts of the saved query that arrived after {@code since} (the {@code nextCursor} of the previous
     * poll; none: from the beginning), oldest arrival first, at most {@code rows} (1–500), not collapsed.
     */
    @GET
    @Path(ID + "/posts")
    public JsonObject posts(@PathParam("id") long id, @QueryParam("since") String since, @QueryParam("rows") String rowsAsked) {
        int r = SavedQueryFeeds.number(rowsAsked, DEFAULT_POLL_ROWS, 1, MAX_POLL_ROWS, "rows");
        Arrivals page = SavedQueryProblems.call(() -> {
            try {
                Reader reader = ApiCaller.of(request).reader();
                SavedQuery q = savedQueries.open(reader, id);
                return posts.arrivals(reader, q.state().request(1, SearchRequest.DEFAULT_ROWS), since, r, settleMs);
            } catch (IndexingException e) {
                throw ApiProblem.indexUnavailable();
            }
        });
        JsonArrayBuilder items = JSON.createArrayBuilder();
        page.posts().forEach(a -> items.add(json(a)));
        rows.set(page.posts().size());
        return JSON.createObjectBuilder().add("savedQuery", id).add("cursor", page.cursor())
                .add("nextCursor", page.nextCursor()).add("settleMs", settleMs).add("items", items).build();
    }

    static JsonObject json(Arrival a) {
        PostView p = a.post();
        JsonObjectBuilder o = JSON.createObjectBuilder().add("id", p.id()).add("platform", p.platform()).add("kind", p.kind());
        text(o, "title", p.title());
        text(o, "text", p.text());
        text(o, "authorName", p.authorName());
        text(o, "authorId", p.authorId());
        text(o, "url", p.url());
        instant(o, "createdAt", p.createdAt());
        instant(o, "firstIndexedAt", a.firstIndexedAt());
        instant(o, "indexedAt", a.indexedAt());
        text(o, "sentiment", p.sentiment());
        o.add("topics", strings(p.topics())).add("regions", strings(p.regions()));
        o.add("engagement", JSON.createObjectBuilder().add("likes", p.engagement().likes())
                .add("shares", p.engagement().shares()).add("comments", p.engagement().comments())
                .add("views", p.engagement().views()));
        text(o, "dupGroup", a.dupGroup());
        return o.build();
    }

    private static void text(JsonObjectBuilder o, String key, String value) {
        if (value != null) {
            o.add(key, value);
        }
    }

    private static void instant(JsonObjectBuilder o, String key, Instant value) {
        if (value != null) {
            o.add(key, value.toString());
        }
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }
}
