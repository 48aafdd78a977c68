package vn.langnghe.harvest;

/**
 * A CDI event: items were written to the outbox (a page was accepted, or the scheduler started and
 * found work left over). The pipeline observes it and drains; harvest fires it without knowing who
 * reads the outbox, so the dependency points one way, from the pipeline to harvest.
 */
public record OutboxFilled(long sourceId) {
    /** Fired when no single source is the reason (start-up). */
    public static final OutboxFilled ANY = new OutboxFilled(0);
}
