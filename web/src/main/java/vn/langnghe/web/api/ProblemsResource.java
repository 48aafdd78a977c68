package vn.langnghe.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/v1/problems} and {@code /problems/{slug}}: what each problem {@code type} of the API's
 * errors means, so a type is a reference a developer can open. Public: it names no data.
 */
@Path("problems")
public class ProblemsResource {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject all() {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (ProblemType t : ProblemType.values()) {
            a.add(describe(t));
        }
        return JSON.createObjectBuilder().add("problems", a).build();
    }

    @GET
    @Path("{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject one(@PathParam("slug") String slug) {
        return describe(ProblemType.ofSlug(slug).orElseThrow(() ->
                new ApiProblem(ProblemType.NOT_FOUND, "no problem type " + vn.langnghe.account.ScopeCodes.shortened(slug))));
    }

    private static JsonObject describe(ProblemType t) {
        return JSON.createObjectBuilder().add("type", t.uri()).add("title", t.title()).add("status", t.status()).build();
    }
}
