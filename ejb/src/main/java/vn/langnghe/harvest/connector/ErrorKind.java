package vn.langnghe.harvest.connector;

import java.util.Locale;

/**
 * Every kind of error a run or a check can end with, as the API ({@code lastErrorKind}, a check's
 * {@code kind}) and the sources page show it. Declared once so that the documentation can be checked
 * against it: a kind that reaches admins must be explained to them.
 */
public enum ErrorKind {
    /** The settings are wrong (unknown page, unreadable folder, a stored config that no longer validates). */
    CONFIG,
    /** The platform refused the credentials. */
    CREDENTIALS_REJECTED,
    /** The platform asked to wait; the next run is at its reset time. */
    RATE_LIMITED,
    /** The platform failed or could not be reached. */
    REMOTE_FAILURE,
    /** The platform answered something unreadable. */
    BAD_REPLY,
    /** A defect of Lắng Nghe itself; the server log has the cause. */
    INTERNAL,
    /** A server restart stopped the run; it continues from the last saved cursor. */
    INTERRUPTED;

    /** The kind as the API shows it, e.g. {@code remote_failure}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
