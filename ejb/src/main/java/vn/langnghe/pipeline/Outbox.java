package vn.langnghe.pipeline;

/**
 * The outbox as a drain worker ({@link OutboxWorker}) uses it, each call one transaction of its own:
 * {@link OutboxStore} in the container, a JDBC connection in tests that run workers in their own JVMs.
 * The SQL is {@link OutboxClaims}'s in both. Failures are {@link OutboxException}s.
 */
public interface Outbox {
    /** Claims up to {@code limit} of the oldest waiting rows under {@code token}; empty when none is free. */
    ClaimedBatch claim(String token, int limit);

    /** The batch is in Solr: deletes the rows still held under its token; returns how many. */
    int finish(ClaimedBatch batch);

    /** A row's item could not be analysed: counts the attempt and frees the row, if the batch still holds it. */
    void failed(ClaimedBatch batch, long rowId, String error);

    /** Frees the rows still held under the batch's token without counting an attempt (Solr refused them). */
    void release(ClaimedBatch batch);
}
