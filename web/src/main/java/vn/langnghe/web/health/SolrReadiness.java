package vn.langnghe.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.langnghe.index.SolrConnection;

/** Ready only while the posts collection answers a query. */
@Readiness
@ApplicationScoped
public class SolrReadiness implements HealthCheck {
    @Inject
    SolrConnection solr;

    @Override
    public HealthCheckResponse call() {
        try {
            long docs = solr.probe();
            return HealthCheckResponse.named("solr").up()
                    .withData("collection", solr.collection())
                    .withData("documents", docs).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("solr").down()
                    .withData("url", String.join(",", solr.urls()))
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
