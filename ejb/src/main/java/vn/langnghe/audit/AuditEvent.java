package vn.langnghe.audit;

/**
 * What a caller says happened, for {@link AuditLog#record(AuditEvent)}: who and what are required,
 * the rest is added where the caller knows it. The time is taken when it is recorded.
 */
public final class AuditEvent {
    final String actor;
    final String action;
    String unit;
    String target;
    String clientAddress;
    Outcome outcome = Outcome.OK;
    String detail;

    private AuditEvent(String actor, String action) {
        this.actor = actor;
        this.action = action;
    }

    public static AuditEvent of(String actor, String action) {
        return new AuditEvent(actor, action);
    }

    /** The actor's unit code. */
    public AuditEvent unit(String unitCode) {
        this.unit = unitCode;
        return this;
    }

    /** What the action was done to, as {@code kind:id} (e.g. {@code source:52}, {@code account:lan}). */
    public AuditEvent target(String target) {
        this.target = target;
        return this;
    }

    /** Only where the request's own address is not the caller's: inside a request it is added by itself. */
    public AuditEvent clientAddress(String address) {
        this.clientAddress = address;
        return this;
    }

    public AuditEvent outcome(Outcome outcome) {
        this.outcome = outcome;
        return this;
    }

    public AuditEvent detail(String detail) {
        this.detail = detail;
        return this;
    }
}
