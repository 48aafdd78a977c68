package vn.langnghe.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's own refusals (unknown path 404, wrong method 405, a body that is not JSON 415...) answered
 * as JSON {@code {"error": ...}} like every other answer, instead of the server's HTML page.
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
        return Response.fromResponse(r).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(SourceJson.error(reason == null || reason.isEmpty() ? "HTTP " + r.getStatus()
                        : reason.toLowerCase(java.util.Locale.ROOT), null).toString()).build();
    }
}
