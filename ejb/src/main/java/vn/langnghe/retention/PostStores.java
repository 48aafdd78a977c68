package vn.langnghe.retention;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocumentList;
import vn.langnghe.harvest.ItemJson;
import vn.langnghe.index.IndexingException;
import vn.langnghe.index.PostField;
import vn.langnghe.index.SolrConnection;

/**
 * The places a post lives, seen by its {@code created_at}: the Solr {@code posts} collection (every
 * field of a post, the author's included) and the outbox (items fetched but not yet indexed, and those
 * kept aside after repeated failures; their payload holds the same personal data). Nothing else keeps a
 * post: sources keep cursors and run notes about pages, the audit trail keeps post ids only, and the
 * near-duplicate memory of each node keeps ids and 64-bit signatures (see docs/security.md, "Retention").
 */
public final class PostStores {
    private static final Logger LOG = Logger.getLogger(PostStores.class.getName());

    private final SolrConnection solr;
    private final DataSource dataSource;
    private final int batchSize;

    public PostStores(SolrConnection solr, DataSource dataSource, int batchSize) {
        this.solr = solr;
        this.dataSource = dataSource;
        this.batchSize = Math.max(1, batchSize);
    }

    /** Posts of the index created before the cutoff. */
    public long countIndexed(Instant cutoff) throws IndexingException {
        return query(olderThan(cutoff).setRows(0), "count the posts to purge").getNumFound();
    }

    /** How many there are, and the oldest and newest created_at among them. */
    PurgeCounts findIndexed(Instant cutoff) throws IndexingException {
        long n = countIndexed(cutoff);
        if (n == 0) {
            return PurgeCounts.NONE;
        }
        return PurgeCounts.NONE.found(n, edge(cutoff, SolrQuery.ORDER.asc), edge(cutoff, SolrQuery.ORDER.desc));
    }

    /**
     * Deletes the posts created before the cutoff and makes the deletion visible; returns how many went.
     * A delete by query is idempotent: run again after a crash it deletes what is left.
     */
    long purgeIndex(Instant cutoff) throws IndexingException {
        long before = countIndexed(cutoff);
        try {
            solr.client().deleteByQuery(solr.collection(), filter(cutoff));
            solr.client().commit(solr.collection(), true, true);
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IndexingException("Solr did not delete the posts created before " + cutoff + ": " + e.getMessage(), e);
        }
        return before - countIndexed(cutoff);
    }

    /**
     * Deletes outbox rows whose item was created before the cutoff, {@code batchSize} rows read per
     * transaction, in id order. Rows a drain worker holds right now are left to it (they are indexed, then
     * purged by the next purge); a payload that cannot be read is left too (it is an admin's to look at).
     * {@code afterBatch} hears the counts after each batch.
     */
    PurgeCounts purgeOutbox(Instant cutoff, PurgeCounts counts, Consumer<PurgeCounts> afterBatch) throws SQLException {
        long after = Long.MIN_VALUE;
        PurgeCounts n = counts;
        while (true) {
            List<Long> old = new ArrayList<>();
            Instant first = null;
            Instant last = null;
            int read = 0;
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT id, payload FROM outbox WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY")) {
                    s.setLong(1, after);
                    s.setInt(2, batchSize);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            read++;
                            after = r.getLong(1);
                            Instant created = createdAt(after, r.getString(2));
                            if (created != null && created.isBefore(cutoff)) {
                                old.add(after);
                                first = first == null || created.isBefore(first) ? created : first;
                                last = last == null || created.isAfter(last) ? created : last;
                            }
                        }
                    }
                }
                if (!old.isEmpty()) {
                    int deleted = 0;
                    try (PreparedStatement d = c.prepareStatement("DELETE FROM outbox WHERE id = ? "
                            + "AND (claimed_until IS NULL OR claimed_until < CURRENT_TIMESTAMP)")) {
                        for (long id : old) {
                            d.setLong(1, id);
                            d.addBatch();
                        }
                        for (int k : d.executeBatch()) {
                            deleted += Math.max(0, k);
                        }
                    }
                    n = n.outboxDeleted(deleted, deleted > 0 ? first : null, deleted > 0 ? last : null);
                }
            }
            afterBatch.accept(n);
            if (read < batchSize) {
                return n;
            }
        }
    }

    private static Instant createdAt(long rowId, String payload) {
        try {
            return ItemJson.read(payload).createdAt();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Retention: outbox row " + rowId + " has a payload that cannot be read, left as it is: " + e);
            return null;
        }
    }

    private Instant edge(Instant cutoff, SolrQuery.ORDER order) throws IndexingException {
        SolrDocumentList docs = query(olderThan(cutoff).setRows(1).setFields(PostField.CREATED_AT)
                .setSort(PostField.CREATED_AT, order), "find the period to purge");
        return docs.isEmpty() ? null : ((Date) docs.get(0).getFieldValue(PostField.CREATED_AT)).toInstant();
    }

    private SolrDocumentList query(SolrQuery q, String what) throws IndexingException {
        try {
            return solr.client().query(solr.collection(), q).getResults();
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw new IndexingException("Solr could not " + what + ": " + e.getMessage(), e);
        }
    }

    private static SolrQuery olderThan(Instant cutoff) {
        return new SolrQuery("*:*").addFilterQuery(filter(cutoff));
    }

    /** created_at before the cutoff (the end excluded); posts without a date are never purged by age. */
    static String filter(Instant cutoff) {
        return PostField.CREATED_AT + ":[* TO \"" + cutoff + "\"}";
    }
}
