package vn.langnghe.harvest.connector.tiktok;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContractTest;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.Credentials;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.CredentialsRejectedException;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.RateLimitedException;
import vn.langnghe.harvest.connector.RemoteFailureException;
import vn.langnghe.harvest.connector.SourceConfigException;

class TikTokConnectorTest extends ConnectorContractTest {
    private static final String VIDEOS = "/v2/research/video/query/";
    private static final String COMMENTS = "/v2/research/video/comment/list/";
    private static final String SEARCH_ID = "7527390826153379883";
    private static final String V1 = "7526911223344556601";
    private static final String V3 = "7526745566778899003";

    private TikTokConfig config(boolean comments, int maxCommentsPerVideo) {
        return new TikTokConfig(baseUrl(), "ngập nước, kẹt xe", "saigon", "vn", 7, 3, comments, maxCommentsPerVideo);
    }

    @Override
    protected Connector connector() {
        return connector(config(true, 300));
    }

    private Connector connector(TikTokConfig c) {
        return connector(c, Credentials.of("accessToken", "clt.test-token"));
    }

    private Connector connector(TikTokConfig c, Credentials credentials) {
        return new TikTokConnectorFactory().open(c, credentials, context());
    }

    private static String error(String code, String message) {
        return "{\"data\":{},\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message
                + "\",\"log_id\":\"20250715030009A1B2C3D4E5F60799\"}}";
    }

    @Override
    protected List<String> stubAllPages() {
        server.stubFor(post(urlPathEqualTo(VIDEOS)).withRequestBody(notContaining("search_id"))
                .willReturn(json(200, fixture("tiktok/videos1.json"))));
        server.stubFor(post(urlPathEqualTo(VIDEOS)).withRequestBody(matchingJsonPath("$.search_id", equalTo(SEARCH_ID)))
                .willReturn(json(200, fixture("tiktok/videos2.json"))));
        stubComments(V1, 0, json(200, fixture("tiktok/comments-v1-1.json")));
        stubComments(V1, 2, json(200, fixture("tiktok/comments-v1-2.json")));
        stubComments(V3, 0, json(200, fixture("tiktok/comments-v3.json")));
        return List.of(V1, "7526890011223344502", V3,
                "7527001100220033001", "7527001100220033002", "7527001100220033003", "7527009988776655001",
                "7526600011122233304", "7526512233445566705");
    }

    private void stubComments(String videoId, int cursor, ResponseDefinitionBuilder reply) {
        server.stubFor(post(urlPathEqualTo(COMMENTS)).withRequestBody(containing("\"video_id\":" + videoId + ","))
                .withRequestBody(containing("\"cursor\":" + cursor + "}")).willReturn(reply));
    }

    @Override
    protected void stubEmpty() {
        server.stubFor(post(urlPathEqualTo(VIDEOS)).willReturn(json(200,
                "{\"data\":{\"videos\":[],\"cursor\":0,\"has_more\":false,\"search_id\":\"7527390826153379999\"},"
                        + "\"error\":{\"code\":\"ok\",\"message\":\"\",\"log_id\":\"20250715030000A1B2C3D4E5F60000\"}}")));
    }

    @Override
    protected void stubFirstPage(ResponseDefinitionBuilder reply) {
        server.stubFor(post(urlPathEqualTo(VIDEOS)).withRequestBody(notContaining("search_id")).willReturn(reply));
    }

    @Override
    protected ResponseDefinitionBuilder expiredCredentialsReply() {
        return json(401, error("access_token_invalid", "The access token is invalid or not found in the request."));
    }

    @Override
    protected ResponseDefinitionBuilder rateLimitReply(int seconds) {
        return json(429, error("rate_limit_exceeded", "The API rate limit was exceeded. Please try again later."))
                .withHeader("Retry-After", Integer.toString(seconds));
    }

    @Override
    protected DamagedCursor damagedCursor() {
        return new DamagedCursor("start=20250708&end=2025-07-15", "end", "2025-07-15");
    }

    @Override
    protected String firstPageBody() {
        return fixture("tiktok/videos1.json");
    }

