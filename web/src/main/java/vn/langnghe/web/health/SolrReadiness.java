package vn.langnghe.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.langnghe.index.SolrConnection;

/** Ready only while the posts collection answers a query. */
@Readiness
@ApplicationScoped
public class SolrReadiness implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(SolrReadiness.class.getName());

    @Inject
    SolrConnection solr;

    @Override
    public HealthCheckResponse call() {
        List<String> urls;
        try {
            urls = solr.urls();
        } catch (RuntimeException e) {
            // While Payara starts, the health servlet may ask before the application's settings can be
            // read from its thread, so the connection cannot be made yet: that is "not ready", not a fault.
            LOG.log(Level.FINE, "Solr connection not set up yet", e);
            return HealthCheckResponse.named("solr").down().withData("error", "starting").build();
        }
        try {
            long docs = solr.probe();
            return HealthCheckResponse.named("solr").up()
                    .withData("collection", solr.collection())
                    .withData("documents", docs).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("solr").down()
                    .withData("url", String.join(",", urls))
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
