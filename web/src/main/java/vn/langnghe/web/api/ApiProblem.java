package vn.langnghe.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A refusal of the API, answered as {@code application/problem+json} (RFC 9457): {@code type} (stable, see
 * {@link ProblemType}), {@code title}, {@code status}, {@code detail} in plain words and, where they help,
 * {@code problems} (every problem of a body at once), {@code retryAfter} (seconds) or {@code incident}.
 * Thrown by resources and the code they call, answered by {@link ProblemErrors}; a filter answers with
 * {@link #response()} itself. A plain exception (the answer is built only when needed), so the logic that
 * throws it is testable without a JAX-RS runtime.
 */
public class ApiProblem extends RuntimeException {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final long serialVersionUID = 1L;
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType TYPE = new MediaType("application", "problem+json");

    private final ProblemType type;
    private final List<String> problems;
    private final long retryAfter;
    private final boolean challenge;

    public ApiProblem(ProblemType type, String detail) {
        this(type, detail, null, 0, false);
    }

    public ApiProblem(ProblemType type, String detail, List<String> problems) {
        this(type, detail, problems, 0, false);
    }

    private ApiProblem(ProblemType type, String detail, List<String> problems, long retryAfter, boolean challenge) {
        super(detail, null, false, false); // an answer, not a failure: no stack trace to fill
        this.type = type;
        this.problems = problems == null ? List.of() : List.copyOf(problems);
        this.retryAfter = retryAfter;
        this.challenge = challenge;
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }

    public List<String> problems() {
        return problems;
    }

    /** Seconds until a retry may succeed (429), 0 otherwise. */
    public long retryAfter() {
        return retryAfter;
    }

    /** 429 with {@code Retry-After} (whole seconds, at least 1). */
    public static ApiProblem rateLimited(String detail, long retryAfterSeconds) {
        return new ApiProblem(ProblemType.RATE_LIMITED, detail, null, Math.max(1, retryAfterSeconds), false);
    }

    /** 503: the search index could not answer a read (Solr away or failing); the caller may retry. */
    public static ApiProblem indexUnavailable() {
        return new ApiProblem(ProblemType.UNAVAILABLE, "the search index could not answer: try again shortly");
    }

    /** 401 naming the ways to sign in ({@code WWW-Authenticate}). */
    public static ApiProblem unauthenticated(ProblemType type, String detail) {
        return new ApiProblem(type, detail, null, 0, true);
    }

    /** The answer. */
    public Response response() {
        JsonObjectBuilder body = body(type, getMessage(), problems);
        Response.ResponseBuilder b = Response.status(type.status()).type(TYPE);
        if (retryAfter > 0) {
            body.add("retryAfter", retryAfter);
            b.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        if (challenge) {
            b.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Lang Nghe API\"")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Lang Nghe API\", charset=\"UTF-8\"");
        }
        return b.entity(body.build().toString()).build();
    }

    /** The answer for places that answer without throwing (filters, mappers of other exceptions). */
    public static Response.ResponseBuilder response(ProblemType type, String detail, List<String> problems) {
        return Response.status(type.status()).type(TYPE).entity(body(type, detail, problems).build().toString());
    }

    static JsonObjectBuilder body(ProblemType type, String detail, List<String> problems) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("type", type.uri()).add("title", type.title())
                .add("status", type.status());
        if (detail != null && !detail.isBlank()) {
            b.add("detail", detail);
        }
        if (problems != null && !problems.isEmpty()) {
            JsonArrayBuilder a = JSON.createArrayBuilder();
            problems.forEach(a::add);
            b.add("problems", a);
        }
        return b;
    }
}
