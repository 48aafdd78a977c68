package vn.langnghe.audit;

/**
 * The first place where the stored trail and its hash chain disagree.
 *
 * @param seq     the chain position where the break shows (null for rows outside the chain)
 * @param id      that row's id, when there is such a row
 * @param message what is wrong, for people
 */
public record ChainBreak(Kind kind, Long seq, Long id, String message) {
    /** What the rows look like; the hash only proves that something changed, the rest is a diagnosis. */
    public enum Kind {
        /** A row's fields no longer give its hash. */
        CHANGED,
        /** Rows are missing: a gap in seq, fewer rows than the head or the pre-chain count says. */
        DELETED,
        /** A row that the chain does not account for. */
        INSERTED,
        /** Two neighbouring rows have swapped places. */
        REORDERED
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + (seq == null ? "" : " at seq " + seq) + (id == null ? "" : " (id " + id + ")")
                + ": " + message;
    }
}
