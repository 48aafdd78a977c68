package vn.langnghe.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import vn.langnghe.status.StatusService;

/**
 * Alive while the application is deployed and answering. Solr or the database being away makes the
 * platform not ready, not dead: restarting Payara would not bring them back.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {
    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("langnghe").up().withData("version", StatusService.version()).build();
    }
}
