package vn.langnghe.retention;

import java.time.Instant;

/**
 * What a purge has found and removed so far, per store, and the period (created_at) the removed posts
 * cover.
 */
public record PurgeCounts(long solrFound, long solrDeleted, long outboxDeleted, Instant oldest, Instant newest) {
    public static final PurgeCounts NONE = new PurgeCounts(0, 0, 0, null, null);

    PurgeCounts found(long n, Instant first, Instant last) {
        return new PurgeCounts(n, solrDeleted, outboxDeleted, earlier(oldest, first), later(newest, last));
    }

    PurgeCounts solrDeleted(long n) {
        return new PurgeCounts(solrFound, n, outboxDeleted, oldest, newest);
    }

    PurgeCounts outboxDeleted(long n, Instant first, Instant last) {
        return new PurgeCounts(solrFound, solrDeleted, outboxDeleted + n, earlier(oldest, first), later(newest, last));
    }

    public long total() {
        return solrDeleted + outboxDeleted;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
