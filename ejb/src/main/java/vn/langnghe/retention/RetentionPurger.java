package vn.langnghe.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One purge, from the lease to the record: the container's {@link RetentionService} and the tests run
 * this same code. The outbox goes first, so that an old item still waiting there cannot be indexed again
 * after the index was purged; then the index. The record is written when the purge starts and updated
 * after every step, so the page shows progress, and a purge cut short by a crash is visible and is
 * simply completed by the next one (both deletions are idempotent).
 */
public final class RetentionPurger {
    private static final Logger LOG = Logger.getLogger(RetentionPurger.class.getName());

    private final RetentionStore store;
    private final PostStores posts;
    private final Clock clock;
    private final String node;
    private final int leaseSeconds;

    public RetentionPurger(RetentionStore store, PostStores posts, Clock clock, String node, int leaseSeconds) {
        this.store = store;
        this.posts = posts;
        this.clock = clock;
        this.node = node;
        this.leaseSeconds = leaseSeconds;
    }

    /**
     * Purges posts older than {@code days} unless another purge holds the lease, or ({@code oncePerCutoff},
     * the timer) a purge up to the same cutoff has already finished; then empty.
     */
    public Optional<PurgeRecord> purge(String trigger, String actor, int days, boolean oncePerCutoff) {
        Instant started = clock.instant();
        Instant cutoff = RetentionCalendar.cutoff(started, days);
        String holder = node + "#" + Long.toHexString(System.nanoTime());
        if (!store.takeLease(holder, leaseSeconds)) {
            LOG.info(() -> "Retention: another purge is running; this one (" + trigger + ") is skipped");
            return Optional.empty();
        }
        try {
            int interrupted = store.markInterrupted();
            if (interrupted > 0) {
                LOG.warning(() -> "Retention: " + interrupted + " purge(s) had stopped half-way; this purge completes them");
            }
            if (oncePerCutoff && store.doneFor(cutoff)) {
                LOG.info(() -> "Retention: posts before " + cutoff + " were purged already");
                return Optional.empty();
            }
            long id = store.start(started, trigger, actor, node, days, cutoff);
            PurgeCounts n = PurgeCounts.NONE;
            try {
                n = posts.findIndexed(cutoff);
                store.progress(id, n);
                final long recordId = id;
                n = posts.purgeOutbox(cutoff, n, so -> {
                    store.progress(recordId, so);
                    store.renewLease(holder, leaseSeconds);
                });
                n = n.solrDeleted(posts.purgeIndex(cutoff));
                store.finish(id, n, PurgeRecord.OK, null, clock.instant(), millisSince(started));
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Retention: the purge of posts before " + cutoff + " failed", e);
                store.finish(id, n, PurgeRecord.FAILED, e.getMessage(), clock.instant(), millisSince(started));
            }
            return store.find(id);
        } finally {
            store.releaseLease(holder);
        }
    }

    private long millisSince(Instant started) {
        return Duration.between(started, clock.instant()).toMillis();
    }
}
