package vn.langnghe.harvest.connector.reddit;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.CredentialsRejectedException;
import vn.langnghe.harvest.connector.HttpReply;
import vn.langnghe.harvest.connector.JsonReplies;
import vn.langnghe.harvest.connector.RateLimitedException;
import vn.langnghe.harvest.connector.SourceConfigException;

/**
 * Reads Reddit's failed replies: {@code {"message": "Forbidden", "error": 403, "reason": "private"}}.
 * The reason tells a closed subreddit (private, quarantined, banned) from a refused client; the
 * rate-limit window ends {@code x-ratelimit-reset} seconds from now.
 */
final class RedditErrors {
    private final Clock clock;
    private final boolean withToken;
    private final String subreddit;

    RedditErrors(Clock clock, boolean withToken, String subreddit) {
        this.clock = clock;
        this.withToken = withToken;
        this.subreddit = subreddit;
    }

    void failOnError(HttpReply reply) throws ConnectorException {
        if (reply.ok()) {
            return;
        }
        Instant now = clock.instant();
        JsonObject body = JsonReplies.objectOrNull(reply);
        String reason = JsonReplies.str(body, "reason");
        switch (reply.status()) {
            case 429 -> {
                Duration wait = reply.header("x-ratelimit-reset").map(RedditErrors::seconds)
                        .orElseGet(() -> reply.retryAfter(now, HttpReply.DEFAULT_RETRY_AFTER));
                throw new RateLimitedException("Reddit rate limit reached; retrying in " + wait.toSeconds() + " s", wait);
            }
            case 401 -> throw new CredentialsRejectedException("Reddit refused the access token (expired or revoked; "
                    + "Reddit tokens last one hour)");
            case 403 -> {
                if (reason != null) {
                    throw new SourceConfigException("r/" + subreddit + " cannot be read: it is " + reason);
                }
                throw new CredentialsRejectedException(withToken
                        ? "Reddit refused the request (HTTP 403); the token may lack the read scope"
                        : "Reddit refused the request (HTTP 403); it blocks most requests without an OAuth access token");
            }
            case 404 -> throw new SourceConfigException(reason != null
                    ? "r/" + subreddit + " cannot be read: it is " + reason
                    : "Reddit does not know r/" + subreddit + " (HTTP 404)");
            default -> reply.requireSuccess(now);
        }
    }

    /** Reddit writes the reset as a count of seconds, sometimes with a fraction. */
    private static Duration seconds(String value) {
        try {
            double s = Double.parseDouble(value.trim());
            return Duration.ofSeconds(Math.max(1, (long) Math.ceil(s)));
        } catch (NumberFormatException e) {
            return HttpReply.DEFAULT_RETRY_AFTER;
        }
    }
}
