package vn.langnghe.pipeline;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.langnghe.correction.PostCorrections;
import vn.langnghe.harvest.HarvestScheduler;
import vn.langnghe.harvest.HarvestSettings;
import vn.langnghe.harvest.OutboxFilled;
import vn.langnghe.index.IndexingException;
import vn.langnghe.index.PostIndexer;

/**
 * Carries outbox items into Solr on {@code langnghe.harvest.drain-threads} workers per node, started
 * by {@link #kick()} after every accepted page and by a periodic safety net ({@link DrainSafetyNet}).
 * Each worker ({@link OutboxWorker}) claims the batch it takes, so the workers of this node and of
 * every other node of a deployment group share the outbox without taking a row twice, and a batch
 * claimed by a node that died is taken over when its lease ({@code langnghe.pipeline.claim-lease-seconds})
 * ends. While Solr is down the rows simply wait; a crash between indexing and deleting indexes them
 * again, which the {@code platform:nativeId} ids make harmless.
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

    @Inject
    PostCorrections corrections;

    private volatile Loop[] loops;
    private volatile boolean stopping;

    /** One worker's drain loop: at most one run at a time, and one more when kicked while running. */
    private final class Loop {
        final OutboxWorker worker;
        final AtomicBoolean running = new AtomicBoolean();
        volatile boolean again;

        Loop(OutboxWorker worker) {
            this.worker = worker;
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
                    drain(worker);
                }
            } catch (RuntimeException e) {
                // the executor would keep this in a Future nobody reads; the rows stay (claimed ones
                // until their lease ends) and the safety net starts the loop again
                LOG.log(Level.WARNING, "Outbox drain " + worker.id() + " stopped; it starts again within 10 s", e);
            } finally {
                running.set(false);
            }
            if (again && !stopping) {
                kick();
            }
        }
    }

    private Loop[] loops() {
        Loop[] l = loops;
        if (l == null) {
            synchronized (this) {
                if (loops == null) {
                    String node = node();
                    Loop[] created = new Loop[Math.max(1, settings.drainThreads())];
                    for (int i = 0; i < created.length; i++) {
                        created[i] = new Loop(new OutboxWorker(node + "/" + i, store, settings.drainBatch(),
                                engine::assembler, groups, indexer, corrections::apply));
                    }
                    loops = created;
                }
                l = loops;
            }
        }
        return l;
    }

    /**
     * This node in claim tokens: the Payara instance, for whoever reads the outbox table, and a random
     * part, so that a restarted node never holds a token of its previous life.
     */
    private static String node() {
        return System.getProperty("com.sun.aas.instanceName", "node") + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A page was accepted (or the scheduler started): drain now rather than at the next safety net. */
    void onOutboxFilled(@Observes OutboxFilled filled) {
        kick();
    }

    /** Asks every worker of this node for a drain soon; cheap, and never waits. */
    public void kick() {
        for (Loop l : loops()) {
            l.kick();
        }
    }

    /** Drains batches until none is free or Solr refuses. */
    private void drain(OutboxWorker worker) {
        while (!stopping) {
            try {
                if (!worker.drainBatch()) {
                    break;
                }
            } catch (IndexingException e) {
                // Solr is down or refusing: the rows were released, the safety net tries again shortly
                LOG.warning(() -> "Outbox waits for Solr: " + e.getMessage());
                break;
            }
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }
}
