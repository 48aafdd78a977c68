package vn.langnghe.harvest.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every connector keeps, written once and run against each platform by a subclass that
 * replays the platform's documented replies from a local WireMock server: paging to the end, an empty
 * page, resuming from a saved cursor, a damaged saved cursor, 429 with a wait, 5xx, expired
 * credentials, a malformed and a truncated body. Fixtures live in {@code src/test/resources/harvest/<type>/}.
 */
public abstract class ConnectorContractTest {

    /** The clock the connectors see: fixed, so waits computed from dates are exact. */
    protected static final Instant NOW = Instant.parse("2025-07-15T03:00:00Z");

    protected WireMockServer server;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    protected String baseUrl() {
        return server.baseUrl();
    }

    protected ConnectorContext context() {
        return new ConnectorContext(new HttpFetcher(HttpFetcher.Limits.DEFAULTS), Clock.fixed(NOW, ZoneOffset.UTC),
                5_000);
    }

    // ---- what each platform's subclass provides ----

    /** A connector whose config points at {@link #baseUrl()}, with valid credentials. */
    protected abstract Connector connector();

    /**
     * Stubs a source whose items span at least three pages (the first page is what
     * {@link #stubFirstPage} answers for); returns the native ids of all items in fetch order.
     */
    protected abstract List<String> stubAllPages();

    /** Stubs a source that has nothing at all (the platform's documented empty reply). */
    protected abstract void stubEmpty();

    /** Stubs the first-page request (the one {@code fetch(null)} sends) to answer with {@code reply}. */
    protected abstract void stubFirstPage(ResponseDefinitionBuilder reply);

    /** The platform's documented reply for an expired or invalid token. */
    protected abstract ResponseDefinitionBuilder expiredCredentialsReply();

    /**
     * The platform's documented rate-limit reply asking for a wait of {@code seconds} (a 429 with
     * Retry-After, x-rate-limit-reset, or the platform's own throttling error).
     */
    protected abstract ResponseDefinitionBuilder rateLimitReply(int seconds);

    /** A well-formed first page, as JSON/XML text, that the truncated-body test cuts in half. */
    protected abstract String firstPageBody();

    /**
     * A cursor as this connector writes it, with one part that holds a number or a time damaged (as by
     * a hand edit in the database); null for a connector whose cursor has no such part.
     */
    protected abstract DamagedCursor damagedCursor();

    /** {@code text} is the cursor; its part {@code part} holds {@code value}, which cannot be read. */
    public record DamagedCursor(String text, String part, String value) {
    }

    /**
     * The first page as the platform sends it when its rate-limit window or usage budget is nearly
     * spent (its documented headers on a successful reply); null for a platform that sends none.
     */
    protected ResponseDefinitionBuilder nearlySpentQuotaReply() {
        return null;
    }

    /** The content type of the platform's replies. */
    protected String contentType() {
        return "application/json; charset=UTF-8";
    }

    // ---- the contract ----

    @Test
    void pagesToTheEndInOrderWithoutRepeats() throws ConnectorException {
        List<String> expected = stubAllPages();
        Connector c = connector();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        Page page;
        do {
            page = c.fetch(cursor);
            pages++;
            for (HarvestedItem item : page.items()) {
                seen.add(item.nativeId());
                assertNotNull(item.createdAt(), "every item has a date");
                assertTrue(item.text() != null && !item.text().isBlank() || item.title() != null,
                        "every item has text or a title: " + item.nativeId());
            }
            cursor = page.nextCursor();
            assertTrue(pages < 50, "paging must end");
        } while (page.more());
        assertTrue(pages >= 3, "the fixture spans three pages or more, got " + pages);
        assertEquals(expected, seen);
        assertEquals(new HashSet<>(seen).size(), seen.size(), "no item twice");
    }

    @Test
    void emptySourceGivesAnEmptyLastPage() throws ConnectorException {
        stubEmpty();
        Page page = connector().fetch(null);
        assertTrue(page.items().isEmpty());
        assertFalse(page.more());
    }

    @Test
    void resumesFromASavedCursorWithANewConnector() throws ConnectorException {
        List<String> expected = stubAllPages();
        Page first = connector().fetch(null);
        assertTrue(first.more());
        Set<String> firstIds = new HashSet<>(first.items().stream().map(HarvestedItem::nativeId).toList());
        // a new instance, as after a restart: only the saved cursor carries over
        Page second = connector().fetch(first.nextCursor());
        assertFalse(second.items().isEmpty());
        for (HarvestedItem item : second.items()) {
            assertFalse(firstIds.contains(item.nativeId()), "resumed page repeats " + item.nativeId());
        }
        assertEquals(expected.get(first.items().size()), second.items().get(0).nativeId(),
                "resumes exactly after the first page");
    }

