package vn.langnghe.web.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of failure the API answers, each with a stable {@code type} (RFC 9457): a consuming system
 * branches on the type, never on the wording of {@code detail}. The type is a reference to
 * {@code /api/v1/problems/<slug>}, which describes it ({@link ProblemsResource}). New kinds may be added;
 * a slug never changes meaning.
 */
public enum ProblemType {
    BAD_REQUEST("bad-request", 400, "The request is not valid"),
    BAD_QUERY("bad-query", 400, "The query's syntax is wrong"),
    UNKNOWN_FIELD("unknown-field", 400, "A field, filter or sort that does not exist"),
    UNKNOWN_FACET("unknown-facet", 400, "A facet that is not declared"),
    BAD_CURSOR("bad-cursor", 400, "The paging cursor is damaged or from another query"),
    INVALID_JSON("invalid-json", 400, "The body is not the JSON expected"),
    INVALID_ENCODING("invalid-encoding", 400, "The body is not valid UTF-8"),
    UNAUTHENTICATED("unauthenticated", 401, "No valid credentials were presented"),
    TOKEN_EXPIRED("token-expired", 401, "The token has expired"),
    TOKEN_REVOKED("token-revoked", 401, "The token has been revoked"),
    FORBIDDEN("forbidden", 403, "The caller lacks the permission this call needs"),
    SCOPE_VIOLATION("scope-violation", 403, "The request reaches outside the caller's data scope"),
    CROSS_SITE("cross-site", 403, "A state-changing request from another site"),
    NOT_FOUND("not-found", 404, "No such resource in the caller's scope"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "The resource does not take this method"),
    NOT_ACCEPTABLE("not-acceptable", 406, "No representation matches the Accept header"),
    CONFLICT("conflict", 409, "The resource exists already"),
    BODY_TOO_LARGE("body-too-large", 413, "The request body is too large"),
    URI_TOO_LONG("uri-too-long", 414, "The request's address or query is too long"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "The body's content type is not accepted"),
    RATE_LIMITED("rate-limited", 429, "Too many calls: wait for Retry-After seconds"),
    INTERNAL_ERROR("internal-error", 500, "The server failed; the incident number finds the cause in its log"),
    UNAVAILABLE("unavailable", 503, "A part of the platform (the index) cannot be reached");

    /** Where the types are described; a type is this followed by the slug. */
    public static final String BASE = "/api/v1/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String uri() {
        return BASE + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public static Optional<ProblemType> ofSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }

    /** The type of a bare HTTP status the container or JAX-RS produced. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> BODY_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}
