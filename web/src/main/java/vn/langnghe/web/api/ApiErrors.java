package vn.langnghe.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's refusals: an {@link ApiProblem} as it is; JAX-RS's own (unknown path 404, wrong method 405, a
 * body type it does not read 415...) as {@code application/problem+json} with the type of their status,
 * like every other answer, never the server's HTML page.
 */
@Provider
public class ApiErrors implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        Response r = e.getResponse();
        if (r.hasEntity()) {
            return r;
        }
        String reason = r.getStatusInfo().getReasonPhrase();
        ProblemType type = ProblemType.forStatus(r.getStatus());
        Response.ResponseBuilder b = Response.fromResponse(r).type(ApiProblem.TYPE)
                .entity(ApiProblem.body(type, reason == null || reason.isEmpty() ? "HTTP " + r.getStatus()
                        : reason.toLowerCase(java.util.Locale.ROOT), null).add("status", r.getStatus()).build().toString());
        return b.build();
    }
}
