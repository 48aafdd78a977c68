package vn.langnghe.harvest.connector.x;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContractTest;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.Credentials;
import vn.langnghe.harvest.connector.CredentialsRejectedException;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.RateLimitedException;
import vn.langnghe.harvest.connector.SourceConfigException;

class XConnectorTest extends ConnectorContractTest {
    private static final String PATH = "/2/tweets/search/recent";
    private static final String TOKEN_2 = "b26v89c19zqg8o3frr3b8ivbv7ai6z1o0t1g7mpy3aqpp";
    private static final String TOKEN_3 = "b26v89c19zqg8o3frr3b8ivbv7ai6z1o0t1g7mq5lnv7h";
    private static final String NEWEST = "1944932108316541009";

    private XConfig config(int backfillPages) {
        return new XConfig(baseUrl(), "(\"kẹt xe\" OR ngập OR \"bệnh viện\") (saigon OR \"sài gòn\")", true, 10,
                backfillPages);
    }

    @Override
    protected Connector connector() {
        return connector(10);
    }

    private Connector connector(int backfillPages) {
        return new XConnectorFactory().open(config(backfillPages), Credentials.of("bearerToken", "AAAA-test-bearer"),
                context());
    }

    @Override
    protected List<String> stubAllPages() {
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("next_token", absent())
                .willReturn(json(200, fixture("x/page1.json"))));
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("next_token", equalTo(TOKEN_2))
                .willReturn(json(200, fixture("x/page2.json"))));
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("next_token", equalTo(TOKEN_3))
                .willReturn(json(200, fixture("x/page3.json"))));
        return List.of(NEWEST, "1944929377120591874", "1944921050631180288", "1944903312075415552",
                "1944890214469787650", "1944871203550421123", "1944850012340129792", "1944838841022234624");
    }

    @Override
    protected void stubEmpty() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(json(200, "{\"meta\":{\"result_count\":0}}")));
    }

    @Override
    protected void stubFirstPage(ResponseDefinitionBuilder reply) {
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("next_token", absent()).willReturn(reply));
    }

    @Override
    protected ResponseDefinitionBuilder expiredCredentialsReply() {
        return json(401, "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}");
    }

    @Override
    protected ResponseDefinitionBuilder rateLimitReply(int seconds) {
        return json(429, "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\","
                + "\"status\":429}")
                .withHeader("x-rate-limit-limit", "450")
                .withHeader("x-rate-limit-remaining", "0")
                .withHeader("x-rate-limit-reset", Long.toString(NOW.getEpochSecond() + seconds));
    }

    @Override
    protected DamagedCursor damagedCursor() {
        return new DamagedCursor("since=1944000000000000000&next=b26v89c19zqg8o3f&pages=2%3A", "pages", "2:");
    }

    @Override
    protected String firstPageBody() {
        return fixture("x/page1.json");
    }

    @Override
    protected ResponseDefinitionBuilder nearlySpentQuotaReply() {
        return json(200, firstPageBody())
                .withHeader("x-rate-limit-limit", "450")
                .withHeader("x-rate-limit-remaining", "12")
                .withHeader("x-rate-limit-reset", Long.toString(NOW.getEpochSecond() + 600));
    }

    @Test
    void mapsPostsAuthorsAndRepliesAndSendsTheDocumentedRequest() throws ConnectorException {
        stubAllPages();
        Page first = connector().fetch(null);
        HarvestedItem jam = first.items().get(0);
        assertEquals("x:" + NEWEST, jam.id());
        assertEquals("post", jam.kind());
        assertFalse(jam.html());
        assertTrue(jam.text().contains("cầu Sài Gòn & mưa"), "&amp; is unescaped: " + jam.text());
        assertEquals("quanghuy_sg", jam.authorName());
        assertEquals("1290041552210001001", jam.authorId());
        assertEquals("https://x.com/quanghuy_sg/status/" + NEWEST, jam.url());
        assertEquals(Instant.parse("2025-07-15T02:41:07Z"), jam.createdAt());
        assertEquals(31, jam.likes());
        assertEquals(5, jam.shares(), "retweets and quotes");
        assertEquals(2, jam.comments());
        assertEquals(2150, jam.views());

        HarvestedItem reply = first.items().get(1);
        assertEquals("comment", reply.kind());
        assertEquals(NEWEST, reply.parentNativeId());
        assertEquals(NEWEST, reply.threadNativeId());

        server.verify(getRequestedFor(urlPathEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer AAAA-test-bearer"))
                .withQueryParam("query", equalTo("((\"kẹt xe\" OR ngập OR \"bệnh viện\") (saigon OR \"sài gòn\")) -is:retweet"))
                .withQueryParam("max_results", equalTo("10"))
                .withQueryParam("expansions", equalTo("author_id"))
                .withQueryParam("user.fields", equalTo("username,name"))
                .withQueryParam("tweet.fields", equalTo(XConnector.TWEET_FIELDS)));
    }

    @Test
    void aReplyDeeperInAConversationBelongsToItsThread() throws ConnectorException {
        stubAllPages();
        Connector c = connector();
        Page second = c.fetch(c.fetch(null).nextCursor());
        HarvestedItem reply = second.items().get(1);
        assertEquals("1944921050631180288", reply.parentNativeId());
        assertEquals("1944921050631180288", reply.threadNativeId());
        // the reply's author could not be expanded: X says so in a partial error and the post is still kept
        assertNull(reply.authorName());
        assertEquals("1290041552210001099", reply.authorId());
        assertEquals("https://x.com/i/web/status/1944890214469787650", reply.url());
    }

    @Test
    void aLongPostIsTakenWhole() throws ConnectorException {
        stubAllPages();
        Connector c = connector();
        Page p = c.fetch(null);
        while (p.more()) {
            p = c.fetch(p.nextCursor());
        }
        HarvestedItem note = p.items().get(1);
        assertTrue(note.text().endsWith("Mong phường nào cũng được như vậy."), note.text());
        assertTrue(p.items().get(0).text().contains("flooded <30 min"));
    }

    @Test
    void afterAWalkAsksOnlyForNewerPosts() throws ConnectorException {
        stubAllPages();
        Connector c = connector();
        Page p = c.fetch(null);
        while (p.more()) {
            p = c.fetch(p.nextCursor());
        }
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("since_id", equalTo(NEWEST))
                .willReturn(json(200, "{\"meta\":{\"result_count\":0}}")));
        Page later = c.fetch(p.nextCursor());
        assertTrue(later.items().isEmpty());
        assertFalse(later.more());
        assertEquals(p.nextCursor(), later.nextCursor(), "nothing new: the marker stays");
        server.verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("since_id", equalTo(NEWEST)));
    }

    @Test
    void theFirstWalkStopsAfterTheBackfillPages() throws ConnectorException {
        stubAllPages();
        Connector c = connector(2);
        Page p1 = c.fetch(null);
        Page p2 = c.fetch(p1.nextCursor());
        assertFalse(p2.more(), "two pages of history, then only new posts");
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("since_id", equalTo(NEWEST))
                .willReturn(json(200, "{\"meta\":{\"result_count\":0}}")));
        c.fetch(p2.nextCursor());
        server.verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("since_id", equalTo(NEWEST)));
    }

    @Test
    void waitsUntilTheRateLimitWindowResets() {
        stubFirstPage(rateLimitReply(420));
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> connector().fetch(null));
        assertEquals(420, e.retryAfter().toSeconds());
    }

    @Test
    void aUsageCapIsARateLimitThatSaysSo() {
        stubFirstPage(json(429, "{\"title\":\"UsageCapExceeded\",\"detail\":\"Usage cap exceeded: Monthly product cap\","
                + "\"type\":\"https://api.twitter.com/2/problems/usage-capped\",\"period\":\"Monthly\",\"scope\":\"Product\"}"));
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("usage cap"), e.getMessage());
        assertEquals(24, e.retryAfter().toHours());
    }

    @Test
    void anInvalidQueryIsAConfigError() {
        stubFirstPage(json(400, "{\"errors\":[{\"parameters\":{\"query\":[\"(kẹt xe\"]},\"message\":\"There were errors "
                + "processing your request: missing closing parenthesis (at position 8)\"}],\"title\":\"Invalid Request\","
                + "\"detail\":\"One or more parameters to your request was invalid.\","
                + "\"type\":\"https://api.twitter.com/2/problems/invalid-request\"}"));
        SourceConfigException e = assertThrows(SourceConfigException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("missing closing parenthesis"), e.getMessage());
    }

    @Test
    void anAppWithoutSearchAccessIsToldSo() {
        stubFirstPage(json(403, "{\"client_id\":\"29811234\",\"detail\":\"When authenticating requests to the Twitter API v2 "
                + "endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project.\","
                + "\"title\":\"Client Forbidden\",\"required_enrollment\":\"Appropriate Level of API Access\","
                + "\"reason\":\"client-not-enrolled\",\"type\":\"https://api.twitter.com/2/problems/client-forbidden\"}"));
        CredentialsRejectedException e = assertThrows(CredentialsRejectedException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("access level"), e.getMessage());
    }

    @Test
    void aSinceIdOlderThanSevenDaysStartsAFreshWalk() throws ConnectorException {
        stubAllPages();
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("since_id", equalTo("1940000000000000000"))
                .willReturn(json(400, "{\"errors\":[{\"parameters\":{\"since_id\":[\"1940000000000000000\"]},"
                        + "\"message\":\"'since_id' must be a tweet id created after 2025-07-08T03:00Z. Please use a "
                        + "'since_id' that is larger than 1942400000000000000\"}],\"title\":\"Invalid Request\","
                        + "\"detail\":\"One or more parameters to your request was invalid.\","
                        + "\"type\":\"https://api.twitter.com/2/problems/invalid-request\"}")));
        Page p = connector().fetch("since=1940000000000000000");
        assertEquals(NEWEST, p.items().get(0).nativeId());
        assertTrue(p.more());
        assertFalse(p.nextCursor().contains("since="), "the stale marker is dropped: " + p.nextCursor());
    }

    @Test
    void noTokenIsReportedWithoutAsking() {
        Connector c = new XConnectorFactory().open(config(5), Credentials.NONE, context());
        assertThrows(CredentialsRejectedException.class, () -> c.fetch(null));
        assertEquals(0, server.getAllServeEvents().size());
    }

    @Test
    void validatesTheConfig() {
        XConnectorFactory f = new XConnectorFactory();
        assertTrue(f.validate(f.defaultConfig()).isEmpty(), f.validate(f.defaultConfig()).toString());
        assertEquals(3, f.validate(new XConfig("api.x.com", " ", true, 5, 1)).size());
        assertEquals(1, f.validate(new XConfig("https://api.x.com", "saigon", false, 100, 0)).size());
        assertEquals(1, f.validate(new XConfig("https://api.x.com", "a".repeat(513), false, 100, 1)).size());
    }
}
