package vn.langnghe.harvest.connector;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

/**
 * The connectors' HTTP client. It enforces the limits every platform reply must respect: a body
 * larger than {@link Limits#maxBodyBytes()} is refused while it streams in (never buffered whole), and
 * every request has a time-out. Network failures become {@link RemoteFailureException}; a body cut
 * short becomes a {@link BadReplyException}. It asks for no compression; a body compressed all the
 * same is expanded within the same limit ({@link ContentDecoding}).
 */
public final class HttpFetcher {

    /**
     * @param maxBodyBytes largest reply body accepted
     * @param userAgent    sent with every request; platforms ask clients to identify themselves
     */
    public record Limits(long maxBodyBytes, Duration connectTimeout, Duration requestTimeout, String userAgent) {
        public static final Limits DEFAULTS = new Limits(20L * 1024 * 1024, Duration.ofSeconds(10),
                Duration.ofSeconds(60), "LangNghe/0.1 (social listening for Ho Chi Minh City)");
    }

    private final Limits limits;
    private final HttpClient client;

    public HttpFetcher(Limits limits) {
        this.limits = limits;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public Limits limits() {
        return limits;
    }

    public HttpReply get(URI uri, Map<String, String> headers) throws ConnectorException {
        return get(uri, headers, limits.maxBodyBytes());
    }

    /** A GET whose reply may be at most {@code maxBodyBytes} (and never more than the general limit). */
    public HttpReply get(URI uri, Map<String, String> headers, long maxBodyBytes) throws ConnectorException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET();
        return send(b, headers, Math.min(maxBodyBytes, limits.maxBodyBytes()));
    }

    public HttpReply post(URI uri, Map<String, String> headers, String contentType, String body)
            throws ConnectorException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(b, headers, limits.maxBodyBytes());
    }

    private HttpReply send(HttpRequest.Builder b, Map<String, String> headers, long maxBodyBytes)
            throws ConnectorException {
        b.timeout(limits.requestTimeout()).header("User-Agent", limits.userAgent());
        headers.forEach(b::header);
        HttpRequest request = b.build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new RemoteFailureException("cannot connect to " + request.uri().getHost() + ": " + describe(e), e);
        } catch (HttpTimeoutException e) {
            throw new RemoteFailureException("no answer from " + request.uri().getHost() + " within "
                    + limits.requestTimeout().toSeconds() + " s", e);
        } catch (IOException e) {
            throw new RemoteFailureException("request to " + request.uri().getHost() + " failed: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteFailureException("interrupted while waiting for " + request.uri().getHost(), e);
        }
        HttpReply reply = new HttpReply(request.uri(), response.statusCode(), response.headers(),
                readLimited(response, maxBodyBytes));
        return ContentDecoding.decoded(reply, maxBodyBytes);
    }

    private byte[] readLimited(HttpResponse<InputStream> response, long max) throws BadReplyException {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        try (InputStream in = response.body()) {
            if (declared > max) {
                throw tooLarge(declared, max);
            }
            byte[] buf = new byte[(int) Math.min(Math.max(declared, 8192), max + 1)];
            int len = 0;
            while (true) {
                if (len == buf.length) {
                    if (len > max) {
                        throw tooLarge(len, max);
                    }
                    buf = java.util.Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, max + 1));
                }
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    break;
                }
                len += n;
                if (len > max) {
                    throw tooLarge(len, max);
                }
            }
            return java.util.Arrays.copyOf(buf, len);
        } catch (IOException e) {
            throw new BadReplyException("the reply from " + response.uri().getHost()
                    + " was cut short: " + describe(e), e);
        }
    }

    private static BadReplyException tooLarge(long bytes, long max) {
        return new BadReplyException("the reply is larger than the limit of " + max / (1024 * 1024)
                + " MB" + (bytes > max + 1 ? " (" + bytes / (1024 * 1024) + " MB announced)" : "")
                + "; nothing was kept");
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
