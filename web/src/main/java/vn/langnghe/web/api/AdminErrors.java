package vn.langnghe.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.langnghe.account.AdminRefusal;

/** A refused unit or account request: 400 for bad input, 404 for an unknown unit or account, 409 for a duplicate. */
@Provider
public class AdminErrors implements ExceptionMapper<AdminRefusal> {
    @Override
    public Response toResponse(AdminRefusal e) {
        Response.Status status = switch (e.kind()) {
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case DUPLICATE -> Response.Status.CONFLICT;
            default -> Response.Status.BAD_REQUEST;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(SourceJson.error(e.getMessage(), null).toString()).build();
    }
}
