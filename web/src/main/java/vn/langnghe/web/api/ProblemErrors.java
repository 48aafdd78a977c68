package vn.langnghe.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refusal a resource (or what it calls) threw, answered as the problem it names. */
@Provider
public class ProblemErrors implements ExceptionMapper<ApiProblem> {
    @Override
    public Response toResponse(ApiProblem e) {
        return e.response();
    }
}
