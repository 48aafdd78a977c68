package vn.langnghe.harvest.connector.instagram;

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
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.RateLimitedException;
import vn.langnghe.harvest.connector.SourceConfigException;

class InstagramConnectorTest extends ConnectorContractTest {
    private static final String IG = "17841405822304914";
    private static final String V = "/v21.0/";
    private static final String TOKEN = "EAAGm0PX4ZCpsBOigusertoken";
    private static final String TAG = "17843826142012701";
    private static final String M1 = "17895695668004501";

    private Connector open(InstagramConfig.Mode mode, boolean comments) {
        return open(mode, comments, 0);
    }

    private Connector open(InstagramConfig.Mode mode, boolean comments, int revisitHours) {
        return new InstagramConnectorFactory().open(
                new InstagramConfig(baseUrl() + "/v21.0", mode, IG, "#saigon", comments, 2, 10, revisitHours),
                Credentials.of(InstagramConnectorFactory.ACCESS_TOKEN, TOKEN), context());
    }

    @Override
    protected Connector connector() {
        return open(InstagramConfig.Mode.ACCOUNT, true);
    }

    private void stubList(String path, String after, ResponseDefinitionBuilder reply) {
        server.stubFor(get(urlPathEqualTo(V + path)).withQueryParam("after", after == null ? absent() : equalTo(after))
                .willReturn(reply));
    }

    @Override
    protected List<String> stubAllPages() {
        stubList(IG + "/media", null, json(200, fixture("instagram/media-1.json")));
        stubList(IG + "/media", "QVFIUm1lZGlhXzI", json(200, fixture("instagram/media-2.json")));
        stubList(IG + "/media", "QVFIUm1lZGlhXzQ", json(200, fixture("instagram/media-3.json")));
        stubList(M1 + "/comments", null, json(200, fixture("instagram/comments-501-1.json")));
        stubList(M1 + "/comments", "QVFIUmNvbW1lbnRfMjA", json(200, fixture("instagram/comments-501-2.json")));
        stubList("17858893269000020/replies", null, json(200, fixture("instagram/replies-520-1.json")));
        stubList("17858893269000020/replies", "QVFIUnJlcGx5XzIy", json(200, fixture("instagram/replies-520-2.json")));
        stubList("17895695668004503/comments", null, json(200, fixture("instagram/comments-503.json")));
        // …504 has no caption: not an item
        return List.of(M1, "17895695668004502",
                "17858893269000010", "17858893269000011", "17858893269000020",
                "17858893269000021", "17858893269000022", "17858893269000023",
                "17858893269000030",
                "17895695668004503",
                "17858893269000040",
                "17895695668004505");
    }

    @Override
    protected void stubEmpty() {
        stubList(IG + "/media", null, json(200, fixture("instagram/media-empty.json")));
    }

    @Override
    protected void stubFirstPage(ResponseDefinitionBuilder reply) {
        stubList(IG + "/media", null, reply);
    }

    @Override
    protected ResponseDefinitionBuilder expiredCredentialsReply() {
        return json(400, fixture("instagram/error-token-expired.json"));
    }

    @Override
    protected ResponseDefinitionBuilder rateLimitReply(int seconds) {
        return json(400, fixture("instagram/error-throttled.json"))
                .withHeader("X-Business-Use-Case-Usage", "{\"" + IG + "\":[{\"type\":\"instagram\",\"call_count\":100,"
                        + "\"total_cputime\":9,\"total_time\":11,\"estimated_time_to_regain_access\":" + seconds / 60 + "}]}");
    }

    @Override
    protected DamagedCursor damagedCursor() {
        return new DamagedCursor("since=2025-07-14T25:00:00Z", "since", "2025-07-14T25:00:00Z");
    }

    @Override
    protected String firstPageBody() {
        return fixture("instagram/media-1.json");
    }

