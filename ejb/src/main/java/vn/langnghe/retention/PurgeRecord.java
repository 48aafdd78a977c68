package vn.langnghe.retention;

import java.time.Instant;

/** One purge, as table {@code retention_purges} keeps it. Counts are per store: the index and the outbox. */
public record PurgeRecord(long id, Instant startedAt, Instant finishedAt, String trigger, String actor, String node,
                          int days, Instant cutoff, Instant oldestPurged, Instant newestPurged, long solrFound,
                          long solrDeleted, long outboxDeleted, Long durationMs, String outcome, String error) {
    public static final String RUNNING = "running";
    public static final String OK = "ok";
    public static final String FAILED = "failed";
    public static final String INTERRUPTED = "interrupted";
    public static final String TIMER = "timer";
    public static final String ADMIN = "admin";

    public boolean running() {
        return RUNNING.equals(outcome);
    }
}
