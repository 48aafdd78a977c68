package vn.langnghe.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A refusal of the API as {@code application/problem+json} (RFC 9457): {@code type} (stable, see
 * {@link ProblemType}), {@code title}, {@code status}, {@code detail} in plain words and, where they help,
 * {@code problems} (every problem of a body at once), {@code retryAfter} (seconds) or {@code incident}.
 * Thrown by resources and filters; {@link ApiErrors} passes it through as it is.
 */
public class ApiProblem extends WebApplicationException {
    private static final long serialVersionUID = 1L;
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE);

    private final ProblemType type;

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, (List<String>) null);
    }

    public ApiProblem(ProblemType type, String detail, List<String> problems) {
        super(detail, response(type, detail, problems).build());
        this.type = type;
    }

    private ApiProblem(ProblemType type, String detail, Response response) {
        super(detail, response);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }

    /** 429 with {@code Retry-After} (whole seconds, at least 1). */
    public static ApiProblem rateLimited(String detail, long retryAfterSeconds) {
        long s = Math.max(1, retryAfterSeconds);
        JsonObject body = body(ProblemType.RATE_LIMITED, detail, null).add("retryAfter", s).build();
        return new ApiProblem(ProblemType.RATE_LIMITED, detail, Response.status(429).type(TYPE)
                .header(HttpHeaders.RETRY_AFTER, s).entity(body.toString()).build());
    }

    /** 401 naming the ways to sign in ({@code WWW-Authenticate}). */
    public static ApiProblem unauthenticated(ProblemType type, String detail) {
        return new ApiProblem(type, detail, response(type, detail, null)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Lang Nghe API\"")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Lang Nghe API\", charset=\"UTF-8\"").build());
    }

    /** The answer itself, for places that answer without throwing (filters, the container's error page). */
    public static Response.ResponseBuilder response(ProblemType type, String detail, List<String> problems) {
        return Response.status(type.status()).type(TYPE).entity(body(type, detail, problems).build().toString());
    }

    static JsonObjectBuilder body(ProblemType type, String detail, List<String> problems) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", type.uri()).add("title", type.title())
                .add("status", type.status());
        if (detail != null && !detail.isBlank()) {
            b.add("detail", detail);
        }
        if (problems != null && !problems.isEmpty()) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            problems.forEach(a::add);
            b.add("problems", a);
        }
        return b;
    }
}
