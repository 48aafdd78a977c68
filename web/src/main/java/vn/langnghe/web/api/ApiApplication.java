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
        return Set.of(
                // resources
                StatusResource.class, ProblemsResource.class, SourcesResource.class, UnitsResource.class,
                AccountsResource.class, ClientsResource.class,
                PostsResource.class, StatsResource.class, SavedQueriesResource.class, FeedsResource.class, AnalyzeResource.class,
                // sign-in, permissions and the audit of every call
                AdminOnlyFilter.class, ApiAccessFilter.class, ApiCallAudit.class,
                // every failure as problem JSON
                ProblemErrors.class, SearchErrors.class, ApiErrors.class, SourceErrors.class, AdminErrors.class, UnexpectedErrors.class);
    }
}
