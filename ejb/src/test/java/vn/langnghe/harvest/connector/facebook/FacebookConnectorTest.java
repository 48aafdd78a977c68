package vn.langnghe.harvest.connector.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContractTest;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.Credentials;
import vn.langnghe.harvest.connector.CredentialsRejectedException;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.RateLimitedException;
import vn.langnghe.harvest.connector.RemoteFailureException;
import vn.langnghe.harvest.connector.SourceConfigException;

class FacebookConnectorTest extends ConnectorContractTest {
    private static final String PAGE = "104587236551234";
    private static final String POSTS = "/v21.0/" + PAGE + "/posts";
    private static final String TOKEN = "EAAGm0PX4ZCpsBOZCtestpagetoken";
    private static final String P1 = PAGE + "_912000000000101";

    @Override
    protected Connector connector() {
        return open(true);
    }

    private Connector open(boolean comments) {
        return open(comments, 0);
    }

    private Connector open(boolean comments, int revisitHours) {
        return new FacebookConnectorFactory().open(new FacebookConfig(baseUrl() + "/v21.0", PAGE, comments, 2, 10, revisitHours),
                Credentials.of(FacebookConnectorFactory.PAGE_ACCESS_TOKEN, TOKEN), context());
    }

    private void stubPosts(String after, ResponseDefinitionBuilder reply) {
        server.stubFor(get(urlPathEqualTo(POSTS)).withQueryParam("after", after == null ? absent() : equalTo(after))
                .willReturn(reply));
    }

    private void stubComments(String post, String after, ResponseDefinitionBuilder reply) {
        server.stubFor(get(urlPathEqualTo("/v21.0/" + post + "/comments"))
                .withQueryParam("after", after == null ? absent() : equalTo(after)).willReturn(reply));
    }

    @Override
    protected List<String> stubAllPages() {
        stubPosts(null, json(200, fixture("facebook/posts-1.json")));
        stubPosts("QVFIUlB4Y2VfMTAy", json(200, fixture("facebook/posts-2.json")));
        stubPosts("QVFIUlB4Y2VfMTA0", json(200, fixture("facebook/posts-3.json")));
        stubComments(P1, null, json(200, fixture("facebook/comments-101-1.json")));
        stubComments(P1, "MTIwMDAwMDAwMDAwMDAxMg==", json(200, fixture("facebook/comments-101-2.json")));
        stubComments(PAGE + "_912000000000103", null, json(200, fixture("facebook/comments-103.json")));
        // deleted after it was listed: its comments end, the source goes on
        stubComments(PAGE + "_912000000000104", null, json(400, fixture("facebook/error-object-missing.json")));
        // the photo post without a message (…103) is not an item, but its comment is
        return List.of(P1, PAGE + "_912000000000102",
                "912000000000101_1200000000000011", "912000000000101_1200000000000012",
                "912000000000101_1200000000000013",
                PAGE + "_912000000000104",
                "912000000000103_1300000000000031",
                PAGE + "_912000000000105");
    }

    @Override
    protected void stubEmpty() {
        stubPosts(null, json(200, fixture("facebook/posts-empty.json")));
    }

    @Override
    protected void stubFirstPage(ResponseDefinitionBuilder reply) {
        stubPosts(null, reply);
    }

    @Override
    protected ResponseDefinitionBuilder expiredCredentialsReply() {
        return json(400, fixture("facebook/error-token-expired.json"));
    }

    @Override
    protected ResponseDefinitionBuilder rateLimitReply(int seconds) {
        return json(400, fixture("facebook/error-page-limit.json"))
                .withHeader("X-Business-Use-Case-Usage", "{\"" + PAGE + "\":[{\"type\":\"pages\",\"call_count\":100,"
                        + "\"total_cputime\":14,\"total_time\":18,\"estimated_time_to_regain_access\":" + seconds / 60 + "}]}");
    }

    @Override
    protected DamagedCursor damagedCursor() {
        return new DamagedCursor("since=1752000000&top=17520x", "top", "17520x");
    }

    @Override
    protected String firstPageBody() {
        return fixture("facebook/posts-1.json");
    }

    @Override
    protected ResponseDefinitionBuilder nearlySpentQuotaReply() {
        return json(200, firstPageBody())
                .withHeader("X-Business-Use-Case-Usage", "{\"" + PAGE + "\":[{\"type\":\"pages\",\"call_count\":86,"
                        + "\"total_cputime\":14,\"total_time\":18,\"estimated_time_to_regain_access\":0}]}");
    }

