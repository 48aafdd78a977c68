package vn.langnghe.audit;

/** How an audited action ended; {@link #code()} is what the audit row stores. */
public enum Outcome {
    /** Done. */
    OK("ok"),
    /** Refused: wrong password, missing role, outside the caller's scope. */
    DENIED("denied"),
    /** Attempted and not done: an error, or the action's transaction rolled back. */
    FAILED("failed");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The outcome a stored code names, or null for a code that none does (a changed row). */
    public static Outcome fromCode(String code) {
        for (Outcome o : values()) {
            if (o.code.equals(code)) {
                return o;
            }
        }
        return null;
    }
}
