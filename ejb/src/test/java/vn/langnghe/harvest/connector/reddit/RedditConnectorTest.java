package vn.langnghe.harvest.connector.reddit;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Instant;
import java.util.ArrayList;
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

class RedditConnectorTest extends ConnectorContractTest {
    private static final String NEW = "/r/saigon/new.json";
    private static final String TREE = "/r/saigon/comments/1lzq8wd.json";
    private static final String NEWEST = "t3_1lzq8wd";

    private RedditConfig config(RedditConfig.Mode mode, String query, boolean comments, int backfillPages) {
        return new RedditConfig(baseUrl(), baseUrl() + "/public", mode, "r/saigon", query, 25, comments, backfillPages);
    }

    @Override
    protected Connector connector() {
        return connector(config(RedditConfig.Mode.SUBREDDIT, "", true, 10), "reddit-token-1");
    }

    private Connector connector(RedditConfig c, String token) {
        return new RedditConnectorFactory().open(c, token == null ? Credentials.NONE : Credentials.of("accessToken", token),
                context());
    }

    @Override
    protected List<String> stubAllPages() {
        server.stubFor(get(urlPathEqualTo(NEW)).withQueryParam("after", absent())
                .willReturn(json(200, fixture("reddit/new1.json"))));
        server.stubFor(get(urlPathEqualTo(NEW)).withQueryParam("after", equalTo("t3_1lzn7xt"))
                .willReturn(json(200, fixture("reddit/new2.json"))));
        server.stubFor(get(urlPathEqualTo(NEW)).withQueryParam("after", equalTo("t3_1lzhz9q"))
                .willReturn(json(200, fixture("reddit/new3.json"))));
        server.stubFor(get(urlPathEqualTo(TREE)).willReturn(json(200, fixture("reddit/comments-1lzq8wd.json"))));
        return List.of(NEWEST, "t3_1lzp2ka", "t3_1lzn7xt", "t1_n2a1b3c", "t1_n2a1d4e", "t1_n2a1h6i",
                "t3_1lzkk01", "t3_1lzhz9q", "t3_1lzf3mb", "t3_1lzc1rr");
    }

    @Override
    protected void stubEmpty() {
        server.stubFor(get(urlPathEqualTo(NEW)).willReturn(json(200, listing("", null))));
    }

    private static String listing(String children, String after) {
        return "{\"kind\":\"Listing\",\"data\":{\"after\":" + (after == null ? "null" : "\"" + after + "\"")
                + ",\"dist\":0,\"modhash\":\"\",\"geo_filter\":null,\"children\":[" + children + "],\"before\":null}}";
    }

    private static String post(String id36, String title, long created) {
        return "{\"kind\":\"t3\",\"data\":{\"subreddit\":\"saigon\",\"selftext\":\"\",\"title\":\"" + title
                + "\",\"name\":\"t3_" + id36 + "\",\"id\":\"" + id36 + "\",\"author\":\"someone\",\"score\":1,"
                + "\"num_comments\":0,\"created_utc\":" + created + ".0,\"permalink\":\"/r/saigon/comments/" + id36 + "/x/\"}}";
    }

    @Override
    protected void stubFirstPage(ResponseDefinitionBuilder reply) {
        server.stubFor(get(urlPathEqualTo(NEW)).withQueryParam("after", absent()).willReturn(reply));
    }

    @Override
    protected ResponseDefinitionBuilder expiredCredentialsReply() {
        return json(401, "{\"message\": \"Unauthorized\", \"error\": 401}");
    }

    @Override
    protected ResponseDefinitionBuilder rateLimitReply(int seconds) {
        return json(429, "{\"message\": \"Too Many Requests\", \"error\": 429}")
                .withHeader("x-ratelimit-used", "100")
                .withHeader("x-ratelimit-remaining", "0.0")
                .withHeader("x-ratelimit-reset", Integer.toString(seconds));
    }

    @Override
    protected DamagedCursor damagedCursor() {
        return new DamagedCursor("seen=t3_1lzq8wd&seenAt=1752545000.5", "seenAt", "1752545000.5");
    }

    @Override
    protected String firstPageBody() {
        return fixture("reddit/new1.json");
    }

    @Override
    protected ResponseDefinitionBuilder nearlySpentQuotaReply() {
        return json(200, firstPageBody())
                .withHeader("x-ratelimit-used", "95")
                .withHeader("x-ratelimit-remaining", "5.0")
                .withHeader("x-ratelimit-reset", "240");
    }

