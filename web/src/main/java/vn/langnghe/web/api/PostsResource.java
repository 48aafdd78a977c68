package vn.langnghe.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import vn.langnghe.apiclient.Permission;
import vn.langnghe.index.IndexingException;
import vn.langnghe.search.PostDetail;
import vn.langnghe.search.PostSearch;
import vn.langnghe.search.PostsPage;
import vn.langnghe.search.PostsQuery;
import vn.langnghe.search.Reader;

/**
 * {@code GET /api/v1/posts} and {@code GET /api/v1/posts/{id}}: the search page's search for consuming
 * systems (the same query syntax, filters, dates, order, near-duplicate collapsing and masking), walked by
 * cursor, with a choice of fields and facets; and one post with its thread and analysis. Everything is read
 * through {@link PostSearch} as the caller's {@link Reader}: the scope comes from the server, and a post
 * outside it is as missing as one that does not exist.
 */
@Path("posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Permits(Permission.POSTS_READ)
public class PostsResource {
    static final Set<String> PARAMS = Set.of("q", "f", "from", "to", "sort", "exact", "cursor", "rows", "fields", "facet");

    @Inject
    PostSearch search;

    @Inject
    ApiRows rows;

    @Context
    ContainerRequestContext request;

    @Context
    UriInfo uri;

    @GET
    public JsonObject list() {
        QueryParameters p = QueryParameters.of(uri, PARAMS);
        StatsResource.checkFilterCount(p);
        Reader reader = ApiCaller.of(request).reader();
        PostsQuery q = PostsQuery.fromUrl(reader, p.one("q"), p.all("f"), p.one("from"), p.one("to"), p.one("sort"),
                p.one("exact"), p.one("cursor"), p.one("rows"), p.all("fields"), p.all("facet"));
        try {
            PostsPage page = search.posts(reader, q);
            rows.set(page.items().size());
            return PostsJson.page(page, q.fields());
        } catch (IndexingException e) {
            throw ApiProblem.indexUnavailable();
        }
    }

    @GET
    @Path("{id: .+}")
    public JsonObject one(@PathParam("id") String id) {
        QueryParameters.of(uri, Set.of());
        Reader reader = ApiCaller.of(request).reader();
        try {
            PostDetail d = search.detail(reader, id).orElseThrow(() ->
                    new ApiProblem(ProblemType.NOT_FOUND, "no such post in your scope"));
            rows.set(1);
            return PostsJson.detail(d);
        } catch (IndexingException e) {
            throw ApiProblem.indexUnavailable();
        }
    }
}
