package vn.langnghe.harvest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * One persistent single-action timer per active source, named {@code source:<id>}. Persistent timers
 * survive restarts and, in a Payara deployment group whose timer store is shared, fire on one node
 * only. The timer callback only hands the run to the harvest executor, so a slow source never holds
 * the timer thread or delays the others; when the run ends, the next timer is set for the time the
 * run asks (interval, back-off, or the platform's rate-limit wait).
 */
@Singleton
@Startup
@AccessTimeout(value = 30, unit = TimeUnit.SECONDS)
@ManagedExecutorDefinition(name = HarvestScheduler.EXECUTOR, maxAsync = 8)
public class HarvestScheduler {
    private static final Logger LOG = Logger.getLogger(HarvestScheduler.class.getName());
    public static final String EXECUTOR = "java:app/concurrent/langnghe-harvest";
    private static final String PREFIX = "source:";
    private static final String RECONCILE = "reconcile";

    @Resource
    TimerService timers;

    @Resource
    SessionContext context;

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService executor;

    @Inject
    HarvestRunner runner;

    @Inject
    SourceRuns runs;

    @Inject
    Event<OutboxFilled> outboxFilled;

    /** When this copy of the application started: runs of this instance begun earlier died with it. */
    private final Instant started = Instant.now();

    @PostConstruct
    void start() {
        // not at once: deployment must not wait for the database, and the timers of the previous run of
        // the application may still be being restored
        timers.createSingleActionTimer(3_000, new TimerConfig(RECONCILE, false));
    }

    /**
     * Sets the source's timer (replacing the one it had); a time in the past runs it at once. The
     * caller records the time on the source in its own transaction: writing it here, in another
     * transaction, would wait for the caller's lock on the same row.
     */
    public void schedule(long sourceId, Instant at) {
        cancel(sourceId);
        timers.createSingleActionTimer(Date.from(at), new TimerConfig(PREFIX + sourceId, true));
    }

    public void cancel(long sourceId) {
        String key = PREFIX + sourceId;
        for (Timer t : timers.getTimers()) {
            if (key.equals(t.getInfo())) {
                t.cancel();
            }
        }
    }

    /** Runs the source now on the harvest executor, even when paused; the admin's "run now". */
    public void runNow(long sourceId) {
        executor.submit(task(sourceId, true));
    }

    @Timeout
    void fire(Timer timer) {
        Object info = timer.getInfo();
        if (RECONCILE.equals(info)) {
            reconcile();
        } else if (info instanceof String s && s.startsWith(PREFIX)) {
            long id = Long.parseLong(s.substring(PREFIX.length()));
            executor.submit(task(id, false));
        }
    }

    /**
     * The task handed to the executor: the run itself is not a business method of this singleton (it
     * would hold the singleton's lock and one transaction for its whole length); only setting the next
     * timer comes back through the business interface.
     */
    private Runnable task(long sourceId, boolean manual) {
        HarvestScheduler self = context.getBusinessObject(HarvestScheduler.class);
        HarvestRunner r = runner;
        return () -> r.run(sourceId, manual).ifPresent(next -> self.rescheduleIfActive(sourceId, next));
    }

    public void rescheduleIfActive(long sourceId, Instant next) {
        Optional<Source> s = runs.find(sourceId);
        if (s.isPresent() && !s.get().isPaused()) {
            schedule(sourceId, next);
        } else {
            cancel(sourceId);
        }
    }

    /** Gives every active source without a timer one (after a crash mid-run, or a fresh deployment). */
    void reconcile() {
        int interrupted = runs.releaseInterruptedRuns(started, Instant.now());
        if (interrupted > 0) {
            LOG.warning(() -> interrupted + " harvest runs were interrupted by the last stop; they continue now");
        }
        Set<String> armed = new HashSet<>();
        for (Timer t : timers.getTimers()) {
            if (t.getInfo() instanceof String s && s.startsWith(PREFIX)) {
                armed.add(s);
            }
        }
        Instant now = Instant.now();
        int created = 0;
        for (Source s : runs.active()) {
            if (!armed.contains(PREFIX + s.getId())) {
                Instant at = s.getNextRunAt() == null || s.getNextRunAt().isBefore(now) ? now : s.getNextRunAt();
                schedule(s.getId(), at);
                runs.scheduled(s.getId(), at);
                created++;
            }
        }
        int n = created;
        LOG.info(() -> "Harvest scheduler: " + n + " source timers set, " + armed.size() + " already armed");
        outboxFilled.fire(OutboxFilled.ANY);
    }
}
