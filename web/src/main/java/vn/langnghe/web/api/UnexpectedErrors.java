package vn.langnghe.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort of the API: a failure no resource expected is logged with its cause under an incident
 * number, and the client gets that number as JSON, never the server's HTML page or a stack trace. Bad
 * input must never land here: each resource refuses it with a 400 that names the problem, and a test
 * sends malformed input to every endpoint to keep it so.
 */
@Provider
public class UnexpectedErrors implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API request failed unexpectedly (incident " + incident + ")", e);
        return Response.serverError().type(ApiProblem.TYPE)
                .entity(ApiProblem.body(ProblemType.INTERNAL_ERROR, "internal error (incident " + incident
                        + "): the server log has the cause", null).add("incident", incident).build().toString()).build();
    }
}