    private List<HarvestedItem> walk(Connector c) throws ConnectorException {
        List<HarvestedItem> all = new ArrayList<>();
        Page p = null;
        do {
            p = c.fetch(p == null ? null : p.nextCursor());
            all.addAll(p.items());
        } while (p.more());
        return all;
    }

    @Test
    void mapsPostsCommentsAndReplies() throws ConnectorException {
        stubAllPages();
        Map<String, HarvestedItem> items = walk(connector()).stream()
                .collect(Collectors.toMap(HarvestedItem::nativeId, Function.identity()));
        HarvestedItem post = items.get(P1);
        assertEquals("facebook:" + P1, post.id());
        assertEquals("post", post.kind());
        assertTrue(post.text().startsWith("Sáng nay đường Nguyễn Văn Linh"));
        assertEquals(Instant.parse("2025-07-14T23:55:00Z"), post.createdAt());
        assertEquals("https://www.facebook.com/" + PAGE + "/posts/912000000000101", post.url());
        assertEquals(PAGE, post.authorId());
        assertEquals(342, post.likes());
        assertEquals(27, post.shares());
        assertEquals(3, post.comments());

        HarvestedItem top = items.get("912000000000101_1200000000000011");
        assertEquals("comment", top.kind());
        assertEquals(P1, top.parentNativeId());
        assertEquals(P1, top.threadNativeId());
        assertEquals("Nguyễn Thị Mai", top.authorName());
        assertEquals(25, top.likes());
        assertEquals(1, top.comments());

        HarvestedItem reply = items.get("912000000000101_1200000000000013");
        assertEquals("912000000000101_1200000000000011", reply.parentNativeId(), "a reply answers its parent comment");
        assertEquals(P1, reply.threadNativeId());
    }

    @Test
    void sendsTheTokenInTheHeaderNeverInTheUrl() throws ConnectorException {
        stubAllPages();
        walk(connector());
        server.verify(getRequestedFor(urlPathEqualTo(POSTS)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withQueryParam("fields", equalTo(FacebookConnector.POST_FIELDS)).withQueryParam("limit", equalTo("2")));
        server.verify(getRequestedFor(urlPathEqualTo("/v21.0/" + P1 + "/comments"))
                .withQueryParam("filter", equalTo("stream")).withQueryParam("fields", equalTo(FacebookConnector.COMMENT_FIELDS)));
        assertTrue(server.getAllServeEvents().stream().noneMatch(e -> e.getRequest().getUrl().contains(TOKEN)));
        // a post whose comment count is 0 costs no comment request
        server.verify(0, getRequestedFor(urlPathEqualTo("/v21.0/" + PAGE + "_912000000000102/comments")));
    }

    @Test
    void throttlingWithoutAnnouncedWaitWaitsAnHour() {
        stubFirstPage(json(400, fixture("facebook/error-app-limit.json")));
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> connector().fetch(null));
        assertEquals(Duration.ofHours(1), e.retryAfter());
        assertTrue(e.getMessage().contains("error 4"), e.getMessage());
    }

