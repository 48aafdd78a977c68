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

    /** Drops a token the API refused (revoked, or expired early), so the next {@link #token} asks again. */
    public void forget(String token) {
        tokens.values().removeIf(t -> t.value().equals(token));
    }

    private static Token read(HttpReply reply, Instant now, String platform) throws ConnectorException {
        if (reply.status() == 400 || reply.status() == 401 || reply.status() == 403) {
            // RFC 6749 §5.2: {"error": "invalid_client", "error_description": "..."}
            String why = "HTTP " + reply.status();
            try {
                JsonObject o = JsonReplies.object(reply);
                String error = JsonReplies.str(o, "error");
                String description = JsonReplies.str(o, "error_description");
                if (error != null) {
                    why = error + (description == null ? "" : ": " + description);
                }
            } catch (BadReplyException e) {
                // the status alone says enough
            }
            throw new CredentialsRejectedException(platform + " refused the client id and secret (" + why + ")");
        }
        reply.requireSuccess(now);
        JsonObject o = JsonReplies.object(reply);
        String value = JsonReplies.str(o, "access_token");
        if ((value == null || value.isBlank()) && JsonReplies.str(o, "error") != null) {
            // some platforms answer 200 with an RFC 6749 error body
            String description = JsonReplies.str(o, "error_description");
            throw new CredentialsRejectedException(platform + " refused the client id and secret ("
                    + JsonReplies.str(o, "error") + (description == null ? "" : ": " + description) + ")");
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
}
