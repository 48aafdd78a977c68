package vn.langnghe.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import vn.langnghe.account.AccountAdminService;
import vn.langnghe.account.AccountFilter;
import vn.langnghe.account.AccountPage;
import vn.langnghe.account.AccountRules;
import vn.langnghe.account.AdminRefusal;

/**
 * {@code /api/v1/accounts}: list (filtered, sorted, paged), create with a generated password shown
 * once, edit, reset the password, disable and enable. Admins only; audited under the caller.
 */
@Path("accounts")
@RequestScoped
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final int DEFAULT_SIZE = 20;

    @EJB
    AccountAdminService accounts;

    @Context
    SecurityContext caller;

    @Context
    UriInfo uri;

    @GET
    public JsonObject list(@QueryParam("unit") String unit, @QueryParam("role") String role,
                           @QueryParam("enabled") String enabled, @QueryParam("q") String q,
                           @QueryParam("page") String page, @QueryParam("size") String size,
                           @QueryParam("sort") String sort, @QueryParam("order") String order) {
        AccountFilter f = new AccountFilter(unit, blank(role) ? null : AccountRules.role(role), bool("enabled", enabled),
                q, number("page", page, 0), number("size", size, DEFAULT_SIZE), sort, descending(order));
        AccountPage p = accounts.list(f);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        p.items().forEach(a -> items.add(AdminJson.account(a)));
        return JSON.createObjectBuilder().add("total", p.total()).add("items", items).build();
    }

    @GET
    @Path("{username}")
    public JsonObject get(@PathParam("username") String username) {
        return AdminJson.account(accounts.get(username));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(byte[] body) {
        JsonObject o = AdminJson.body(body, Set.of("username", "displayName", "unit", "roles"));
        AccountAdminService.Issued issued = accounts.create(actor(), AdminJson.text(o, "username"),
                AdminJson.text(o, "displayName"), AdminJson.text(o, "unit"), AdminJson.texts(o, "roles"));
        JsonObject entity = JSON.createObjectBuilder(AdminJson.account(issued.account()))
                .add("password", issued.password()).build();
        return Response.created(uri.getAbsolutePathBuilder().path(issued.account().username()).build())
                .entity(entity).build();
    }

    /** Edits the display name, unit and roles; a field left out keeps its value. */
    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject update(@PathParam("username") String username, byte[] body) {
        JsonObject o = AdminJson.body(body, Set.of("displayName", "unit", "roles"));
        return AdminJson.account(accounts.update(actor(), username, AdminJson.text(o, "displayName"),
                AdminJson.text(o, "unit"), AdminJson.texts(o, "roles")));
    }

    @POST
    @Path("{username}/password-reset")
    public JsonObject resetPassword(@PathParam("username") String username) {
        AccountAdminService.Issued issued = accounts.resetPassword(actor(), username);
        return JSON.createObjectBuilder().add("password", issued.password()).build();
    }

    @PUT
    @Path("{username}/enabled")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject enabled(@PathParam("username") String username, byte[] body) {
        JsonObject o = AdminJson.body(body, Set.of("enabled"));
        return AdminJson.account(accounts.setEnabled(actor(), username, AdminJson.flag(o, "enabled")));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static int number(String name, String value, int otherwise) {
        if (blank(value)) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw AdminRefusal.invalid(name + " must be a whole number");
        }
    }

    static Boolean bool(String name, String value) {
        if (blank(value)) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw AdminRefusal.invalid(name + " must be true or false");
        };
    }

    static boolean descending(String order) {
        if (blank(order) || order.strip().equals("asc")) {
            return false;
        }
        if (order.strip().equals("desc")) {
            return true;
        }
        throw AdminRefusal.invalid("order must be asc or desc");
    }

    private String actor() {
        return caller.getUserPrincipal().getName();
    }
}
