package vn.langnghe.harvest.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bodies sent with a Content-Encoding the fetcher never asked for. */
class HttpFetcherTest {
    private static final String TEXT = "post_id,message\n1,Kẹt xe trên cầu Sài Gòn\n";
    private static final HttpFetcher.Limits ONE_MB = new HttpFetcher.Limits(1024 * 1024, Duration.ofSeconds(5),
            Duration.ofSeconds(20), "LangNghe-test");

    private WireMockServer server;
    private final HttpFetcher fetcher = new HttpFetcher(ONE_MB);

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpReply fetch(ResponseDefinitionBuilder reply) throws ConnectorException {
        server.stubFor(get(urlPathEqualTo("/export.csv")).willReturn(reply));
        return fetcher.get(URI.create(server.baseUrl() + "/export.csv"), Map.of());
    }

    private static ResponseDefinitionBuilder encoded(String encoding, byte[] body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/csv; charset=utf-8")
                .withHeader("Content-Encoding", encoding).withBody(body);
    }

    @Test
    void asksForNoCompression() throws ConnectorException {
        fetch(aResponse().withStatus(200).withBody(TEXT));
        server.verify(getRequestedFor(urlPathEqualTo("/export.csv")).withoutHeader("Accept-Encoding"));
    }

    @Test
    void aGzipOrDeflateBodySentUnaskedIsExpandedAndDescribedAsExpanded() throws Exception {
        for (var reply : new ResponseDefinitionBuilder[] {encoded("gzip", gzip(TEXT.getBytes(StandardCharsets.UTF_8))),
                encoded("x-gzip", gzip(TEXT.getBytes(StandardCharsets.UTF_8))),
                encoded("deflate", deflate(TEXT.getBytes(StandardCharsets.UTF_8)))}) {
            HttpReply r = fetch(reply);
            assertEquals(TEXT, r.text());
            assertTrue(r.header("Content-Encoding").isEmpty(), "the reply describes the body it holds");
        }
    }

    @Test
    void aGzipBombIsRefusedAtTheBodyLimit() throws Exception {
        BadReplyException e = assertThrows(BadReplyException.class,
                () -> fetch(encoded("gzip", gzip(new byte[50 * 1024 * 1024]))));
        assertTrue(e.getMessage().contains("gzip-compressed body that was not asked for"), e.getMessage());
        assertTrue(e.getMessage().contains("expands to more than 1 MB"), e.getMessage());
    }

    @Test
    void aBodyThatIsNotWhatItsEncodingSaysIsNamedForWhatItIs() {
        BadReplyException notGzip = assertThrows(BadReplyException.class,
                () -> fetch(encoded("gzip", TEXT.getBytes(StandardCharsets.UTF_8))));
        assertTrue(notGzip.getMessage().contains("Content-Encoding: gzip"), notGzip.getMessage());
        assertTrue(notGzip.getMessage().contains("not valid gzip data"), notGzip.getMessage());
        assertFalse(notGzip.getMessage().contains("UTF-8"), notGzip.getMessage());

        BadReplyException brotli = assertThrows(BadReplyException.class,
                () -> fetch(encoded("br", new byte[] {0x1b, 0x2c, 0x00, 0x00})));
        assertTrue(brotli.getMessage().contains("br-compressed body that was not asked for"), brotli.getMessage());
    }

    @Test
    void anErrorStatusStaysAnErrorStatusWhateverItsBody() throws ConnectorException {
        HttpReply r = fetch(aResponse().withStatus(503).withHeader("Content-Encoding", "br").withBody("\u0000\u0001"));
        assertEquals(503, r.status());
        assertThrows(RemoteFailureException.class, () -> r.requireSuccess(java.time.Instant.now()));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }
}