    @Test
    void mapsVideosAndSendsTheDocumentedQuery() throws ConnectorException {
        stubAllPages();
        Page first = connector().fetch(null);
        HarvestedItem flood = first.items().get(0);
        assertEquals("tiktok:" + V1, flood.id());
        assertEquals("video", flood.kind());
        assertTrue(flood.text().startsWith("Mưa 30 phút mà đường Nguyễn Hữu Cảnh ngập"));
        assertEquals("https://www.tiktok.com/@saigon_moi_ngay/video/" + V1, flood.url());
        assertEquals("saigon_moi_ngay", flood.authorName());
        assertEquals(Instant.ofEpochSecond(1752538210), flood.createdAt());
        assertEquals(3120, flood.likes());
        assertEquals(152, flood.shares());
        assertEquals(3, flood.comments());
        assertEquals(48210, flood.views());

        server.verify(postRequestedFor(urlPathEqualTo(VIDEOS))
                .withHeader("Authorization", equalTo("Bearer clt.test-token"))
                .withHeader("Content-Type", containing("application/json"))
                .withQueryParam("fields", equalTo(TikTokConnector.VIDEO_FIELDS))
                .withRequestBody(matchingJsonPath("$.query.and[0].field_name", equalTo("region_code")))
                .withRequestBody(matchingJsonPath("$.query.and[0].operation", equalTo("IN")))
                .withRequestBody(matchingJsonPath("$.query.and[0].field_values[0]", equalTo("VN")))
                .withRequestBody(matchingJsonPath("$.query.or[0].field_name", equalTo("keyword")))
                .withRequestBody(matchingJsonPath("$.query.or[1].field_values[0]", equalTo("kẹt xe")))
                .withRequestBody(matchingJsonPath("$.query.or[2].field_name", equalTo("hashtag_name")))
                .withRequestBody(matchingJsonPath("$.start_date", equalTo("20250708")))
                .withRequestBody(matchingJsonPath("$.end_date", equalTo("20250715")))
                .withRequestBody(matchingJsonPath("$.max_count", equalTo("3"))));
    }

    @Test
    void commentsBelongToTheirVideoAndRepliesToTheirComment() throws ConnectorException {
        stubAllPages();
        List<HarvestedItem> all = walk(connector(), null);
        HarvestedItem top = find(all, "7527001100220033001");
        assertEquals("comment", top.kind());
        assertEquals(V1, top.parentNativeId());
        assertEquals(V1, top.threadNativeId());
        assertEquals(1, top.comments(), "reply_count");
        assertNull(top.authorName(), "the Research API names no commenter");
        HarvestedItem reply = find(all, "7527001100220033003");
        assertEquals("7527001100220033001", reply.parentNativeId());
        assertEquals(V1, reply.threadNativeId());
        assertEquals(V3, find(all, "7527009988776655001").threadNativeId());
        assertEquals("#comtam #quan3", find(all, "7526512233445566705").text(), "no description: its hashtags");
        server.verify(postRequestedFor(urlPathEqualTo(COMMENTS)).withQueryParam("fields",
                equalTo(TikTokConnector.COMMENT_FIELDS)));
        assertEquals(3, server.findAll(postRequestedFor(urlPathEqualTo(COMMENTS))).size(),
                "a video without comments costs no request");
    }

    @Test
    void aLaterRunAsksFromTheDayTheLastWalkEnded() throws ConnectorException {
        stubAllPages();
        Connector c = connector();
        Page p = c.fetch(null);
        while (p.more()) {
            p = c.fetch(p.nextCursor());
        }
        assertEquals("from=20250715", p.nextCursor());
        server.resetRequests();
        c.fetch(p.nextCursor());
        server.verify(postRequestedFor(urlPathEqualTo(VIDEOS))
                .withRequestBody(matchingJsonPath("$.start_date", equalTo("20250715")))
                .withRequestBody(matchingJsonPath("$.end_date", equalTo("20250715"))));
    }

    @Test
    void aLongPauseNeverAsksBeyondTheWindow() throws ConnectorException {
        stubAllPages();
        connector().fetch("from=20250401");
        server.verify(postRequestedFor(urlPathEqualTo(VIDEOS))
                .withRequestBody(matchingJsonPath("$.start_date", equalTo("20250708"))));
    }

