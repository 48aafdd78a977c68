package vn.langnghe.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.langnghe.harvest.InvalidSourceException;
import vn.langnghe.harvest.NoSuchSourceException;
import vn.langnghe.harvest.SourceNameTakenException;

/**
 * A refused source operation, answered by its type, in one place: no such source 404, a name another
 * source has 409, anything else the caller sent 400 with every problem named.
 */
@Provider
public class SourceErrors implements ExceptionMapper<InvalidSourceException> {
    @Override
    public Response toResponse(InvalidSourceException e) {
        Response.Status status = e instanceof NoSuchSourceException ? Response.Status.NOT_FOUND
                : e instanceof SourceNameTakenException ? Response.Status.CONFLICT
                : Response.Status.BAD_REQUEST;
        String error = e instanceof NoSuchSourceException ? e.getMessage() : "invalid source";
        ProblemType type = status == Response.Status.NOT_FOUND ? ProblemType.NOT_FOUND
                : status == Response.Status.CONFLICT ? ProblemType.CONFLICT : ProblemType.BAD_REQUEST;
        return ApiProblem.response(type, error, status == Response.Status.NOT_FOUND ? null : e.problems()).build();
    }
}
