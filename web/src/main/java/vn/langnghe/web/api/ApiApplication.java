package vn.langnghe.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The JSON API, version 1. The resource classes are listed explicitly: scanning would also pick up
 * SolrJ's {@code *Api} interfaces from the EAR's lib folder.
 */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(StatusResource.class, SourcesResource.class, AdminOnlyFilter.class, ApiErrors.class,
                SourceErrors.class, UnexpectedErrors.class, UnitsResource.class, AccountsResource.class, AdminErrors.class,
                ApiCallAudit.class, ApiAccessFilter.class, ProblemsResource.class, ClientsResource.class, PostsResource.class,
                StatsResource.class, SearchErrors.class);
    }
}
