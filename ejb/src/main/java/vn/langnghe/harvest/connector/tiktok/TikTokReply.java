package vn.langnghe.harvest.connector.tiktok;

import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.CredentialsRejectedException;
import vn.langnghe.harvest.connector.HttpReply;
import vn.langnghe.harvest.connector.JsonReplies;
import vn.langnghe.harvest.connector.RateLimitedException;
import vn.langnghe.harvest.connector.RemoteFailureException;
import vn.langnghe.harvest.connector.SourceConfigException;

/**
 * A reply of the TikTok API v2: {@code data} and an {@code error} struct ({@code code}, {@code message},
 * {@code log_id}) whose code is {@code "ok"} on success. The code, not only the HTTP status, says what
 * went wrong.
 *
 * @param body  the parsed body, or null when it is not a JSON object (a proxy's error page)
 * @param code  the error code, or null when the body has none
 */
record TikTokReply(HttpReply http, JsonObject body, String code, String message, String logId) {

    static TikTokReply of(HttpReply http) {
        JsonObject body = JsonReplies.objectOrNull(http);
        JsonObject error = JsonReplies.obj(body, "error");
        return new TikTokReply(http, body, JsonReplies.str(error, "code"), JsonReplies.str(error, "message"),
                JsonReplies.str(error, "log_id"));
    }

    boolean isInvalidParams() {
        return "invalid_params".equals(code);
    }

    /** The search_id of a paused video query is only kept for a while; TikTok then calls it invalid. */
    boolean isExpiredSearch() {
        return isInvalidParams() && message != null && message.toLowerCase(Locale.ROOT).matches("(?s).*search[ _]?id.*");
    }

    /** The {@code data} of a successful reply, or the exception the failure calls for. */
    JsonObject data(Clock clock) throws ConnectorException {
        fail(clock);
        if (body == null) {
            // a 200 that is not JSON: let the parser say why
            JsonReplies.object(http);
        }
        JsonObject data = JsonReplies.obj(body, "data");
        if (data == null) {
            throw new BadReplyException("the reply from " + http.uri().getHost() + " has no \"data\" block");
        }
        return data;
    }

    private void fail(Clock clock) throws ConnectorException {
        boolean ok = http.ok() && (code == null || "ok".equals(code));
        if (ok) {
            return;
        }
        Instant now = clock.instant();
        String what = describe();
        if ("rate_limit_exceeded".equals(code) || http.status() == 429) {
            Duration wait = http.retryAfter(now, untilNextUtcDay(now));
            throw new RateLimitedException("TikTok says the research quota is used up (" + what + "); retrying in "
                    + wait.toSeconds() + " s", wait);
        }
        if ("access_token_invalid".equals(code) || http.status() == 401) {
            throw new CredentialsRejectedException("TikTok refused the access token (" + what + "); a pasted client "
                    + "access token lasts two hours: give the source the client key and secret to have it renewed");
        }
        if ("scope_not_authorized".equals(code) || "scope_permission_missed".equals(code)) {
            throw new CredentialsRejectedException("the TikTok client is not approved for the Research API ("
                    + what + ")");
        }
        if (isInvalidParams()) {
            throw new SourceConfigException("TikTok refused the query (" + what + "); check the keywords, region and days");
        }
        if ("internal_error".equals(code) || http.status() >= 500) {
            throw new RemoteFailureException("TikTok failed (" + what + ")");
        }
        if (!http.ok()) {
            http.requireSuccess(now);
        }
        throw new BadReplyException("TikTok answered with the unknown error " + what);
    }

    /** The daily quota resets at midnight UTC. */
    private static Duration untilNextUtcDay(Instant now) {
        Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Duration.between(now, midnight);
    }

    private String describe() {
        StringBuilder s = new StringBuilder(code != null ? code : "HTTP " + http.status());
        if (message != null && !message.isBlank()) {
            s.append(": ").append(message);
        }
        if (logId != null && !logId.isBlank()) {
            // TikTok support asks for the log id
            s.append(", log id ").append(logId);
        }
        return s.toString();
    }
}
