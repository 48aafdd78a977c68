package vn.langnghe.harvest.connector;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The page note that warns an admin before a platform's rate limit stops a source: from the
 * remaining-requests headers most APIs send with every reply (X, Reddit, Mastodon), or from the
 * percentage of a usage budget (Facebook's usage headers). Below the threshold a run goes on
 * normally; at the limit the platform answers 429 and the run waits as told.
 */
public final class QuotaNote {
    /** Warn when at most this share of the window's requests is left. */
    static final double LEFT_SHARE = 0.10;
    /** Warn when a usage budget is at least this many per cent used. */
    static final int USED_PERCENT = 80;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private QuotaNote() {
    }

    /**
     * A note when {@code remaining} of {@code limit} requests is at most a tenth (and at least one
     * request was counted); null otherwise, and when a header is missing or unreadable.
     */
    public static String requestsLeft(String platform, Optional<String> remaining, Optional<String> limit, Instant resetAt) {
        Double left = number(remaining);
        Double max = number(limit);
        return left == null || max == null ? null : requestsLeft(platform, left, max, resetAt);
    }

    /** As {@link #requestsLeft(String, Optional, Optional, Instant)}, with the counts already read. */
    public static String requestsLeft(String platform, double left, double max, Instant resetAt) {
        if (max <= 0 || left > Math.max(0, max * LEFT_SHARE)) {
            return null;
        }
        return String.format(Locale.ROOT, "%s quota nearly used up: %d of %d requests left in this window%s",
                platform, Math.round(left), Math.round(max), resetAt == null ? "" : " (resets " + TIME.format(resetAt) + ")");
    }

    /** A note when a usage budget is {@value #USED_PERCENT} % used or more; null otherwise. */
    public static String percentUsed(String platform, String budget, int percent) {
        if (percent < USED_PERCENT) {
            return null;
        }
        return String.format(Locale.ROOT, "%s quota nearly used up: %s at %d %%", platform, budget, percent);
    }

    private static Double number(Optional<String> header) {
        try {
            return header.map(String::trim).map(Double::valueOf).filter(d -> !d.isNaN() && !d.isInfinite()).orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