    @Test
    void mapsPostsAndSendsTheTokenToTheOauthHost() throws ConnectorException {
        stubAllPages();
        Page first = connector().fetch(null);
        HarvestedItem flood = first.items().get(0);
        assertEquals("reddit:t3_1lzq8wd", flood.id());
        assertEquals("post", flood.kind());
        assertTrue(flood.title().startsWith("Thảo Điền ngập nặng"));
        assertTrue(flood.text().contains("Quốc Hương"));
        assertFalse(flood.html(), "raw_json=1: Markdown, not escaped HTML");
        assertEquals("thaodien_resident", flood.authorName());
        assertEquals("https://www.reddit.com/r/saigon/comments/1lzq8wd/thao_dien_ngap_nang_toi_qua_xe_chet_may_ca_hang_dai/",
                flood.url());
        assertEquals(Instant.ofEpochSecond(1752545000), flood.createdAt());
        assertEquals(87, flood.likes());
        assertEquals(4, flood.comments());

        HarvestedItem link = first.items().get(1);
        assertNull(link.text(), "a link post has only its title");
        assertEquals(2, link.shares(), "crossposts");
        HarvestedItem removed = first.items().get(2);
        assertNull(removed.text(), "[removed] is not words");
        assertEquals("Hỏi thủ tục đổi bằng lái xe ở phường Bình Thạnh", removed.title());

        server.verify(getRequestedFor(urlPathEqualTo(NEW))
                .withHeader("Authorization", equalTo("Bearer reddit-token-1"))
                .withHeader("User-Agent", matching("LangNghe/.+"))
                .withQueryParam("limit", equalTo("25"))
                .withQueryParam("raw_json", equalTo("1")));
    }

    @Test
    void theCommentTreeIsFlattenedUnderItsPost() throws ConnectorException {
        stubAllPages();
        Connector c = connector();
        Page tree = c.fetch(c.fetch(null).nextCursor());
        assertEquals(List.of("t1_n2a1b3c", "t1_n2a1d4e", "t1_n2a1h6i"),
                tree.items().stream().map(HarvestedItem::nativeId).toList(), "the [deleted] comment and 'more' stubs are left out");
        HarvestedItem top = tree.items().get(0);
        assertEquals("comment", top.kind());
        assertEquals(NEWEST, top.parentNativeId());
        assertEquals(NEWEST, top.threadNativeId());
        HarvestedItem reply = tree.items().get(1);
        assertEquals("t1_n2a1b3c", reply.parentNativeId());
        assertEquals(NEWEST, reply.threadNativeId());
        assertEquals("t1_n2a1f5g", tree.items().get(2).parentNativeId(), "an answer to a deleted comment stays");
        assertEquals("https://www.reddit.com/r/saigon/comments/1lzq8wd/thao_dien_ngap_nang_toi_qua_xe_chet_may_ca_hang_dai/"
                + "n2a1d4e/", reply.url());
        server.verify(getRequestedFor(urlPathEqualTo(TREE)).withQueryParam("sort", equalTo("new"))
                .withQueryParam("raw_json", equalTo("1")));
        Page p = tree;
        while (p.more()) {
            p = c.fetch(p.nextCursor());
        }
        assertEquals(1, server.findAll(getRequestedFor(urlPathMatching("/r/saigon/comments/.*"))).size(),
                "posts without comments cost no request");
    }

    @Test
    void aLaterRunStopsAtTheNewestPostAlreadyTaken() throws ConnectorException {
        stubAllPages();
        Connector c = connector();
        Page p = c.fetch(null);
        while (p.more()) {
            p = c.fetch(p.nextCursor());
        }
        assertTrue(p.nextCursor().contains("seen=" + NEWEST), p.nextCursor());
        server.resetAll();
        server.stubFor(get(urlPathEqualTo(NEW)).willReturn(json(200, listing(
                post("1m01abc", "Cúp điện cả khu Phú Nhuận từ 8 giờ sáng", 1752548000) + ","
                        + post("1lzq8wd", "Thảo Điền ngập nặng tối qua", 1752545000) + ","
                        + post("1lzp2ka", "Metro Line 1 ridership", 1752541000), "t3_1lzp2ka"))));
        Page later = c.fetch(p.nextCursor());
        assertEquals(List.of("t3_1m01abc"), later.items().stream().map(HarvestedItem::nativeId).toList());
        assertFalse(later.more());
        assertTrue(later.nextCursor().contains("seen=t3_1m01abc"), later.nextCursor());
        assertEquals(1, server.getAllServeEvents().size(), "no page after the one that reached the marker");
    }

