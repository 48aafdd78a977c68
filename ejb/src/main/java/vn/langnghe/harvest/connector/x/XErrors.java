package vn.langnghe.harvest.connector.x;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
 * Reads X's failed replies. Errors are "problem" objects ({@code type}, {@code title}, {@code detail},
 * and for invalid requests an {@code errors} list naming the parameters); the rate-limit window ends
 * at {@code x-rate-limit-reset}, in epoch seconds.
 */
final class XErrors {
    static final String INVALID_REQUEST = "https://api.twitter.com/2/problems/invalid-request";
    static final String USAGE_CAPPED = "https://api.twitter.com/2/problems/usage-capped";
    /** A usage cap is monthly; without a reset time, look again in a day rather than hammer it. */
    static final Duration USAGE_CAP_WAIT = Duration.ofHours(24);

    private final Clock clock;

    XErrors(Clock clock) {
        this.clock = clock;
    }

    /** A 400 naming {@code since_id}: the id is older than the seven days recent search reaches. */
    boolean isStaleSinceId(HttpReply reply) {
        if (reply.status() != 400) {
            return false;
        }
        JsonArray list = errorList(JsonReplies.objectOrNull(reply));
        for (JsonValue e : list) {
            JsonObject params = e.getValueType() == JsonValue.ValueType.OBJECT
                    ? JsonReplies.obj(e.asJsonObject(), "parameters") : null;
            if (params != null && params.containsKey("since_id")) {
                return true;
            }
        }
        return false;
    }

    void failOnError(HttpReply reply) throws ConnectorException {
        if (reply.ok()) {
            return;
        }
        Instant now = clock.instant();
        JsonObject problem = JsonReplies.objectOrNull(reply);
        String what = describe(problem, reply.status());
        switch (reply.status()) {
            case 429 -> {
                boolean capped = USAGE_CAPPED.equals(JsonReplies.str(problem, "type"));
                Duration wait = reply.header("x-rate-limit-reset").map(s -> untilEpoch(s, now))
                        .orElseGet(() -> reply.retryAfter(now, capped ? USAGE_CAP_WAIT : HttpReply.DEFAULT_RETRY_AFTER));
                throw new RateLimitedException((capped ? "the X project's usage cap is reached (" : "X rate limit reached (")
                        + what + "); retrying in " + wait.toSeconds() + " s", wait);
            }
            case 401 -> throw new CredentialsRejectedException("X refused the bearer token (" + what + ")");
            case 403 -> throw new CredentialsRejectedException(
                    "X does not let this app use recent search; its project needs a higher access level (" + what + ")");
            case 400 -> throw new SourceConfigException("X refused the search (" + what + "); check the query");
            default -> reply.requireSuccess(now);
        }
    }

    private static Duration untilEpoch(String epochSeconds, Instant now) {
        try {
            Instant at = Instant.ofEpochSecond(Long.parseLong(epochSeconds.trim()));
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ofSeconds(1);
        } catch (NumberFormatException e) {
            return HttpReply.DEFAULT_RETRY_AFTER;
        }
    }

    /** The most specific words X gave: the first parameter error, else the problem's detail or title. */
    private static String describe(JsonObject problem, int status) {
        for (JsonValue e : errorList(problem)) {
            String m = e.getValueType() == JsonValue.ValueType.OBJECT ? JsonReplies.str(e.asJsonObject(), "message") : null;
            if (m != null && !m.isBlank()) {
                return m;
            }
        }
        String detail = JsonReplies.str(problem, "detail");
        if (detail != null && !detail.isBlank()) {
            return detail;
        }
        String title = JsonReplies.str(problem, "title");
        return title != null && !title.isBlank() ? title : "HTTP " + status;
    }

    private static JsonArray errorList(JsonObject problem) {
        JsonValue v = problem == null ? null : problem.get("errors");
        return v != null && v.getValueType() == JsonValue.ValueType.ARRAY ? v.asJsonArray() : JsonValue.EMPTY_JSON_ARRAY;
    }
}
