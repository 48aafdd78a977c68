package vn.langnghe.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One piece of unusual behaviour: which rule, whose (an account, or a client address), when, the reason
 * in plain words and the rows behind it. The reason is a message key ({@code audit.flag.<kind>}) with
 * its arguments, so the page says it in the reader's language; {@link #toString()} says it in English.
 */
public record UnusualFlag(Kind kind, String subject, Instant at, List<Object> args, List<AuditEntry> rows)
        implements Serializable {
    public enum Kind {
        /** args: account, day, rows, exports, median rows, median exports, factor, row floor, export floor */
        EXPORT_VOLUME("{0} exported {2} rows in {3,choice,0#{3} exports|1#1 export|1<{3} exports} on {1}; its median day"
                + " of the previous 30 was {4} rows in {5,choice,0#{5} exports|1#1 export|1<{5} exports} (flagged above {6}×"
                + " the median and over {7} rows or {8} exports)"),
        /** args: account, time, start hour, end hour */
        NIGHT_SIGN_IN("{0} signed in at {1}, outside the usual hours {2}–{3} city time"),
        /** args: account, time, sign-ins in the history, history days */
        OFF_HOURS_SIGN_IN("{0} signed in at {1}; none of its {2} sign-ins of the previous {3} days was within an hour of that time"),
        /** args: account, failures, first, last, threshold, window minutes */
        FAILED_SIGN_INS_ACCOUNT("{1} failed sign-ins for the account {0} between {2} and {3}"
                + " (flagged from {4} within {5} minutes)"),
        /** args: client address, failures, first, last, threshold, window minutes, distinct accounts */
        FAILED_SIGN_INS_ADDRESS("{1} failed sign-ins from the address {0} between {2} and {3}, for {6} accounts"
                + " (flagged from {4} within {5} minutes)");

        private final String english;

        Kind(String english) {
            this.english = english;
        }

        /** The message key of the reason in the page's bundles. */
        public String key() {
            return "audit.flag." + name().toLowerCase().replace('_', '-');
        }
    }

    public UnusualFlag {
        args = List.copyOf(args);
        rows = List.copyOf(rows);
    }

    /** The reason in English. */
    public String reason() {
        return java.text.MessageFormat.format(kind.english, args.toArray());
    }

    @Override
    public String toString() {
        return kind + ": " + reason();
    }
}