    @Test
    void theMarkerStillWorksWhenItsPostWasDeleted() throws ConnectorException {
        stubEmpty();
        server.stubFor(get(urlPathEqualTo(NEW)).willReturn(json(200, listing(
                post("1m01abc", "Cúp điện cả khu Phú Nhuận", 1752548000) + ","
                        + post("1lzp2ka", "Metro Line 1 ridership", 1752541000), "t3_1lzp2ka"))));
        Page later = connector().fetch("seen=t3_1lzq8wd&seenAt=1752545000");
        assertEquals(List.of("t3_1m01abc"), later.items().stream().map(HarvestedItem::nativeId).toList(),
                "older than the marker's time: already taken");
        assertFalse(later.more());
    }

    @Test
    void withoutATokenThePublicHostIsAskedWithoutAuthorization() throws ConnectorException {
        server.stubFor(get(urlPathEqualTo("/public" + NEW)).willReturn(json(200, fixture("reddit/new3.json"))));
        Page p = connector(config(RedditConfig.Mode.SUBREDDIT, "", false, 3), null).fetch(null);
        assertEquals(2, p.items().size());
        server.verify(getRequestedFor(urlPathEqualTo("/public" + NEW)).withHeader("Authorization", absent()));
    }

    @Test
    void searchAsksForTheNewestMatchesWithinTheSubreddit() throws ConnectorException {
        server.stubFor(get(urlPathEqualTo("/r/saigon/search.json")).willReturn(json(200, fixture("reddit/new3.json"))));
        connector(config(RedditConfig.Mode.SEARCH, "ngập OR flood", false, 3), "reddit-token-1").fetch(null);
        server.verify(getRequestedFor(urlPathEqualTo("/r/saigon/search.json"))
                .withQueryParam("q", equalTo("ngập OR flood"))
                .withQueryParam("restrict_sr", equalTo("1"))
                .withQueryParam("sort", equalTo("new"))
                .withQueryParam("type", equalTo("link")));
    }

    @Test
    void commentsModeTakesTheSubredditsNewestComments() throws ConnectorException {
        server.stubFor(get(urlPathEqualTo("/r/saigon/comments.json"))
                .willReturn(json(200, fixture("reddit/comments-listing.json"))));
        Page p = connector(config(RedditConfig.Mode.COMMENTS, "", true, 3), "reddit-token-1").fetch(null);
        HarvestedItem onPost = p.items().get(0);
        assertEquals("reddit:t1_n2c7k1q", onPost.id());
        assertEquals("comment", onPost.kind());
        assertEquals("t3_1lzhz9q", onPost.parentNativeId());
        assertEquals("t3_1lzhz9q", onPost.threadNativeId());
        HarvestedItem onComment = p.items().get(1);
        assertEquals("t1_n2c5x9z", onComment.parentNativeId());
        assertEquals("t3_1lzkk01", onComment.threadNativeId());
        assertFalse(p.more(), "comments have no comment trees to read");
        assertTrue(p.nextCursor().contains("seen=t1_n2c7k1q"), p.nextCursor());
    }

