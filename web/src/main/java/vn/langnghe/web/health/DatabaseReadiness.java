package vn.langnghe.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.langnghe.database.DatabaseInfo;

/** Ready only while the database answers {@code SELECT 1}. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    @Inject
    DatabaseInfo database;

    @Inject
    @ConfigProperty(name = "langnghe.health.timeout-seconds")
    int timeoutSeconds;

    @Override
    public HealthCheckResponse call() {
        try {
            database.ping(timeoutSeconds);
            return HealthCheckResponse.named("database").up().withData("kind", database.kind()).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("database").down()
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
