package vn.langnghe.harvest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.HttpFetcher;

/** The harvesting settings of {@code META-INF/microprofile-config.properties}, read once. */
@ApplicationScoped
public class HarvestSettings {
    @Inject
    @ConfigProperty(name = "langnghe.harvest.max-pages-per-run")
    int maxPagesPerRun;

    @Inject
    @ConfigProperty(name = "langnghe.harvest.max-run-seconds")
    int maxRunSeconds;

    @Inject
    @ConfigProperty(name = "langnghe.harvest.max-items-per-page")
    int maxItemsPerPage;

    @Inject
    @ConfigProperty(name = "langnghe.harvest.max-body-mb")
    int maxBodyMb;

    @Inject
    @ConfigProperty(name = "langnghe.harvest.request-timeout-seconds")
    int requestTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "langnghe.harvest.min-interval-seconds")
    int minIntervalSeconds;

    @Inject
    @ConfigProperty(name = "langnghe.harvest.backoff-max-seconds")
    int backoffMaxSeconds;

    @Inject
    @ConfigProperty(name = "langnghe.harvest.drain-batch")
    int drainBatch;

    @Inject
    @ConfigProperty(name = "langnghe.harvest.drain-threads")
    int drainThreads;

    private volatile ConnectorContext context;

    public int maxPagesPerRun() { return maxPagesPerRun; }
    public Duration maxRunTime() { return Duration.ofSeconds(maxRunSeconds); }
    public int minIntervalSeconds() { return minIntervalSeconds; }
    public Duration backoffMax() { return Duration.ofSeconds(backoffMaxSeconds); }
    public int drainBatch() { return drainBatch; }
    public int drainThreads() { return drainThreads; }

    @Inject
    @ConfigProperty(name = "langnghe.data.dir")
    String dataDir;

    /** Comma-separated server folders that folder, upload and import sources may read; unset: {@code <data dir>/import}. */
    @Inject
    @ConfigProperty(name = "langnghe.harvest.file-roots")
    Optional<String> fileRoots;

    List<Path> fileRoots() {
        List<Path> roots = fileRoots.stream().flatMap(s -> Arrays.stream(s.split(","))).map(String::trim)
                .filter(s -> !s.isEmpty()).map(Path::of).toList();
        return roots.isEmpty() ? List.of(Path.of(dataDir, "import")) : roots;
    }

    /** One HTTP client for all connectors: it pools connections per host. */
    public ConnectorContext connectorContext() {
        ConnectorContext c = context;
        if (c == null) {
            synchronized (this) {
                if (context == null) {
                    context = new ConnectorContext(new HttpFetcher(new HttpFetcher.Limits(maxBodyMb * 1024L * 1024L,
                            Duration.ofSeconds(10), Duration.ofSeconds(requestTimeoutSeconds),
                            HttpFetcher.Limits.DEFAULTS.userAgent())), Clock.systemUTC(), maxItemsPerPage,
                            fileRoots());
                }
                c = context;
            }
        }
        return c;
    }
}
