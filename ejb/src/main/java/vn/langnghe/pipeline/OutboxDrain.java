package vn.langnghe.pipeline;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.pipeline.DuplicateGroups;
import vn.langnghe.index.IndexingException;
import vn.langnghe.index.Post;
import vn.langnghe.index.PostIndexer;
import vn.langnghe.harvest.OutboxEntry;
import vn.langnghe.harvest.OutboxFilled;
import vn.langnghe.harvest.HarvestSettings;
import vn.langnghe.harvest.HarvestScheduler;
import vn.langnghe.harvest.ItemJson;

/**
 * Carries outbox items into Solr: read a batch in fetch order, analyse, group near-duplicates, index
 * (commitWithin), then delete the rows. It runs on {@code langnghe.harvest.drain-threads} workers per
 * node, started by {@link #kick()} after every accepted page and by a periodic safety net. While Solr is down the rows simply wait; a
 * crash between indexing and deleting indexes them again, which the {@code platform:nativeId} ids make
 * harmless.
 */
@ApplicationScoped
public class OutboxDrain {
    private static final Logger LOG = Logger.getLogger(OutboxDrain.class.getName());

    @Resource(lookup = HarvestScheduler.EXECUTOR)
    ManagedExecutorService executor;

    @Inject
    OutboxStore store;

    @Inject
    AnalysisEngine engine;

    @Inject
    DuplicateGroups groups;

    @Inject
    PostIndexer indexer;

    @Inject
    HarvestSettings settings;

    private volatile Worker[] workers;
    private volatile boolean stopping;

    /**
     * One drain loop. Workers split the outbox by row id ({@code id mod n}), so two of them never take
     * the same row while one waits for Solr the other analyses.
     */
    private final class Worker {
        final int slot;
        final AtomicBoolean running = new AtomicBoolean();
        volatile boolean again;

        Worker(int slot) {
            this.slot = slot;
        }

        void kick() {
            again = true;
            if (!stopping && running.compareAndSet(false, true)) {
                try {
                    executor.submit(this::loop);
                } catch (RejectedExecutionException e) {
                    running.set(false);
                }
            }
        }

        private void loop() {
            try {
                while (again && !stopping) {
                    again = false;
                    drain(slot, workers().length);
                }
            } finally {
                running.set(false);
            }
            if (again && !stopping) {
                kick();
            }
        }
    }

    private Worker[] workers() {
        Worker[] w = workers;
        if (w == null) {
            synchronized (this) {
                if (workers == null) {
                    Worker[] created = new Worker[Math.max(1, settings.drainThreads())];
                    for (int i = 0; i < created.length; i++) {
                        created[i] = new Worker(i);
                    }
                    workers = created;
                }
                w = workers;
            }
        }
        return w;
    }

    /** Asks for a drain soon; cheap, and never waits. */
    /** A page was accepted (or the scheduler started): drain now rather than at the next safety net. */
    void onOutboxFilled(@Observes OutboxFilled filled) {
        kick();
    }

    public void kick() {
        for (Worker w : workers()) {
            w.kick();
        }
    }

    /** Drains one slot until it is empty or Solr refuses. */
    private void drain(int slot, int slots) {
        while (!stopping) {
            long t0 = System.nanoTime();
            List<OutboxEntry> batch = store.next(settings.drainBatch(), slots, slot);
            long read = System.nanoTime() - t0;
            if (batch.isEmpty()) {
                break;
            }
            try {
                index(batch, read);
            } catch (IndexingException e) {
                // Solr is down or refusing: the rows stay, the safety net tries again shortly
                LOG.warning(() -> "Outbox waits for Solr: " + e.getMessage());
                break;
            }
        }
    }

    private void index(List<OutboxEntry> batch, long read) throws IndexingException {
        long t0 = System.nanoTime();
        PostAssembler assembler = engine.assembler();
        List<Post> posts = new ArrayList<>(batch.size());
        List<Long> done = new ArrayList<>(batch.size());
        for (OutboxEntry e : batch) {
            try {
                HarvestedItem item = ItemJson.read(e.getPayload());
                posts.add(assembler.assemble(item, e.getSourceName(), e.getFetchedAt()));
                done.add(e.getId());
            } catch (RuntimeException ex) {
                // one unreadable item must not hold back the rest: it is retried a few times, then kept aside
                LOG.log(Level.WARNING, "Outbox item " + e.getItemId() + " could not be analysed", ex);
                store.failed(e.getId(), ex.toString());
            }
        }
        long t1 = System.nanoTime();
        List<Post> grouped = posts.isEmpty() ? posts : groups.assign(posts);
        long t2 = System.nanoTime();
        if (!grouped.isEmpty()) {
            indexer.index(grouped);
        }
        long t3 = System.nanoTime();
        store.delete(done);
        long t4 = System.nanoTime();
        LOG.fine(() -> String.format("drained %d items: read %d ms, analysis %d ms, grouping %d ms, Solr %d ms, "
                + "delete %d ms", posts.size(), read / 1_000_000, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000));
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }
}
