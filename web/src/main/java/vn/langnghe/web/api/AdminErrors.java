package vn.langnghe.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.langnghe.account.AdminRefusal;

/** A refused unit or account request: 400 for bad input, 404 for an unknown unit or account, 409 for a duplicate. */
@Provider
public class AdminErrors implements ExceptionMapper<AdminRefusal> {
    @Override
    public Response toResponse(AdminRefusal e) {
        ProblemType type = switch (e.kind()) {
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case DUPLICATE -> ProblemType.CONFLICT;
            default -> ProblemType.BAD_REQUEST;
        };
        return ApiProblem.response(type, e.getMessage(), null).build();
    }
}
