package vn.langnghe.harvest;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.index.DuplicateGroups;
import vn.langnghe.index.IndexingException;
import vn.langnghe.index.Post;
import vn.langnghe.index.PostIndexer;

/**
 * Carries outbox items into Solr: read a batch in fetch order, analyse, group near-duplicates, index
 * (commitWithin), then delete the rows. It runs on one thread per node, started by {@link #kick()}
 * after every accepted page and by a periodic safety net. While Solr is down the rows simply wait; a
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

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean again;
    private volatile boolean stopping;
    private volatile String lastError;

    /** Asks for a drain soon; cheap, and never waits. */
    public void kick() {
        again = true;
        if (!stopping && running.compareAndSet(false, true)) {
            try {
                executor.submit(this::loop);
            } catch (RejectedExecutionException e) {
                running.set(false);
            }
        }
    }

    /** The last reason the drain stopped early (Solr down...), or null once it drained cleanly. */
    public String lastError() {
        return lastError;
    }

    private void loop() {
        try {
            while (again && !stopping) {
                again = false;
                drainAll();
            }
        } finally {
            running.set(false);
        }
        if (again && !stopping) {
            kick();
        }
    }

    /** Drains until the outbox is empty or Solr refuses; returns how many items were indexed. */
    public int drainAll() {
        int total = 0;
        while (!stopping) {
            List<OutboxEntry> batch = store.next(settings.drainBatch());
            if (batch.isEmpty()) {
                lastError = null;
                break;
            }
            try {
                total += index(batch);
            } catch (IndexingException e) {
                // Solr is down or refusing: the rows stay, the safety net tries again shortly
                lastError = e.getMessage();
                LOG.warning(() -> "Outbox waits for Solr: " + e.getMessage());
                break;
            }
        }
        return total;
    }

    private int index(List<OutboxEntry> batch) throws IndexingException {
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
        if (!posts.isEmpty()) {
            indexer.index(groups.assign(posts));
        }
        store.delete(done);
        return posts.size();
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }
}
