package vn.langnghe.harvest.connector.youtube;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.CredentialsRejectedException;
import vn.langnghe.harvest.connector.HttpReply;
import vn.langnghe.harvest.connector.JsonReplies;
import vn.langnghe.harvest.connector.RateLimitedException;
import vn.langnghe.harvest.connector.RemoteFailureException;
import vn.langnghe.harvest.connector.SourceConfigException;

/**
 * One GET to a Data API resource, with the key, and the reading of Google's error body
 * ({@code {"error":{"code","message","errors":[{"domain","reason"}],"details":[{"reason"}]}}}) into the
 * connector failure kinds.
 */
final class YoutubeApi {
    /** The daily quota resets at midnight Pacific Time (the quota documentation says so). */
    static final ZoneId QUOTA_ZONE = ZoneId.of("America/Los_Angeles");
    /** Google sends no Retry-After with most per-minute throttling errors; a minute is its usual window. */
    static final Duration THROTTLE_WAIT = Duration.ofSeconds(60);

    private static final Set<String> QUOTA = Set.of("quotaExceeded", "dailyLimitExceeded");
    private static final Set<String> THROTTLED = Set.of("rateLimitExceeded", "userRateLimitExceeded");
    private static final Set<String> BAD_KEY = Set.of("keyInvalid", "keyExpired", "API_KEY_INVALID",
            "API_KEY_EXPIRED", "API_KEY_SERVICE_BLOCKED", "accessNotConfigured", "SERVICE_DISABLED",
            "ipRefererBlocked", "API_KEY_HTTP_REFERRER_BLOCKED", "API_KEY_IP_ADDRESS_BLOCKED");

    private final String baseUrl;
    private final String apiKey;
    private final ConnectorContext context;

    YoutubeApi(String baseUrl, String apiKey, ConnectorContext context) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.apiKey = apiKey;
        this.context = context;
    }

    /** {@code GET {base}/{resource}?params&key=...}; any error becomes its failure kind. */
    JsonObject get(String resource, Map<String, String> params) throws ConnectorException {
        return getUnless(resource, params, Set.of()).orElseThrow();
    }

    /**
     * Like {@link #get}, but an error whose reason is in {@code skipReasons} (a video with comments
     * turned off, a video deleted since it was listed) answers empty instead of failing the source.
     */
    Optional<JsonObject> getUnless(String resource, Map<String, String> params, Set<String> skipReasons)
            throws ConnectorException {
        if (apiKey == null || apiKey.isBlank()) {
            throw new CredentialsRejectedException("the source has no " + YoutubeConnectorFactory.API_KEY + " set");
        }
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("key", apiKey);
        String query = all.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpReply reply = context.http().get(URI.create(baseUrl + "/" + resource + "?" + query),
                Map.of("Accept", "application/json"));
        if (reply.ok()) {
            return Optional.of(JsonReplies.object(reply));
        }
        Error error = Error.read(reply);
        if (error.reasons().stream().anyMatch(skipReasons::contains)) {
            return Optional.empty();
        }
        throw failure(reply, error, context.clock().instant());
    }

    private static ConnectorException failure(HttpReply reply, Error error, Instant now) {
        int status = reply.status();
        if (error.hasAny(QUOTA)) {
            Duration wait = untilQuotaReset(now);
            return new RateLimitedException("the YouTube API quota of this key is used up for today ("
                    + error.message() + "); it resets at midnight Pacific Time, in " + wait.toMinutes() + " min", wait);
        }
        if (status == 429 || error.hasAny(THROTTLED)) {
            Duration wait = reply.retryAfter(now, THROTTLE_WAIT);
            return new RateLimitedException("YouTube asks us to slow down (" + error.message() + "); retrying in "
                    + wait.toSeconds() + " s", wait);
        }
        // an expired or invalid key is a 400 "badRequest" whose only sure sign is the message or the details
        if (status == 401 || error.hasAny(BAD_KEY)
                || status == 400 && error.message().startsWith("API key")) {
            return new CredentialsRejectedException("YouTube rejected the API key: " + error.message());
        }
        if (status == 400 || status == 404) {
            return new SourceConfigException("YouTube cannot serve this source (HTTP " + status + "): " + error.message());
        }
        if (status == 403) {
            return new CredentialsRejectedException("YouTube refused the request with this API key: " + error.message());
        }
        if (status >= 500) {
            return new RemoteFailureException("YouTube failed (HTTP " + status + "): " + error.message());
        }
        return new BadReplyException("YouTube answered HTTP " + status + ": " + error.message());
    }

    static Duration untilQuotaReset(Instant now) {
        ZonedDateTime midnight = now.atZone(QUOTA_ZONE).toLocalDate().plusDays(1).atStartOfDay(QUOTA_ZONE);
        return Duration.between(now, midnight.toInstant());
    }

    /** Google's error body; a body that is not one (a proxy's HTML page) gives just the status. */
    record Error(String message, Set<String> reasons) {

        static Error read(HttpReply reply) {
            JsonObject error = JsonReplies.obj(JsonReplies.objectOrNull(reply), "error");
            // some messages carry links to the docs as HTML; admins read them as plain text
            String message = JsonReplies.str(error, "message");
            message = message == null ? null : message.replaceAll("<[^>]*>", "").trim();
            Set<String> reasons = new LinkedHashSet<>();
            collectReasons(error, "errors", reasons);
            collectReasons(error, "details", reasons);
            return new Error(message == null || message.isBlank() ? "HTTP " + reply.status() : message, reasons);
        }

        private static void collectReasons(JsonObject error, String list, Set<String> into) {
            JsonValue v = error == null ? null : error.get(list);
            if (v != null && v.getValueType() == JsonValue.ValueType.ARRAY) {
                for (JsonValue e : v.asJsonArray()) {
                    if (e.getValueType() == JsonValue.ValueType.OBJECT) {
                        String reason = JsonReplies.str(e.asJsonObject(), "reason");
                        if (reason != null) {
                            into.add(reason);
                        }
                    }
                }
            }
        }

        boolean hasAny(Set<String> wanted) {
            return reasons.stream().anyMatch(wanted::contains);
        }
    }
}
