package vn.langnghe.harvest.connector;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** A complete HTTP reply whose body is within the size limit. */
public record HttpReply(URI uri, int status, HttpHeaders headers, byte[] body) {

    /** Used when a 429 carries no usable Retry-After. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(60);

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /**
     * The body decoded with the charset the reply declares (UTF-8 when none). Malformed bytes are an
     * error, not replacement characters: a post garbled on the way in would be indexed garbled.
     */
    public String text() throws BadReplyException {
        String s = decode(charset());
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    private String decode(Charset cs) throws BadReplyException {
        if (cs.equals(StandardCharsets.UTF_8)) {
            // the JDK's own UTF-8 path is several times faster than a reporting decoder; it turns malformed
            // bytes into U+FFFD, so only a body that shows one needs the strict decoder below
            String s = new String(body, StandardCharsets.UTF_8);
            if (s.indexOf('\uFFFD') < 0) {
                return s;
            }
        }
        return StrictText.decode(body, 0, cs, "the reply from " + uri.getHost());
    }

    private Charset charset() {
        String type = header("Content-Type").orElse("");
        for (String part : type.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring(8).replace("\"", "").trim();
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * The wait a 429 or 503 asks for: Retry-After in seconds or as an HTTP date, else the fallback.
     */
    public Duration retryAfter(Instant now, Duration fallback) {
        Optional<String> v = header("Retry-After");
        if (v.isEmpty()) {
            return fallback;
        }
        String s = v.get().trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(s)));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException e2) {
                return fallback;
            }
        }
    }

    /**
     * The generic reading of a failed status, for platforms whose error bodies add nothing: 429 waits,
     * 401/403 need new credentials, 404 is a config error, 5xx is retried, any other status is a bad
     * reply. Returns normally for 2xx.
     */
    public void requireSuccess(Instant now) throws ConnectorException {
        if (ok()) {
            return;
        }
        String where = uri.getHost();
        if (status == 429) {
            Duration wait = retryAfter(now, DEFAULT_RETRY_AFTER);
            throw new RateLimitedException(where + " asks us to slow down (HTTP 429); retrying in "
                    + wait.toSeconds() + " s", wait);
        }
        if (status == 401 || status == 403) {
            throw new CredentialsRejectedException(where + " refused the credentials (HTTP " + status + ")");
        }
        if (status == 404 || status == 410) {
            throw new SourceConfigException(where + " does not know this resource (HTTP " + status + "): " + uri.getPath());
        }
        if (status >= 500) {
            throw new RemoteFailureException(where + " failed (HTTP " + status + ")");
        }
        throw new BadReplyException(where + " answered HTTP " + status);
    }
}