    @Test
    void throttlingUsesTheLongestAnnouncedWait() {
        stubFirstPage(json(400, fixture("facebook/error-app-limit.json"))
                .withHeader("X-App-Usage", "{\"call_count\":100,\"total_cputime\":20,\"total_time\":35}")
                .withHeader("X-Business-Use-Case-Usage", "{\"" + PAGE + "\":[{\"type\":\"pages\",\"call_count\":100,"
                        + "\"estimated_time_to_regain_access\":7},{\"type\":\"pages\",\"estimated_time_to_regain_access\":12}]}"));
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> connector().fetch(null));
        assertEquals(Duration.ofMinutes(12), e.retryAfter());
    }

    @Test
    void anExpiredTokenSaysSo() {
        stubFirstPage(expiredCredentialsReply());
        CredentialsRejectedException e = assertThrows(CredentialsRejectedException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("expired"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN));
    }

    @Test
    void anUnknownPageIsAConfigErrorAndTransientErrorsAreRetried() {
        stubFirstPage(json(404, fixture("facebook/error-unknown-page.json")));
        assertThrows(SourceConfigException.class, () -> connector().fetch(null));
        stubFirstPage(json(500, fixture("facebook/error-transient.json")));
        assertThrows(RemoteFailureException.class, () -> connector().fetch(null));
    }

    @Test
    void aLaterWalkFirstReadsAgainTheCommentsOfThePostsOfTheLastTwoDays() throws ConnectorException {
        stubAllPages();
        Connector c = open(true, 48);
        Page p = walkFrom(c, null).last();
        // a comment arrives on post 102 (taken in the first walk, it had none); no new post
        String late = "912000000000102_1400000000000041";
        stubComments(PAGE + "_912000000000102", null, json(200, """
                {"data": [{"id": "%s", "message": "Sáng nay vẫn còn ngập, mong phường xử lý sớm",
                  "created_time": "2025-07-15T02:00:00+0000", "from": {"name": "Lê Thị Hoa", "id": "7745678901234999"},
                  "like_count": 1, "comment_count": 0}],
                 "paging": {"cursors": {"before": "QQ==", "after": "QQ=="}}}""".formatted(late)));
        String since = Long.toString(Instant.parse("2025-07-14T23:55:00Z").getEpochSecond());
        server.stubFor(get(urlPathEqualTo(POSTS)).withQueryParam("since", equalTo(since))
                .willReturn(json(200, fixture("facebook/posts-1.json"))));

        Walk later = walkFrom(c, p.nextCursor());
        Page q = later.last();
        List<String> ids = later.ids();
        assertTrue(ids.contains(late), ids.toString());
        HarvestedItem comment = later.items().get(ids.indexOf(late));
        assertEquals(PAGE + "_912000000000102", comment.threadNativeId(), "linked to its post's thread");
        // the recent posts' earlier comments come again (same ids: they replace themselves), no post twice
        assertTrue(ids.containsAll(List.of("912000000000101_1200000000000011", "912000000000103_1300000000000031")), ids.toString());
        assertFalse(ids.contains(P1), "posts already taken are not taken again");
        // posts older than 48 hours (104, 105) are not read again; the newest ones are remembered for the next walk
        server.verify(1, getRequestedFor(urlPathEqualTo("/v21.0/" + PAGE + "_912000000000104/comments")));
        server.verify(0, getRequestedFor(urlPathEqualTo("/v21.0/" + PAGE + "_912000000000105/comments")));
        assertTrue(java.net.URLDecoder.decode(q.nextCursor(), java.nio.charset.StandardCharsets.UTF_8)
                .contains(PAGE + "_912000000000102@"), q.nextCursor());

        // revisits off: only newer posts are asked for
        Connector off = open(true, 0);
        Page o = off.fetch(p.nextCursor());
        assertEquals(List.of(), o.items());
        assertFalse(o.more());
    }

    @Test
    void aLaterRunAsksOnlyForNewerPosts() throws ConnectorException {
        stubAllPages();
        Connector c = connector();
        Page p = c.fetch(null);
        while (p.more()) {
            p = c.fetch(p.nextCursor());
        }
        String since = Long.toString(Instant.parse("2025-07-14T23:55:00Z").getEpochSecond());
        server.stubFor(get(urlPathEqualTo(POSTS)).withQueryParam("since", equalTo(since))
                .willReturn(json(200, fixture("facebook/posts-1.json"))));
        Page later = c.fetch(p.nextCursor());
        // Facebook's since is inclusive: the newest post comes again and is not taken twice
        assertEquals(List.of(), later.items());
        assertFalse(later.more());
        server.verify(getRequestedFor(urlPathEqualTo(POSTS)).withQueryParam("since", equalTo(since)));
    }

    @Test
    void followsTimeBasedPagingWithoutKeepingTheLink() throws ConnectorException {
        stubPosts(null, json(200, "{\"data\":[{\"id\":\"" + P1 + "\",\"message\":\"Ngập nặng ở Thảo Điền\","
                + "\"created_time\":\"2025-07-14T23:55:00+0000\"}],\"paging\":{\"previous\":\"https://graph.facebook.com/v21.0/"
                + PAGE + "/posts?since=1752537300&access_token=" + TOKEN + "&__paging_token=enc_AdB&__previous=1\","
                + "\"next\":\"https://graph.facebook.com/v21.0/" + PAGE + "/posts?access_token=" + TOKEN
                + "&limit=2&until=1752537299&__paging_token=enc_AdC\"}}"));
        Page first = open(false).fetch(null);
        assertTrue(first.more());
        assertFalse(first.nextCursor().contains(TOKEN), "the cursor never holds the token");
        server.stubFor(get(urlPathEqualTo(POSTS)).withQueryParam("until", equalTo("1752537299"))
                .withQueryParam("__paging_token", equalTo("enc_AdC")).willReturn(json(200, fixture("facebook/posts-empty.json"))));
        Page second = open(false).fetch(first.nextCursor());
        assertFalse(second.more());
    }
}
