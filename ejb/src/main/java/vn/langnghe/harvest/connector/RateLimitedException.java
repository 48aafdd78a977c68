package vn.langnghe.harvest.connector;

import java.time.Duration;

/** The platform asked us to slow down (HTTP 429, a quota or throttling error); try after the wait. */
public final class RateLimitedException extends ConnectorException {
    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public String kind() {
        return ErrorKind.RATE_LIMITED.code();
    }
}