    @Override
    protected ResponseDefinitionBuilder nearlySpentQuotaReply() {
        return json(200, firstPageBody())
                .withHeader("X-App-Usage", "{\"call_count\":12,\"total_cputime\":91,\"total_time\":40}");
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

    private void stubHashtag() {
        server.stubFor(get(urlPathEqualTo(V + "ig_hashtag_search")).willReturn(json(200, fixture("instagram/hashtag-search.json"))));
        stubList(TAG + "/recent_media", null, json(200, fixture("instagram/recent-1.json")));
        stubList(TAG + "/recent_media", "QVFIUmhhc2h0YWdfMg", json(200, fixture("instagram/recent-2.json")));
    }

    @Test
    void mapsMediaCommentsAndReplies() throws ConnectorException {
        stubAllPages();
        Map<String, HarvestedItem> items = walk(connector()).stream()
                .collect(Collectors.toMap(HarvestedItem::nativeId, Function.identity()));
        HarvestedItem media = items.get(M1);
        assertEquals("instagram:" + M1, media.id());
        assertEquals("post", media.kind());
        assertEquals("https://www.instagram.com/p/DLx8aB2sT1q/", media.url());
        assertEquals("quan7.congdong", media.authorName());
        assertEquals(1843, media.likes());
        assertEquals(3, media.comments());

        HarvestedItem comment = items.get("17858893269000010");
        assertEquals("comment", comment.kind());
        assertEquals(M1, comment.parentNativeId());
        assertEquals(M1, comment.threadNativeId());
        assertEquals("minhkhoa.sg", comment.authorName());
        assertEquals("17841400000000010", comment.authorId());

        HarvestedItem nested = items.get("17858893269000011");
        assertEquals("17858893269000010", nested.parentNativeId());
        assertEquals(M1, nested.threadNativeId());
        HarvestedItem walked = items.get("17858893269000023");
        assertEquals("17858893269000020", walked.parentNativeId(), "replies read from the replies edge keep their parent");
        assertEquals(M1, walked.threadNativeId());

        server.verify(getRequestedFor(urlPathEqualTo(V + IG + "/media"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withQueryParam("fields", equalTo(InstagramConnector.ACCOUNT_MEDIA_FIELDS)));
        server.verify(getRequestedFor(urlPathEqualTo(V + M1 + "/comments"))
                .withQueryParam("fields", equalTo("id,text,timestamp,username,like_count,from,"
                        + "replies{id,text,timestamp,username,like_count,from}")));
    }

    @Test
    void hashtagModeFindsTheHashtagOnceAndReadsRecentMedia() throws ConnectorException {
        stubHashtag();
        Connector c = open(InstagramConfig.Mode.HASHTAG, false);
        List<HarvestedItem> items = new ArrayList<>();
        Page p = null;
        do {
            p = c.fetch(p == null ? null : p.nextCursor());
            items.addAll(p.items());
        } while (p.more());
        assertEquals(List.of("18034521870110001", "18034521870110002", "18034521870110003"),
                items.stream().map(HarvestedItem::nativeId).toList());
        assertEquals(null, items.get(0).authorName(), "hashtag media do not name their author");
        server.verify(getRequestedFor(urlPathEqualTo(V + "ig_hashtag_search"))
                .withQueryParam("user_id", equalTo(IG)).withQueryParam("q", equalTo("saigon")));
        server.verify(getRequestedFor(urlPathEqualTo(V + TAG + "/recent_media"))
                .withQueryParam("user_id", equalTo(IG)).withQueryParam("fields", equalTo(InstagramConnector.HASHTAG_MEDIA_FIELDS)));

        // the next run: the hashtag id comes from the cursor, and of the media already taken only those of
        // the hour before the newest (21:55) are read again, for media that reach the list late
        List<String> again = new ArrayList<>();
        Page later = p;
        do {
            later = c.fetch(later.nextCursor());
            later.items().forEach(i -> again.add(i.nativeId()));
        } while (later.more());
        assertEquals(List.of("18034521870110001"), again);
        server.verify(1, getRequestedFor(urlPathEqualTo(V + "ig_hashtag_search")));
    }

    @Test
    void theHashtagLimitWaitsADay() {
        server.stubFor(get(urlPathEqualTo(V + "ig_hashtag_search")).willReturn(json(400, fixture("instagram/error-hashtag-limit.json"))));
        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> open(InstagramConfig.Mode.HASHTAG, false).fetch(null));
        assertEquals(Duration.ofHours(24), e.retryAfter());
        assertTrue(e.getMessage().contains("30 unique hashtags"), e.getMessage());
    }

    @Test
    void anUnknownHashtagIsAConfigError() {
        server.stubFor(get(urlPathEqualTo(V + "ig_hashtag_search")).willReturn(json(200, fixture("instagram/hashtag-search-none.json"))));
        SourceConfigException e = assertThrows(SourceConfigException.class,
                () -> open(InstagramConfig.Mode.HASHTAG, false).fetch(null));
        assertTrue(e.getMessage().contains("#saigon"), e.getMessage());
    }

    @Test
    void throttlingWithoutAnnouncedWaitWaitsAnHour() {
        stubFirstPage(json(400, fixture("instagram/error-throttled.json")));
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> connector().fetch(null));
        assertEquals(Duration.ofHours(1), e.retryAfter());
    }

    @Test
    void aLaterAccountWalkFirstReadsAgainTheCommentsOfTheMediaOfTheLastTwoDays() throws ConnectorException {
        stubAllPages();
        Connector c = open(InstagramConfig.Mode.ACCOUNT, true, 48);
        Page p = walkFrom(c, null).last();
        // …502 had no comments when it was taken; one comes later
        String late = "17858893269000090";
        stubList("17895695668004502/comments", null, json(200, fixture("instagram/comments-503.json")
                .replace("17858893269000040", late).replace("2025-07-13T12:00:00", "2025-07-15T01:00:00")));
        server.resetRequests();
        Walk later = walkFrom(c, p.nextCursor());
        List<String> ids = later.ids();
        assertTrue(ids.contains(late), ids.toString());
        assertEquals("17895695668004502", later.items().get(ids.indexOf(late)).threadNativeId(), "in its media's thread");
        assertTrue(ids.containsAll(List.of("17858893269000010", "17858893269000040")), "read again (same ids): " + ids);
        assertFalse(ids.contains(M1), "media already taken are not taken again");
        // media older than 48 hours are not read again
        server.verify(0, getRequestedFor(urlPathEqualTo(V + "17895695668004505/comments")));
        server.verify(1, getRequestedFor(urlPathEqualTo(V + IG + "/media")));
    }

    @Test
    void aLaterAccountRunStopsAtTheNewestKnownMedia() throws ConnectorException {
        stubAllPages();
        Connector c = connector();
        Page p = c.fetch(null);
        while (p.more()) {
            p = c.fetch(p.nextCursor());
        }
        server.resetRequests();
        Page later = c.fetch(p.nextCursor());
        assertTrue(later.items().isEmpty(), "nothing newer than the newest media");
        assertFalse(later.more());
        server.verify(1, getRequestedFor(urlPathEqualTo(V + IG + "/media")));
    }

    @Test
    void validatesTheConfig() {
        InstagramConnectorFactory f = new InstagramConnectorFactory();
        assertTrue(f.validate(new InstagramConfig("https://graph.facebook.com/v21.0", InstagramConfig.Mode.HASHTAG, IG,
                "kẹtxe", false, 50, 1, 48)).isEmpty());
        List<String> problems = f.validate(new InstagramConfig("https://graph.facebook.com/v21.0",
                InstagramConfig.Mode.HASHTAG, "me", "kẹt xe", true, 80, 1, 1000));
        assertEquals(5, problems.size(), problems.toString());
    }
}
