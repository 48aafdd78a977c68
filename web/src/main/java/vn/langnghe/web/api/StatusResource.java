package vn.langnghe.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.langnghe.status.PlatformStatus;
import vn.langnghe.status.StatusService;

/**
 * {@code GET /api/v1/status}: version, document count, Solr mode and database kind, for operators and
 * monitoring. It reveals no data, only sizes, so it needs no sign-in.
 */
@Path("status")
@RequestScoped
public class StatusResource {
    @Inject
    StatusService status;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public PlatformStatus get() {
        return status.status();
    }
}
