package vn.langnghe.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
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

    /**
     * Read at each check, with the defaults file's value as a fallback: while Payara starts, the health
     * servlet calls the checks before the application's configuration can be resolved from its thread,
     * and a plain injected value would fail the whole check with a stack trace in the log.
     */
    @Inject
    @ConfigProperty(name = "langnghe.health.timeout-seconds", defaultValue = "3")
    Provider<Integer> timeoutSeconds;

    @Override
    public HealthCheckResponse call() {
        try {
            database.ping(timeoutSeconds.get());
            return HealthCheckResponse.named("database").up().withData("kind", database.kind()).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("database").down()
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
