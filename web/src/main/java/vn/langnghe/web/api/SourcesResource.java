package vn.langnghe.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.langnghe.harvest.ConnectorType;
import vn.langnghe.harvest.InvalidSourceException;
import vn.langnghe.harvest.SourceService;
import vn.langnghe.harvest.SourceView;

/**
 * {@code /api/v1/sources}: the admin page's operations on sources, as JSON for scripts. Admins only
 * ({@link AdminOnlyFilter}); every change is audited under the caller's username. Credentials are
 * accepted on create and edit and never returned: a source shows only the names of those that are set.
 */
@Path("sources")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class SourcesResource {
    private static final String ID = "{id: [0-9]{1,18}}";

    @Inject
    SourceService sources;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @GET
    public JsonObject list() {
        Map<String, ConnectorType> types = types();
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (SourceView v : sources.list()) {
            a.add(SourceJson.source(v, types.get(v.type())));
        }
        return Json.createObjectBuilder().add("sources", a).build();
    }

    @GET
    @Path("types")
    public JsonObject listTypes() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        sources.types().forEach(t -> a.add(SourceJson.type(t)));
        return Json.createObjectBuilder().add("types", a).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(byte[] body) {
        try {
            SourceJson.Request req = SourceJson.request(body);
            SourceView v = sources.create(req.form(), Boolean.TRUE.equals(req.paused()), actor());
            return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(v.id())).build())
                    .entity(json(sources.find(v.id()).orElse(v))).build();
        } catch (InvalidSourceException e) {
            return invalid(e);
        }
    }

    /** Tests an unsaved source (the body of a create) without keeping anything. */
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkUnsaved(byte[] body) {
        try {
            SourceJson.Request req = SourceJson.request(body);
            return Response.ok(SourceJson.check(sources.check(req.form(), null, actor()))).build();
        } catch (InvalidSourceException e) {
            return invalid(e);
        }
    }

    @GET
    @Path(ID)
    public Response get(@PathParam("id") String id) {
        return withSource(id, v -> Response.ok(json(v)).build());
    }

    /** Edits: what the body leaves out keeps its value; a blank or missing credential keeps its secret. */
    @PUT
    @Path(ID)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") String id, byte[] body) {
        return act(id, sid -> {
            SourceJson.Request req = SourceJson.request(body);
            SourceView v = sources.update(sid, req.form(), actor());
            if (req.paused() != null && req.paused() != v.paused()) {
                if (req.paused()) {
                    sources.pause(sid, actor());
                } else {
                    sources.resume(sid, actor());
                }
            }
            return Response.ok(json(fresh(sid))).build();
        });
    }

    @DELETE
    @Path(ID)
    public Response delete(@PathParam("id") String id) {
        return act(id, sid -> {
            sources.delete(sid, actor());
            return Response.noContent().build();
        });
    }

    @POST
    @Path(ID + "/pause")
    public Response pause(@PathParam("id") String id) {
        return act(id, sid -> {
            sources.pause(sid, actor());
            return Response.ok(json(fresh(sid))).build();
        });
    }

    @POST
    @Path(ID + "/resume")
    public Response resume(@PathParam("id") String id) {
        return act(id, sid -> {
            sources.resume(sid, actor());
            return Response.ok(json(fresh(sid))).build();
        });
    }

    @POST
    @Path(ID + "/reset-cursor")
    public Response resetCursor(@PathParam("id") String id) {
        return act(id, sid -> {
            sources.resetCursor(sid, actor());
            return Response.ok(json(fresh(sid))).build();
        });
    }

    /** Starts a run at once (202): it goes on in the background; GET the source to follow it. */
    @POST
    @Path(ID + "/run")
    public Response run(@PathParam("id") String id) {
        return act(id, sid -> {
            sources.runNow(sid, actor());
            return Response.accepted(json(fresh(sid))).build();
        });
    }

    /** Tests the stored source's connection and credentials; 200 either way, {@code ok} says how it went. */
    @POST
    @Path(ID + "/check")
    public Response check(@PathParam("id") String id) {
        return act(id, sid -> Response.ok(SourceJson.check(sources.check(sid, actor()))).build());
    }

    // ---- helpers ----

    private interface Action {
        Response apply(long id) throws InvalidSourceException;
    }

    /** Runs an action on an existing source: 404 when there is none, 400 with the problems when refused. */
    private Response act(String id, Action action) {
        Optional<Long> sid = parse(id);
        if (sid.isEmpty() || sources.find(sid.get()).isEmpty()) {
            return notFound(id);
        }
        try {
            return action.apply(sid.get());
        } catch (InvalidSourceException e) {
            // deleted by someone else between the look-up and the action
            return e.problems().equals(List.of("no source " + sid.get())) ? notFound(id) : invalid(e);
        }
    }

    private Response withSource(String id, Function<SourceView, Response> then) {
        return parse(id).flatMap(sources::find).map(then).orElseGet(() -> notFound(id));
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
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
    private SourceView fresh(long id) throws InvalidSourceException {
        return sources.find(id).orElseThrow(() -> new InvalidSourceException("no source " + id));
    }

    private static Response notFound(String id) {
        return Response.status(Response.Status.NOT_FOUND)
                .entity(SourceJson.error("no source " + id, null)).build();
    }

    private static Response invalid(InvalidSourceException e) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(SourceJson.error("invalid source", e.problems())).build();
    }
}
