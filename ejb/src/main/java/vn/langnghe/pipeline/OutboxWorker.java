package vn.langnghe.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.langnghe.harvest.ItemJson;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.index.IndexingException;
import vn.langnghe.index.Post;
import vn.langnghe.index.PostIndexer;

/**
 * One drain worker: claims a batch of the oldest waiting outbox rows, turns each item into a post,
 * groups near-duplicates, indexes the batch (commitWithin) and deletes the rows its claim still holds.
 * Plain Java, one thread at a time: {@link OutboxDrain} runs its workers on the container's executor,
 * and the multi-node test runs them in JVMs of their own, with the same code.
 */
public final class OutboxWorker {
    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    private final String id;
    private final Outbox outbox;
    private final int batchSize;
    private final Supplier<PostAssembler> assembler;
    private final DuplicateGroups groups;
    private final PostIndexer indexer;
    private final UnaryOperator<List<Post>> corrections;
    private long batches;

    /**
     * @param id        unique among all workers of all nodes, and not reused when a node restarts: the
     *                  claim tokens are {@code id#1}, {@code id#2}, …
     * @param assembler asked before every claim, so that loading the models is not counted in a lease
     */
    public OutboxWorker(String id, Outbox outbox, int batchSize, Supplier<PostAssembler> assembler,
                        DuplicateGroups groups, PostIndexer indexer) {
        this(id, outbox, batchSize, assembler, groups, indexer, UnaryOperator.identity());
    }

    /**
     * @param corrections applied to every assembled batch before it is indexed ({@code PostCorrections}:
     *                    analysts' corrections outlive a re-harvest); one database query per batch
     */
    public OutboxWorker(String id, Outbox outbox, int batchSize, Supplier<PostAssembler> assembler,
                        DuplicateGroups groups, PostIndexer indexer, UnaryOperator<List<Post>> corrections) {
        this.corrections = corrections;
        this.id = id;
        this.outbox = outbox;
        this.batchSize = batchSize;
        this.assembler = assembler;
        this.groups = groups;
        this.indexer = indexer;
    }

    public String id() {
        return id;
    }

    /**
     * Drains one batch; false when no row was free to claim. When Solr refuses the batch its rows are
     * freed for the next try (no attempt counted: the items are not at fault) and the refusal is thrown.
     */
    public boolean drainBatch() throws IndexingException {
        PostAssembler posts = assembler.get();
        long t0 = System.nanoTime();
        ClaimedBatch batch = outbox.claim(id + "#" + ++batches, batchSize);
        if (batch.isEmpty()) {
            return false;
        }
        long t1 = System.nanoTime();
        List<Post> assembled = new ArrayList<>(batch.rows().size());
        for (ClaimedBatch.Row row : batch.rows()) {
            try {
                HarvestedItem item = ItemJson.read(row.payload());
                assembled.add(posts.assemble(item, row.sourceName(), row.fetchedAt()));
            } catch (RuntimeException ex) {
                // one unreadable item must not hold back the rest: it is retried a few times, then kept aside
                LOG.log(Level.WARNING, "Outbox item " + row.itemId() + " could not be analysed", ex);
                outbox.failed(batch, row.id(), ex.toString());
            }
        }
        long t2 = System.nanoTime();
        long t3;
        try {
            List<Post> grouped = assembled.isEmpty() ? assembled : groups.assign(corrected(assembled));
            t3 = System.nanoTime();
            if (!grouped.isEmpty()) {
                indexer.index(grouped);
            }
        } catch (IndexingException e) {
            // Solr is down or refusing: the rows go back at once, not at the end of the lease
            outbox.release(batch);
            throw e;
        } catch (CorrectionsUnreadable e) {
            outbox.release(batch);
            throw new IndexingException(e.getMessage(), e.getCause());
        }
        long t4 = System.nanoTime();
        int deleted = outbox.finish(batch);
        long t5 = System.nanoTime();
        if (deleted < assembled.size()) {
            // the lease ran out before the batch was done: the worker that took the rows over indexes
            // them again, which the platform:nativeId ids make harmless; a longer lease avoids the work
            LOG.warning(() -> String.format("Claim %s expired before its batch was indexed: %d of %d rows were "
                    + "taken over by another worker", batch.token(), assembled.size() - deleted, assembled.size()));
        }
        LOG.fine(() -> String.format("%s drained %d items: claim %d ms, analysis %d ms, grouping %d ms, Solr %d ms, "
                + "delete %d ms", batch.token(), deleted, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000));
        return true;
    }

    /**
     * The batch with analysts' corrections in place. A batch is never indexed without them: when they
     * cannot be read it waits, as it does while Solr is down (a correction overwritten by a re-harvest
     * would silently come undone).
     */
    private List<Post> corrected(List<Post> posts) {
        try {
            return corrections.apply(posts);
        } catch (RuntimeException e) {
            throw new CorrectionsUnreadable("the analysts' corrections could not be read: " + e.getMessage(), e);
        }
    }

    private static final class CorrectionsUnreadable extends RuntimeException {
        CorrectionsUnreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
