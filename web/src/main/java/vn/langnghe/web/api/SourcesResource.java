package vn.langnghe.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import vn.langnghe.apiclient.Permission;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.stream.Collectors;
import vn.langnghe.harvest.ConnectorType;
import vn.langnghe.harvest.InvalidSourceException;
import vn.langnghe.harvest.NoSuchSourceException;
import vn.langnghe.harvest.SourceService;
import vn.langnghe.harvest.SourceView;

/**
 * {@code /api/v1/sources}: the admin page's operations on sources, as JSON for scripts. Admins and clients
 * with {@code sources:admin} only ({@link ApiAccessFilter}); every change is audited under the caller's username. Credentials are
 * accepted on create and edit and never returned: a source shows only the names of those that are set.
 */
@Path("sources")
@RequestScoped
@Permits(Permission.SOURCES_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String ID = "{id: [0-9]{1,18}}";

    @Inject
    SourceService sources;

    @Context
    SecurityContext caller;

    @Inject
    ApiRows rows;

    @Context
    UriInfo uri;

    @GET
    public JsonObject list() {
        Map<String, ConnectorType> types = types();
        JsonArrayBuilder a = JSON.createArrayBuilder();
        int n = 0;
        for (SourceView v : sources.list()) {
            a.add(SourceJson.source(v, types.get(v.type())));
            n++;
        }
        rows.set(n);
        return JSON.createObjectBuilder().add("sources", a).build();
    }

    @GET
    @Path("types")
    public JsonObject listTypes() {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        sources.types().forEach(t -> a.add(SourceJson.type(t)));
        return JSON.createObjectBuilder().add("types", a).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(byte[] body) throws InvalidSourceException {
        SourceJson.Request req = SourceJson.request(body);
        SourceView v = sources.create(req.form(), Boolean.TRUE.equals(req.paused()), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(v.id())).build())
                .entity(json(sources.find(v.id()).orElse(v))).build();
    }

    /** Tests an unsaved source (the body of a create) without keeping anything. */
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkUnsaved(byte[] body) throws InvalidSourceException {
        SourceJson.Request req = SourceJson.request(body);
        return Response.ok(SourceJson.check(sources.check(req.form(), null, actor()))).build();
    }

    @GET
    @Path(ID)
    public JsonObject get(@PathParam("id") String id) throws InvalidSourceException {
        return json(fresh(parse(id)));
    }

    /** Edits: what the body leaves out keeps its value; a blank or missing credential keeps its secret. */
    @PUT
    @Path(ID)
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject update(@PathParam("id") String id, byte[] body) throws InvalidSourceException {
        long sid = parse(id);
        SourceJson.Request req = SourceJson.request(body);
        SourceView v = sources.update(sid, req.form(), actor());
        if (req.paused() != null && req.paused() != v.paused()) {
            if (req.paused()) {
                sources.pause(sid, actor());
            } else {
                sources.resume(sid, actor());
            }
        }
        return json(fresh(sid));
    }

    @DELETE
    @Path(ID)
    public Response delete(@PathParam("id") String id) throws InvalidSourceException {
        sources.delete(parse(id), actor());
        return Response.noContent().build();
    }

    @POST
    @Path(ID + "/pause")
    public JsonObject pause(@PathParam("id") String id) throws InvalidSourceException {
        long sid = parse(id);
        sources.pause(sid, actor());
        return json(fresh(sid));
    }

    @POST
    @Path(ID + "/resume")
    public JsonObject resume(@PathParam("id") String id) throws InvalidSourceException {
        long sid = parse(id);
        sources.resume(sid, actor());
        return json(fresh(sid));
    }

    @POST
    @Path(ID + "/reset-cursor")
    public JsonObject resetCursor(@PathParam("id") String id) throws InvalidSourceException {
        long sid = parse(id);
        sources.resetCursor(sid, actor());
        return json(fresh(sid));
    }

    /** Starts a run at once (202): it goes on in the background; GET the source to follow it. */
    @POST
    @Path(ID + "/run")
    public Response run(@PathParam("id") String id) throws InvalidSourceException {
        long sid = parse(id);
        sources.runNow(sid, actor());
        return Response.accepted(json(fresh(sid))).build();
    }

    /** Tests the stored source's connection and credentials; 200 either way, {@code ok} says how it went. */
    @POST
    @Path(ID + "/check")
    public JsonObject check(@PathParam("id") String id) throws InvalidSourceException {
        return SourceJson.check(sources.check(parse(id), actor()));
    }

    // ---- helpers ----

    /** The id of the path (its pattern allows at most 18 digits, which always fit a long). */
    private static long parse(String id) {
        return Long.parseLong(id);
    }

    private JsonObject json(SourceView v) {
        return SourceJson.source(v, types().get(v.type()));
    }

    private Map<String, ConnectorType> types() {
        return sources.types().stream().collect(Collectors.toMap(ConnectorType::type, t -> t, (a, b) -> a));
    }

    private String actor() {
        return caller.getUserPrincipal().getName();
    }

    /**
     * The source as committed: read again after an action, because the next run time is set in a
     * transaction of its own (the scheduler's), which the action's own view does not see.
     */
    private SourceView fresh(long id) throws NoSuchSourceException {
        return sources.find(id).orElseThrow(() -> new NoSuchSourceException(id));
    }
}
