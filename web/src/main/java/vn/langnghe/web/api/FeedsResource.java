package vn.langnghe.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import vn.langnghe.apiclient.Permission;
import vn.langnghe.index.IndexingException;
import vn.langnghe.savedquery.SavedQueries;
import vn.langnghe.savedquery.SavedQuery;
import vn.langnghe.search.NewestArrivals;
import vn.langnghe.search.PostSearch;
import vn.langnghe.search.Reader;
import vn.langnghe.search.SearchRequest;

/**
 * {@code /api/v1/feeds/saved-queries/{id}.atom} and {@code .rss}: a saved query's newest arrivals (the
 * caller's scope and masking, like every read of posts), 50 a page ({@code ?page=}), newest first. A
 * conditional GET with the strong entity tag ({@code If-None-Match}) or the last-modified time
 * ({@code If-Modified-Since}) answers 304 when nothing on the page changed; the tag wins when both are
 * sent (RFC 9110). Signed in like the rest of the API (a client's bearer token, {@code posts:read}).
 */
@Path("feeds/saved-queries")
@RequestScoped
@Permits(Permission.POSTS_READ)
public class FeedsResource {
    private static final String ID = SavedQueriesResource.ID;

    @EJB
    SavedQueries savedQueries;

    @Inject
    PostSearch posts;

    @Inject
    ApiRows rows;

    @Context
    ContainerRequestContext request;

    @Context
    Request http;

    @Context
    UriInfo uri;

    @GET
    @Path(ID + ".atom")
    @Produces(SavedQueryFeeds.ATOM_TYPE)
    public Response atom(@PathParam("id") long id, @QueryParam("page") String page) {
        return feed(SavedQueryFeeds.Format.ATOM, id, page);
    }

    @GET
    @Path(ID + ".rss")
    @Produces(SavedQueryFeeds.RSS_TYPE)
    public Response rss(@PathParam("id") long id, @QueryParam("page") String page) {
        return feed(SavedQueryFeeds.Format.RSS, id, page);
    }

    private Response feed(SavedQueryFeeds.Format format, long id, String pageAsked) {
        int page = SavedQueryFeeds.number(pageAsked, 1, 1, SavedQueryFeeds.MAX_PAGE, "page");
        Reader reader = ApiCaller.of(request).reader();
        SavedQuery query = SavedQueryProblems.call(() -> savedQueries.open(reader, id));
        NewestArrivals newest = SavedQueryProblems.call(() -> {
            try {
                return posts.newestArrivals(reader, query.state().request(1, SearchRequest.DEFAULT_ROWS), page,
                        SavedQueryFeeds.ROWS);
            } catch (IndexingException e) {
                throw ApiProblem.indexUnavailable();
            }
        });
        EntityTag tag = new EntityTag(SavedQueryFeeds.etag(format, query, reader.personalDataClearance(), newest), false);
        Instant last = SavedQueryFeeds.lastModified(newest);
        Date lastModified = last == null ? null : Date.from(last);
        // a feed is the caller's own view (scope, masking): shared caches must not keep it
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        Response.ResponseBuilder unchanged = lastModified == null ? http.evaluatePreconditions(tag)
                : http.evaluatePreconditions(lastModified, tag);
        if (unchanged != null) {
            rows.set(0);
            return unchanged.tag(tag).cacheControl(cache).build();
        }
        URI base = uri.getBaseUriBuilder().path("feeds/saved-queries").path(id + "." + format.suffix).build();
        // the application's root: the API is at <root>/api/v1/
        URI site = uri.getBaseUri().resolve("../../");
        String body = SavedQueryFeeds.write(format, query, newest, base, site);
        rows.set(newest.posts().size());
        Response.ResponseBuilder ok = Response.ok(body, format.mediaType).tag(tag).cacheControl(cache);
        if (lastModified != null) {
            ok.lastModified(lastModified);
        }
        return ok.build();
    }
}
