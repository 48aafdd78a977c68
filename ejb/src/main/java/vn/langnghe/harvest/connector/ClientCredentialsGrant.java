package vn.langnghe.harvest.connector;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OAuth 2.0 client-credentials tokens (RFC 6749 §4.4) for platforms whose access tokens are short-lived
 * (TikTok's Research API: two hours; Reddit's application-only tokens: a day). The admin stores the
 * client id and secret, which do not expire; a token is asked for when first needed and reused, across
 * runs of the same source, until a minute before it expires. A token the API refuses is forgotten, so
 * the next call asks for a new one. Thread-safe; a connector factory keeps one.
 */
public final class ClientCredentialsGrant {
    private static final Duration MARGIN = Duration.ofSeconds(60);
    private static final String FORM = "application/x-www-form-urlencoded";

    private record Token(String value, Instant renewAt) {
    }

    /** By token endpoint, headers and form: the same client asking the same endpoint shares a token. */
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    /**
     * A valid access token for this client: the one held if it has more than a minute left, else a new
     * one from {@code tokenUri}, asked with {@code headers} and the URL-encoded {@code form} as the
     * platform documents. Errors: refused client → {@link CredentialsRejectedException} with the
     * platform's {@code error_description}; 429 → {@link RateLimitedException}; 5xx →
     * {@link RemoteFailureException}; anything unreadable → {@link BadReplyException}.
     */
    public String token(ConnectorContext context, URI tokenUri, Map<String, String> headers, String form,
                        String platform) throws ConnectorException {
        String key = tokenUri + "\n" + new TreeMap<>(headers) + "\n" + form;
        Instant now = context.clock().instant();
        Token held = tokens.get(key);
        if (held != null && now.isBefore(held.renewAt())) {
            return held.value();
        }
        Token fresh = read(context.http().post(tokenUri, headers, FORM, form), now, platform);
        tokens.put(key, fresh);
        return fresh.value();
    }

    /** One API call made with a bearer token. */
    @FunctionalInterface
    public interface Call {
        HttpReply send(String token) throws ConnectorException;
    }

    /**
     * Makes {@code call} with this client's token; if the API answers 401 (the token revoked or expired
     * early), the token is dropped and the call made once more with a new one.
     */
    public HttpReply call(ConnectorContext context, URI tokenUri, Map<String, String> headers, String form,
                          String platform, Call call) throws ConnectorException {
        String token = token(context, tokenUri, headers, form, platform);
        HttpReply reply = call.send(token);
        if (reply.status() == 401) {
            forget(token);
            reply = call.send(token(context, tokenUri, headers, form, platform));
        }
        return reply;
    }

    /** Drops a token the API refused, so the next {@link #token} asks again. */
    void forget(String token) {
        tokens.values().removeIf(t -> t.value().equals(token));
    }

    private static Token read(HttpReply reply, Instant now, String platform) throws ConnectorException {
        if (reply.status() == 400 || reply.status() == 401 || reply.status() == 403) {
            // RFC 6749 §5.2: {"error": "invalid_client", "error_description": "..."}
            JsonObject o = JsonReplies.objectOrNull(reply);
            throw refused(platform, o != null && JsonReplies.str(o, "error") != null ? o : null, "HTTP " + reply.status());
        }
        reply.requireSuccess(now);
        JsonObject o = JsonReplies.object(reply);
        String value = JsonReplies.str(o, "access_token");
        if ((value == null || value.isBlank()) && JsonReplies.str(o, "error") != null) {
            // some platforms answer 200 with an RFC 6749 error body
            throw refused(platform, o, null);
        }
        if (value == null || value.isBlank()) {
            throw new BadReplyException(platform + "'s token reply from " + reply.uri().getHost()
                    + " has no access_token");
        }
        long seconds = o.containsKey("expires_in") ? JsonReplies.num(o, "expires_in") : 3600;
        Duration life = Duration.ofSeconds(Math.max(0, seconds));
        Instant renewAt = now.plus(life.compareTo(MARGIN.multipliedBy(2)) > 0 ? life.minus(MARGIN) : life.dividedBy(2));
        return new Token(value, renewAt);
    }

    /** The platform's RFC 6749 §5.2 {@code error} and {@code error_description}, or {@code otherwise} without a body. */
    private static CredentialsRejectedException refused(String platform, JsonObject error, String otherwise) {
        String why = otherwise;
        if (error != null) {
            String description = JsonReplies.str(error, "error_description");
            why = JsonReplies.str(error, "error") + (description == null ? "" : ": " + description);
        }
        return new CredentialsRejectedException(platform + " refused the client id and secret (" + why + ")");
    }
}
