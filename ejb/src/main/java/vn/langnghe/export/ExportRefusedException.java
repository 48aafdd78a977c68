package vn.langnghe.export;

/** An export that may not start now; the page says why in its own words ({@code export.refused.<reason>}). */
public class ExportRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** The account already runs as many exports as one account may. */
        TOO_MANY_OF_YOURS,
        /** The platform already runs as many exports as it allows at once. */
        TOO_MANY_AT_ONCE
    }

    private final Reason reason;
    private final int limit;

    public ExportRefusedException(Reason reason, int limit) {
        super(reason == Reason.TOO_MANY_OF_YOURS ? "you already have " + limit + " exports running: wait for one to finish"
                : "the platform already runs " + limit + " exports: try again in a minute");
        this.reason = reason;
        this.limit = limit;
    }

    public Reason reason() {
        return reason;
    }

    public int limit() {
        return limit;
    }
}
