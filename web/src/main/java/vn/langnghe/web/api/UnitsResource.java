package vn.langnghe.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
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
import java.util.Set;
import vn.langnghe.account.UnitService;
import vn.langnghe.account.UnitView;

/**
 * {@code /api/v1/units}: the units with their data scopes and clearances; create a unit, change a
 * scope, grant or withdraw the personal-data clearance. Admins only; audited under the caller.
 */
@Path("units")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class UnitsResource {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    @EJB
    UnitService units;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @GET
    public JsonArray list() {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        units.list().forEach(u -> a.add(AdminJson.unit(u)));
        return a.build();
    }

    @GET
    @Path("{code}")
    public JsonObject get(@PathParam("code") String code) {
        return AdminJson.unit(units.get(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(byte[] body) {
        JsonObject o = AdminJson.body(body, Set.of("code", "name", "kind", "parent"));
        UnitView u = units.create(actor(), AdminJson.text(o, "code"), AdminJson.text(o, "name"),
                AdminJson.text(o, "kind"), AdminJson.text(o, "parent"));
        return Response.created(uri.getAbsolutePathBuilder().path(u.code()).build()).entity(AdminJson.unit(u)).build();
    }

    /** Replaces the scope; every list empty (or left out) is the whole city. */
    @PUT
    @Path("{code}/scope")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject scope(@PathParam("code") String code, byte[] body) {
        JsonObject o = AdminJson.body(body, Set.of("areas", "wards", "topics"));
        return AdminJson.unit(units.changeScope(actor(), code, orEmpty(AdminJson.texts(o, "areas")),
                orEmpty(AdminJson.texts(o, "wards")), orEmpty(AdminJson.texts(o, "topics"))));
    }

    @PUT
    @Path("{code}/clearance")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject clearance(@PathParam("code") String code, byte[] body) {
        JsonObject o = AdminJson.body(body, Set.of("granted", "reason"));
        return AdminJson.unit(units.changeClearance(actor(), code, AdminJson.flag(o, "granted"), AdminJson.text(o, "reason")));
    }

    private static List<String> orEmpty(List<String> l) {
        return l == null ? List.of() : l;
    }

    private String actor() {
        return caller.getUserPrincipal().getName();
    }
}
