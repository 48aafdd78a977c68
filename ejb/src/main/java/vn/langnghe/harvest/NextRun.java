package vn.langnghe.harvest;

import java.time.Duration;
import java.time.Instant;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.RateLimitedException;

/**
 * When a source runs next. After a success: one interval later, or at once when the run stopped at
 * its page or time budget with more to fetch. After a rate limit: exactly when the platform said.
 * After a failure: exponential back-off (one minute, doubled per consecutive failure, at most
 * {@code max}): a passing 5xx is retried soon, a broken source soon costs almost nothing, and the
 * other sources keep their own pace.
 */
public final class NextRun {
    static final Duration MIN_BACKOFF = Duration.ofMinutes(1);

    private NextRun() {
    }

    public static Instant afterSuccess(Instant now, int intervalSeconds, boolean moreWaiting) {
        return moreWaiting ? now : now.plusSeconds(intervalSeconds);
    }

    /**
     * @param failuresBefore consecutive failures before this one
     */
    public static Instant afterFailure(Instant now, int failuresBefore, ConnectorException e, Duration max) {
        if (e instanceof RateLimitedException r) {
            return now.plus(r.retryAfter().isNegative() ? Duration.ZERO : r.retryAfter());
        }
        return now.plus(backoff(failuresBefore + 1, max));
    }

    static Duration backoff(int failures, Duration max) {
        Duration base = MIN_BACKOFF;
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        long seconds = base.toSeconds() << doublings;
        if (seconds <= 0 || seconds > max.toSeconds()) {
            return max;
        }
        return Duration.ofSeconds(seconds);
    }
}