    @Test
    void waitsForTheSecondsRedditNames() {
        stubFirstPage(rateLimitReply(412));
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> connector().fetch(null));
        assertEquals(412, e.retryAfter().toSeconds());
    }

    @Test
    void aPrivateOrQuarantinedSubredditIsAConfigError() {
        stubFirstPage(json(403, "{\"reason\": \"private\", \"message\": \"Forbidden\", \"error\": 403}"));
        SourceConfigException e = assertThrows(SourceConfigException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("r/saigon") && e.getMessage().contains("private"), e.getMessage());
        stubFirstPage(json(403, "{\"reason\": \"quarantined\", \"quarantine_message\": \"…\", \"message\": \"Forbidden\", "
                + "\"error\": 403}"));
        assertThrows(SourceConfigException.class, () -> connector().fetch(null));
    }

    @Test
    void aBannedSubredditIsAConfigError() {
        stubFirstPage(json(404, "{\"reason\": \"banned\", \"message\": \"Not Found\", \"error\": 404}"));
        SourceConfigException e = assertThrows(SourceConfigException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("banned"), e.getMessage());
    }

    @Test
    void anUnknownSubredditRedirectedToSubredditSearchIsAConfigError() {
        stubFirstPage(aResponse().withStatus(302).withHeader("Location", baseUrl() + "/subreddits/search.json?q=saigon"));
        server.stubFor(get(urlPathEqualTo("/subreddits/search.json")).willReturn(json(200, listing(
                "{\"kind\":\"t5\",\"data\":{\"display_name\":\"saigonfood\",\"name\":\"t5_3abcd\"}}", null))));
        SourceConfigException e = assertThrows(SourceConfigException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("no subreddit named r/saigon"), e.getMessage());
    }

    @Test
    void aBlockedAnonymousRequestAsksForAToken() {
        server.stubFor(get(urlPathEqualTo("/public" + NEW)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "text/html").withBody("<html><body>blocked</body></html>")));
        CredentialsRejectedException e = assertThrows(CredentialsRejectedException.class,
                () -> connector(config(RedditConfig.Mode.SUBREDDIT, "", false, 3), null).fetch(null));
        assertTrue(e.getMessage().contains("OAuth access token"), e.getMessage());
    }

    @Test
    void aPostDeletedBeforeItsCommentsAreReadIsPassedOver() throws ConnectorException {
        stubAllPages();
        server.stubFor(get(urlPathEqualTo(TREE)).willReturn(json(404, "{\"message\": \"Not Found\", \"error\": 404}")));
        Connector c = connector();
        List<String> ids = new ArrayList<>();
        Page p = c.fetch(null);
        ids.addAll(p.items().stream().map(HarvestedItem::nativeId).toList());
        while (p.more()) {
            p = c.fetch(p.nextCursor());
            ids.addAll(p.items().stream().map(HarvestedItem::nativeId).toList());
        }
        assertEquals(7, ids.size());
        assertTrue(ids.stream().noneMatch(id -> id.startsWith("t1_")));
    }

    @Test
    void validatesTheConfig() {
        RedditConnectorFactory f = new RedditConnectorFactory();
        assertTrue(f.validate(f.defaultConfig()).isEmpty(), f.validate(f.defaultConfig()).toString());
        assertEquals(5, f.validate(new RedditConfig("oauth.reddit.com", "https://www.reddit.com",
                RedditConfig.Mode.SEARCH, "sai gon!", " ", 101, false, 0)).size());
        assertTrue(f.validate(new RedditConfig("https://oauth.reddit.com", "https://www.reddit.com",
                RedditConfig.Mode.COMMENTS, "/r/VietNam/", "", 100, false, 1)).isEmpty());
    }

    // ---- an app's id and secret: application-only tokens, asked for and renewed here ----

    private static final String TOKEN = "/public/api/v1/access_token";

    private static Credentials app() {
        return new Credentials(java.util.Map.of(RedditConnectorFactory.CLIENT_ID, "p-jcoLKBynTLew",
                RedditConnectorFactory.CLIENT_SECRET, "gko_LXELoV07ZBNUXrvWZfzE3aI"));
    }

    @Test
    void anAppsIdAndSecretGiveAnApplicationOnlyTokenForTheOauthHost() throws ConnectorException {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(TOKEN)).willReturn(json(200,
                "{\"access_token\":\"eyJhbGciOiJSUzI1NiJ9.app-only\",\"token_type\":\"bearer\",\"expires_in\":86400,"
                        + "\"scope\":\"*\"}")));
        stubAllPages();
        RedditConnectorFactory factory = new RedditConnectorFactory();
        Page page = factory.open(config(RedditConfig.Mode.SUBREDDIT, "", false, 10), app(), context()).fetch(null);
        assertFalse(page.items().isEmpty());
        factory.open(config(RedditConfig.Mode.SUBREDDIT, "", false, 10), app(), context()).fetch(null);
        // Basic auth with the app's id and secret, grant_type=client_credentials, once for both runs
        String basic = java.util.Base64.getEncoder().encodeToString(
                "p-jcoLKBynTLew:gko_LXELoV07ZBNUXrvWZfzE3aI".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo(TOKEN))).size());
        server.verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo(TOKEN))
                .withHeader("Authorization", equalTo("Basic " + basic))
                .withRequestBody(equalTo("grant_type=client_credentials")));
        server.verify(2, getRequestedFor(urlPathEqualTo(NEW))
                .withHeader("Authorization", equalTo("Bearer eyJhbGciOiJSUzI1NiJ9.app-only")));
    }

    @Test
    void aWrongAppSecretIsACredentialsProblem() {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo(TOKEN))
                .willReturn(json(401, "{\"message\": \"Unauthorized\", \"error\": 401}")));
        CredentialsRejectedException e = assertThrows(CredentialsRejectedException.class,
                () -> new RedditConnectorFactory().open(config(RedditConfig.Mode.SUBREDDIT, "", false, 10), app(), context())
                        .fetch(null));
        assertTrue(e.getMessage().startsWith("Reddit refused the client id and secret"), e.getMessage());
        assertFalse(e.getMessage().contains("gko_"), e.getMessage());
    }
}
