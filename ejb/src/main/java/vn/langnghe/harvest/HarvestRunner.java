package vn.langnghe.harvest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.ErrorKind;
import vn.langnghe.harvest.connector.ConnectorFactory;
import vn.langnghe.harvest.connector.Credentials;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.RateLimitedException;

/**
 * One harvest run of one source: claim it, fetch pages after its cursor until the source has no more
 * or the run's page or time budget is spent, hand each page to the outbox with the new cursor in one
 * transaction, and record the outcome. Returns when the source should run next; the scheduler turns
 * that into a timer.
 */
@ApplicationScoped
public class HarvestRunner {
    /** Looked up once: {@code Json.createX} finds the provider through the class loaders on every call (docs/benchmarks.md, bench api). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(HarvestRunner.class.getName());

    @Inject
    SourceRuns runs;

    @Inject
    ConnectorRegistry registry;

    @Inject
    CredentialsVault vault;

    @Inject
    HarvestSettings settings;

    @Inject
    Event<OutboxFilled> outboxFilled;

    private final Clock clock = Clock.systemUTC();

    /** Runs the source now; empty when it was not claimed (paused, deleted, or running elsewhere). */
    public Optional<Instant> run(long sourceId, boolean manual) {
        Instant started = clock.instant();
        // a run that outlives twice its time budget is presumed dead (its node crashed)
        Duration lease = settings.maxRunTime().multipliedBy(2);
        Optional<SourceRuns.Ticket> claimed = runs.claim(sourceId, started, lease, manual);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        SourceRuns.Ticket t = claimed.get();
        int pages = 0;
        int items = 0;
        try {
            Connector connector = open(t);
            String cursor = t.cursor();
            Instant deadline = started.plus(settings.maxRunTime());
            boolean more = true;
            while (more && pages < settings.maxPagesPerRun() && clock.instant().isBefore(deadline)) {
                long f0 = System.nanoTime();
                Page page = connector.fetch(cursor);
                long f1 = System.nanoTime();
                if (!runs.acceptPage(t.id(), page, clock.instant())) {
                    return Optional.empty();
                }
                long f2 = System.nanoTime();
                LOG.finer(() -> "Source " + t.name() + ": page of " + page.items().size() + " fetched in "
                        + (f1 - f0) / 1_000_000 + " ms, accepted in " + (f2 - f1) / 1_000_000 + " ms");
                outboxFilled.fire(new OutboxFilled(t.id()));
                pages++;
                items += page.items().size();
                cursor = page.nextCursor();
                more = page.more();
            }
            Instant now = clock.instant();
            Instant next = NextRun.afterSuccess(now, t.intervalSeconds(), more);
            runs.succeeded(t.id(), now, next);
            int fetched = items;
            int walked = pages;
            LOG.fine(() -> "Source " + t.name() + ": " + fetched + " items in " + walked + " pages");
            return Optional.of(next);
        } catch (ConnectorException e) {
            return Optional.of(fail(t, e.kind(), e.getMessage(),
                    e instanceof RateLimitedException r ? r.retryAfter() : null, e));
        } catch (InvalidSourceException e) {
            return Optional.of(fail(t, ErrorKind.CONFIG.code(), "the stored config is no longer valid: " + e.getMessage(), null,
                    null));
        } catch (RuntimeException e) {
            // a connector bug must not kill the scheduler: it is recorded like any failure and retried later
            LOG.log(java.util.logging.Level.WARNING, "Harvest run of source " + t.name() + " failed", e);
            return Optional.of(fail(t, ErrorKind.INTERNAL.code(), "unexpected error: " + e, null, null));
        }
    }

    private Instant fail(SourceRuns.Ticket t, String kind, String message, Duration retryAfter,
                         ConnectorException e) {
        Instant now = clock.instant();
        Instant next = e != null ? NextRun.afterFailure(now, t.failures(), e, settings.backoffMax())
                : now.plus(NextRun.backoff(t.failures() + 1, settings.backoffMax()));
        runs.failed(t.id(), now, new SourceRuns.Failure(kind, message, retryAfter), next);
        LOG.warning(() -> "Source " + t.name() + " (" + t.type() + "): " + message + "; next try " + next);
        return next;
    }

    private Connector open(SourceRuns.Ticket t) throws InvalidSourceException {
        ConnectorFactory<?> factory = registry.find(t.type())
                .orElseThrow(() -> new InvalidSourceException("no connector of type " + t.type() + " is installed"));
        return open(factory, t.configJson(), new Credentials(vault.open(t.credentialsEncrypted())));
    }

    <C extends Record> Connector open(ConnectorFactory<C> factory, String configJson, Credentials credentials)
            throws InvalidSourceException {
        C config;
        try (JsonReader r = JSON.createReader(new StringReader(configJson))) {
            config = ConfigCodec.fromJson(factory.configType(), r.readObject(), factory.defaultConfig());
        } catch (JsonException e) {
            throw new InvalidSourceException("the stored config is not JSON");
        }
        var problems = factory.validate(config);
        if (!problems.isEmpty()) {
            throw new InvalidSourceException(problems);
        }
        return factory.open(config, credentials, settings.connectorContext());
    }
}