    @Test
    void aDamagedCursorIsAConfigErrorNamingItsPartBeforeAnyRequest() {
        DamagedCursor damaged = damagedCursor();
        org.junit.jupiter.api.Assumptions.assumeTrue(damaged != null, "the cursor holds no numbers or times");
        stubAllPages();
        SourceConfigException e = assertThrows(SourceConfigException.class, () -> connector().fetch(damaged.text()),
                "not a RuntimeException, which the harvester records as an internal error");
        assertEquals(ErrorKind.CONFIG.code(), e.kind());
        assertTrue(e.getMessage().startsWith("the saved cursor's part \"" + damaged.part() + "\" is \""
                + damaged.value() + "\", not "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; reset the cursor to start over"), e.getMessage());
        assertEquals(0, server.getAllServeEvents().size(), "read before a request is sent: no quota spent");
    }

    @Test
    void rateLimitReplyAsksToWait() {
        stubFirstPage(rateLimitReply(120));
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> connector().fetch(null));
        Duration wait = e.retryAfter();
        assertTrue(wait.toSeconds() >= 60 && wait.toSeconds() <= 3600,
                "waits as asked (120 s, or the platform's documented window), got " + wait);
    }

    @Test
    void aNearlySpentQuotaIsNotedOnThePageAndAFullOneIsNot() throws ConnectorException {
        ResponseDefinitionBuilder nearlySpent = nearlySpentQuotaReply();
        org.junit.jupiter.api.Assumptions.assumeTrue(nearlySpent != null, "the platform sends no quota headers");
        stubFirstPage(json(200, firstPageBody()));
        Page plenty = connector().fetch(null);
        assertTrue(plenty.notes().isEmpty(), plenty.notes().toString());
        stubFirstPage(nearlySpent);
        Page page = connector().fetch(null);
        assertFalse(page.items().isEmpty(), "the page is taken all the same");
        assertEquals(1, page.notes().size(), page.notes().toString());
        assertTrue(page.notes().get(0).contains("quota nearly used up"), page.notes().get(0));
    }

    @Test
    void serverErrorIsTransient() {
        stubFirstPage(aResponse().withStatus(503).withHeader("Content-Type", "text/html")
                .withBody("<html><body>Service Unavailable</body></html>"));
        assertThrows(RemoteFailureException.class, () -> connector().fetch(null));
    }

    @Test
    void expiredCredentialsAreReported() {
        stubFirstPage(expiredCredentialsReply());
        CredentialsRejectedException e = assertThrows(CredentialsRejectedException.class,
                () -> connector().fetch(null));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void malformedBodyIsABadReply() {
        stubFirstPage(aResponse().withStatus(200).withHeader("Content-Type", contentType())
                .withBody("<html><body>Bad gateway from a proxy, not the API { ]"));
        assertThrows(BadReplyException.class, () -> connector().fetch(null));
    }

    @Test
    void truncatedBodyIsABadReply() {
        String body = firstPageBody();
        stubFirstPage(aResponse().withStatus(200).withHeader("Content-Type", contentType())
                .withBody(body.substring(0, body.length() / 2)));
        assertThrows(BadReplyException.class, () -> connector().fetch(null));
    }

    /** A walk's items in fetch order, and its last page (whose cursor the next walk starts from). */
    protected record Walk(List<HarvestedItem> items, Page last) {
        public List<String> ids() {
            return items.stream().map(HarvestedItem::nativeId).toList();
        }
    }

    /** Fetches from {@code cursor} until the connector says the walk is over. */
    protected static Walk walkFrom(Connector c, String cursor) throws ConnectorException {
        List<HarvestedItem> items = new ArrayList<>();
        Page p;
        int pages = 0;
        do {
            p = c.fetch(cursor);
            items.addAll(p.items());
            cursor = p.nextCursor();
            assertTrue(++pages < 100, "paging must end");
        } while (p.more());
        return new Walk(items, p);
    }

    /** Reads a fixture from {@code src/test/resources/harvest/...}. */
    protected static String fixture(String path) {
        try (var in = ConnectorContractTest.class.getResourceAsStream("/harvest/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture harvest/" + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A JSON reply with the platform's content type. */
    protected ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", contentType()).withBody(body);
    }
}
