package vn.langnghe.harvest.connector.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.CredentialsRejectedException;
import vn.langnghe.harvest.connector.HttpReply;
import vn.langnghe.harvest.connector.RateLimitedException;

/** GET requests for the web modes: the accepted types, basic credentials for the configured host only. */
final class WebClient {
    static final String ACCEPT = "text/html, application/xhtml+xml, application/pdf, "
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document, "
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, text/plain;q=0.9, */*;q=0.5";

    private final ConnectorContext context;
    private final String host;
    private final String username;
    private final String password;

    WebClient(ConnectorContext context, String configuredUrl, String username, String password) {
        this.context = context;
        String h = null;
        try {
            h = configuredUrl == null ? null : URI.create(configuredUrl).getHost();
        } catch (IllegalArgumentException e) {
            h = null;
        }
        this.host = h;
        this.username = username;
        this.password = password;
    }

    ConnectorContext context() {
        return context;
    }

    HttpReply get(URI uri, String accept, Map<String, String> extra) throws ConnectorException {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Accept", accept);
        if (username != null && !username.isBlank() && host != null && host.equalsIgnoreCase(uri.getHost())) {
            String pair = username + ":" + (password == null ? "" : password);
            h.put("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        h.putAll(extra);
        return context.http().get(uri, h);
    }

    /** A wait when the site asks for one (429, or 503 with Retry-After); else null. */
    RateLimitedException slowDown(HttpReply reply) {
        if (reply.status() == 429 || reply.status() == 503 && reply.header("Retry-After").isPresent()) {
            Duration wait = reply.retryAfter(context.clock().instant(), HttpReply.DEFAULT_RETRY_AFTER);
            return new RateLimitedException(reply.uri().getHost() + " asks us to wait (HTTP " + reply.status()
                    + "); retrying in " + wait.toSeconds() + " s", wait);
        }
        return null;
    }

    /** The reading of a failed status for the configured URL or sitemap itself. */
    void requireSuccess(HttpReply reply) throws ConnectorException {
        if (reply.ok()) {
            return;
        }
        RateLimitedException wait = slowDown(reply);
        if (wait != null) {
            throw wait;
        }
        if (reply.status() == 401 || reply.status() == 403) {
            boolean have = username != null && !username.isBlank();
            throw new CredentialsRejectedException(reply.uri().getHost() + (have
                    ? " refused the user name and password (HTTP " + reply.status() + ")"
                    : " asks for a user name and password (HTTP " + reply.status() + "); add them to the source"));
        }
        reply.requireSuccess(context.clock().instant());
    }
}
