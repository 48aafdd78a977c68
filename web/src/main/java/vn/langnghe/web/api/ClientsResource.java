package vn.langnghe.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.account.AdminRefusal;
import vn.langnghe.apiclient.ApiClientDraft;
import vn.langnghe.apiclient.ApiClientService;
import vn.langnghe.apiclient.ApiClientView;
import vn.langnghe.apiclient.IssuedToken;

/**
 * {@code /api/v1/clients}: the consuming systems (admins only, signed in as an account: a client token
 * cannot manage clients). Register → the token once ({@code 201}, {@code token}); list and read without any
 * secret; change permissions, rate limit, expiry; rotate ({@code overlapHours}, default
 * {@code langnghe.api.token-overlap-hours}) → the new token once; revoke. Audited under the admin.
 */
@Path("clients")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class ClientsResource {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String ID = "{id: [0-9]{1,18}}";
    private static final Set<String> FIELDS = Set.of("name", "description", "unit", "permissions", "rateLimitPerMinute", "expiresAt");

    @EJB
    ApiClientService clients;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @Inject
    @ConfigProperty(name = "langnghe.api.token-overlap-hours", defaultValue = "24")
    int defaultOverlapHours;

    @GET
    public JsonObject list() {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        clients.list().forEach(c -> a.add(json(c)));
        return JSON.createObjectBuilder().add("clients", a).build();
    }

    @GET
    @Path(ID)
    public JsonObject get(@PathParam("id") long id) {
        return json(clients.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(byte[] body) {
        IssuedToken t = clients.register(actor(), draft(AdminJson.body(body, FIELDS)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(t.client().id())).build())
                .entity(issued(t)).build();
    }

    /** Description, permissions, rate limit and expiry; what the body leaves out is kept. */
    @PUT
    @Path(ID)
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject change(@PathParam("id") long id, byte[] body) {
        JsonObject o = AdminJson.body(body, Set.of("description", "permissions", "rateLimitPerMinute", "expiresAt"));
        ApiClientView now = clients.get(id);
        ApiClientDraft d = new ApiClientDraft(now.name(),
                o.containsKey("description") ? AdminJson.text(o, "description") : now.description(), now.unitCode(),
                o.containsKey("permissions") ? AdminJson.texts(o, "permissions") : now.permissions(),
                o.containsKey("rateLimitPerMinute") ? integer(o, "rateLimitPerMinute") : Integer.valueOf(now.rateLimitPerMinute()),
                o.containsKey("expiresAt") ? instant(o, "expiresAt") : now.expiresAt());
        return json(clients.change(actor(), id, d));
    }

    @POST
    @Path(ID + "/rotate")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject rotate(@PathParam("id") long id, byte[] body) {
        JsonObject o = body == null || body.length == 0 ? JsonValue.EMPTY_JSON_OBJECT : AdminJson.body(body, Set.of("overlapHours"));
        Integer hours = integer(o, "overlapHours");
        return issued(clients.rotate(actor(), id, Duration.ofHours(hours == null ? defaultOverlapHours : hours)));
    }

    @POST
    @Path(ID + "/revoke")
    public JsonObject revoke(@PathParam("id") long id) {
        return json(clients.revoke(actor(), id));
    }

    private static ApiClientDraft draft(JsonObject o) {
        return new ApiClientDraft(AdminJson.text(o, "name"), AdminJson.text(o, "description"), AdminJson.text(o, "unit"),
                AdminJson.texts(o, "permissions"), integer(o, "rateLimitPerMinute"), instant(o, "expiresAt"));
    }

    private static Integer integer(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral() && n.bigIntegerValue().bitLength() < 32) {
            return n.intValue();
        }
        throw AdminRefusal.invalid(key + " must be a whole number");
    }

    private static Instant instant(JsonObject o, String key) {
        String s = AdminJson.text(o, key);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw AdminRefusal.invalid(key + " must be an ISO-8601 instant such as 2027-01-31T17:00:00Z");
        }
    }

    static JsonObject json(ApiClientView c) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("id", c.id()).add("name", c.name())
                .add("unit", c.unitCode()).add("unitName", c.unitName());
        optional(b, "description", c.description());
        JsonArrayBuilder p = JSON.createArrayBuilder();
        c.permissions().forEach(p::add);
        b.add("permissions", p).add("tokenPrefix", c.tokenPrefix()).add("rateLimitPerMinute", c.rateLimitPerMinute())
                .add("status", c.status()).add("createdBy", c.createdBy()).add("createdAt", c.createdAt().toString());
        optional(b, "previousTokenValidUntil", c.previousValidUntil());
        optional(b, "rotatedAt", c.rotatedAt());
        optional(b, "expiresAt", c.expiresAt());
        optional(b, "revokedAt", c.revokedAt());
        optional(b, "revokedBy", c.revokedBy());
        optional(b, "lastUsedAt", c.lastUsedAt());
        return b.build();
    }

    private static JsonObject issued(IssuedToken t) {
        return JSON.createObjectBuilder(json(t.client())).add("token", t.token()).build();
    }

    private static void optional(JsonObjectBuilder b, String key, Object v) {
        if (v != null) {
            b.add(key, v.toString());
        }
    }

    private String actor() {
        return caller.getUserPrincipal().getName();
    }
}