    @Test
    void theDailyQuotaWaitsUntilMidnightUtc() {
        stubFirstPage(json(429, error("rate_limit_exceeded", "The API rate limit was exceeded. Please try again later.")));
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> connector().fetch(null));
        assertEquals(Duration.ofHours(21), e.retryAfter(), "from 03:00 UTC to the next UTC day");
    }

    @Test
    void invalidParamsAreAConfigErrorWithTikToksWords() {
        stubFirstPage(json(400, error("invalid_params", "Invalid region code: VX")));
        SourceConfigException e = assertThrows(SourceConfigException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("Invalid region code: VX"), e.getMessage());
        assertTrue(e.getMessage().contains("20250715030009A1B2C3D4E5F60799"), "the log id for TikTok support");
    }

    @Test
    void anExpiredSearchStartsItsWindowAgain() throws ConnectorException {
        stubAllPages();
        server.stubFor(post(urlPathEqualTo(VIDEOS)).withRequestBody(matchingJsonPath("$.search_id", equalTo("7527000000000000000")))
                .willReturn(json(400, error("invalid_params", "Search Id 7527000000000000000 is invalid or expired"))));
        Page p = connector().fetch("start=20250708&end=20250715&vcur=3&sid=7527000000000000000");
        assertEquals(V1, p.items().get(0).nativeId());
        assertTrue(p.more());
    }

    @Test
    void aVideoWhoseCommentsAreGoneIsPassedOver() throws ConnectorException {
        stubAllPages();
        stubComments(V1, 0, json(400, error("invalid_params", "video not found")));
        Connector c = connector();
        Page afterVideos = c.fetch(null);
        Page gone = c.fetch(afterVideos.nextCursor());
        assertTrue(gone.items().isEmpty());
        assertTrue(gone.more());
        Page next = c.fetch(gone.nextCursor());
        assertEquals("7527009988776655001", next.items().get(0).nativeId(), "on to the next video's comments");
    }

    @Test
    void stopsReadingAVideosCommentsAtTheCap() throws ConnectorException {
        stubAllPages();
        List<HarvestedItem> all = walk(connector(config(true, 2)), null);
        assertTrue(all.stream().noneMatch(i -> i.nativeId().equals("7527001100220033003")));
        assertTrue(all.stream().anyMatch(i -> i.nativeId().equals("7527009988776655001")));
        server.verify(postRequestedFor(urlPathEqualTo(COMMENTS)).withRequestBody(containing("\"max_count\":2")));
    }

    @Test
    void withoutCommentsOnlyVideosAreAsked() throws ConnectorException {
        stubAllPages();
        List<HarvestedItem> all = walk(connector(config(false, 300)), null);
        assertEquals(5, all.size());
        assertEquals(0, server.findAll(postRequestedFor(urlPathEqualTo(COMMENTS))).size());
    }

    @Test
    void aClientWithoutResearchAccessIsACredentialsProblem() {
        stubFirstPage(json(401, error("scope_not_authorized",
                "The user did not authorize the scope required for completing this request.")));
        CredentialsRejectedException e = assertThrows(CredentialsRejectedException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("scope_not_authorized"), e.getMessage());
    }

    @Test
    void anInternalErrorIsTransient() {
        stubFirstPage(json(500, error("internal_error", "Something went wrong. Please try again later.")));
        assertThrows(RemoteFailureException.class, () -> connector().fetch(null));
    }

    @Test
    void validatesTheConfig() {
        TikTokConnectorFactory f = new TikTokConnectorFactory();
        assertTrue(f.validate(f.defaultConfig()).isEmpty(), f.validate(f.defaultConfig()).toString());
        assertEquals(4, f.validate(new TikTokConfig("open.tiktokapis.com", " , ", "", "VNM", 31, 3, false, 0)).size());
        assertEquals(2, f.validate(new TikTokConfig("https://open.tiktokapis.com", "kẹt xe", "", "VN", 7, 101, true, 0))
                .size());
        assertTrue(f.validate(new TikTokConfig("https://open.tiktokapis.com", "", "#saigon", "", 30, 100, false, 0))
                .isEmpty(), "hashtags alone, any region, the full 30 days");
    }

    private static List<HarvestedItem> walk(Connector c, String cursor) throws ConnectorException {
        List<HarvestedItem> all = new ArrayList<>();
        Page p;
        do {
            p = c.fetch(cursor);
            all.addAll(p.items());
            cursor = p.nextCursor();
        } while (p.more());
        return all;
    }

    private static HarvestedItem find(List<HarvestedItem> items, String id) {
        return items.stream().filter(i -> i.nativeId().equals(id)).findFirst().orElseThrow();
    }

    // ---- client credentials: TikTok's client access tokens last two hours and are renewed here ----

    private static final String TOKEN = "/v2/oauth/token/";

    private static String tokenReply(String token) {
        return "{\"access_token\":\"" + token + "\",\"expires_in\":7200,\"token_type\":\"Bearer\"}";
    }

    private static Credentials client() {
        return new Credentials(java.util.Map.of(TikTokConnectorFactory.CLIENT_KEY, "awkey123",
                TikTokConnectorFactory.CLIENT_SECRET, "s3cr&t"));
    }

    private ConnectorContext contextAt(java.time.Instant now) {
        return new ConnectorContext(context().http(), java.time.Clock.fixed(now, java.time.ZoneOffset.UTC), 5_000);
    }

    @Test
    void clientKeyAndSecretAreExchangedForATokenThatIsReusedUntilItExpires() throws ConnectorException {
        server.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(json(200, tokenReply("clt.first"))));
        stubAllPages();
        TikTokConnectorFactory factory = new TikTokConnectorFactory();
        List<HarvestedItem> all = walk(factory.open(config(true, 300), client(), context()), null);
        assertEquals(9, all.size());
        // one token for the whole walk, asked for as TikTok documents (form-encoded, grant client_credentials)
        assertEquals(1, server.findAll(postRequestedFor(urlPathEqualTo(TOKEN))).size());
        server.verify(postRequestedFor(urlPathEqualTo(TOKEN))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("client_key=awkey123&client_secret=s3cr%26t&grant_type=client_credentials")));
        server.verify(postRequestedFor(urlPathEqualTo(VIDEOS)).withHeader("Authorization", equalTo("Bearer clt.first")));

        // the next run an hour later reuses it; two hours later (less a minute) a new one is asked for
        factory.open(config(false, 300), client(), contextAt(NOW.plusSeconds(3600))).fetch(null);
        assertEquals(1, server.findAll(postRequestedFor(urlPathEqualTo(TOKEN))).size());
        server.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(json(200, tokenReply("clt.second"))));
        factory.open(config(false, 300), client(), contextAt(NOW.plusSeconds(7200 - 30))).fetch(null);
        assertEquals(2, server.findAll(postRequestedFor(urlPathEqualTo(TOKEN))).size());
        server.verify(postRequestedFor(urlPathEqualTo(VIDEOS)).withHeader("Authorization", equalTo("Bearer clt.second")));
    }

    @Test
    void aTokenRefusedBeforeItsTimeIsReplacedOnceAndTheCallRetried() throws ConnectorException {
        server.stubFor(post(urlPathEqualTo(TOKEN)).inScenario("tokens").whenScenarioStateIs(
                com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED).willSetStateTo("revoked")
                .willReturn(json(200, tokenReply("clt.revoked"))));
        server.stubFor(post(urlPathEqualTo(TOKEN)).inScenario("tokens").whenScenarioStateIs("revoked")
                .willReturn(json(200, tokenReply("clt.fresh"))));
        stubAllPages();
        server.stubFor(post(urlPathEqualTo(VIDEOS)).withHeader("Authorization", equalTo("Bearer clt.revoked"))
                .atPriority(1).willReturn(expiredCredentialsReply()));
        Page first = connector(config(false, 300), client()).fetch(null);
        assertEquals(3, first.items().size());
        assertEquals(2, server.findAll(postRequestedFor(urlPathEqualTo(TOKEN))).size());
    }

    @Test
    void aWrongClientSecretIsACredentialsProblemNamingTikToksReason() {
        server.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(json(401, "{\"error\":\"invalid_client\","
                + "\"error_description\":\"Client key or secret is incorrect.\",\"log_id\":\"20250715030011A1B2C3\"}")));
        stubAllPages();
        CredentialsRejectedException e = assertThrows(CredentialsRejectedException.class,
                () -> connector(config(false, 300), client()).fetch(null));
        assertTrue(e.getMessage().contains("invalid_client: Client key or secret is incorrect."), e.getMessage());
        assertFalse(e.getMessage().contains("s3cr&t"), e.getMessage());
        assertEquals(0, server.findAll(postRequestedFor(urlPathEqualTo(VIDEOS))).size());
    }

    @Test
    void aTokenReplyWithoutATokenIsABadReplyAndNoCredentialsAtAllAreNamed() {
        server.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(json(200, "{\"token_type\":\"Bearer\"}")));
        assertThrows(vn.langnghe.harvest.connector.BadReplyException.class,
                () -> connector(config(false, 300), client()).fetch(null));
        CredentialsRejectedException e = assertThrows(CredentialsRejectedException.class,
                () -> connector(config(false, 300), Credentials.NONE).fetch(null));
        assertTrue(e.getMessage().contains("client key and secret"), e.getMessage());
    }
}
