package vn.langnghe.harvest.connector.youtube;

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
import vn.langnghe.harvest.connector.CredentialsRejectedException;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.RateLimitedException;
import vn.langnghe.harvest.connector.SourceConfigException;

class YoutubeConnectorTest extends ConnectorContractTest {
    private static final String API = "/youtube/v3/";
    private static final String KEY = "AIzaSyTestKey-0123456789abcdefghijklm";
    private static final String V1 = "dQ7kR2xLm3A";
    private static final String THREAD_A = "UgxA1b2C3d4E5f6G7h84AaABAg";
    private static final String THREAD_B = "UgyK9m8N7b6V5c4X3z24AaABAg";

    private YoutubeConfig config(YoutubeConfig.Mode mode, boolean comments) {
        return config(mode, comments, 0);
    }

    private YoutubeConfig config(YoutubeConfig.Mode mode, boolean comments, int revisitHours) {
        return new YoutubeConfig(baseUrl() + "/youtube/v3", mode, "kẹt xe", "UCx7Qm2bT9vLp3nR8sK4wYdA", "VN", "vi",
                comments, 2, 10, revisitHours);
    }

    private Connector open(YoutubeConfig config, String key) {
        return new YoutubeConnectorFactory().open(config,
                key == null ? Credentials.NONE : Credentials.of(YoutubeConnectorFactory.API_KEY, key), context());
    }

    @Override
    protected Connector connector() {
        return open(config(YoutubeConfig.Mode.SEARCH, true), KEY);
    }

    private void stub(String resource, String param, String value, ResponseDefinitionBuilder reply) {
        server.stubFor(get(urlPathEqualTo(API + resource))
                .withQueryParam(param, value == null ? absent() : equalTo(value)).willReturn(reply));
    }

    private void stubVideoPages() {
        stub("search", "pageToken", null, json(200, fixture("youtube/search-1.json")));
        stub("search", "pageToken", "CAIQAA", json(200, fixture("youtube/search-2.json")));
        stub("search", "pageToken", "CAQQAA", json(200, fixture("youtube/search-3.json")));
        stub("videos", "id", V1 + ",pL4nV8sTq2B", json(200, fixture("youtube/videos-1.json")));
        stub("videos", "id", "hT9wC5yUj6D,mB2eF7gKa1E", json(200, fixture("youtube/videos-2.json")));
        stub("videos", "id", "zX8cN3rPw5F", json(200, fixture("youtube/videos-3.json")));
    }

    @Override
    protected List<String> stubAllPages() {
        stubVideoPages();
        server.stubFor(get(urlPathEqualTo(API + "commentThreads")).withQueryParam("videoId", equalTo(V1))
                .withQueryParam("pageToken", absent()).willReturn(json(200, fixture("youtube/threads-v1-1.json"))));
        server.stubFor(get(urlPathEqualTo(API + "commentThreads")).withQueryParam("videoId", equalTo(V1))
                .withQueryParam("pageToken", equalTo("QURTSl9pMlZfUkNMX1FhY2tBQQ"))
                .willReturn(json(200, fixture("youtube/threads-v1-2.json"))));
        // comments turned off after the statistics were counted: skipped, not a failure
        stub("commentThreads", "videoId", "hT9wC5yUj6D", json(403, fixture("youtube/error-comments-disabled.json")));
        stub("commentThreads", "videoId", "mB2eF7gKa1E", json(200, fixture("youtube/threads-v4.json")));
        server.stubFor(get(urlPathEqualTo(API + "comments")).withQueryParam("parentId", equalTo(THREAD_B))
                .withQueryParam("pageToken", absent()).willReturn(json(200, fixture("youtube/replies-b-1.json"))));
        server.stubFor(get(urlPathEqualTo(API + "comments")).withQueryParam("parentId", equalTo(THREAD_B))
                .withQueryParam("pageToken", equalTo("Z2V0X25ld2VzdF9maXJzdC0tQ2dnSWdBUVZGN2ZST0JJRkNJZ2dHQUFTQlFpb0lCZ0E"))
                .willReturn(json(200, fixture("youtube/replies-b-2.json"))));
        String r = ".A0bC1dE2fG";
        return List.of(V1, "pL4nV8sTq2B",
                THREAD_A, THREAD_A + r + "1h", THREAD_B,
                THREAD_B + r + "1h", THREAD_B + r + "2h", THREAD_B + r + "3h",
                THREAD_B + r + "4h", THREAD_B + r + "5h", THREAD_B + r + "6h",
                "UgzP0o9I8u7Y6t5R4e34AaABAg",
                "hT9wC5yUj6D", "mB2eF7gKa1E",
                "Ugw1Q2w3E4r5T6y7U8i4AaABAg",
                "zX8cN3rPw5F");
    }

    @Override
    protected void stubEmpty() {
        stub("search", "pageToken", null, json(200, fixture("youtube/search-empty.json")));
    }

    @Override
    protected void stubFirstPage(ResponseDefinitionBuilder reply) {
        stub("search", "pageToken", null, reply);
    }

    @Override
    protected ResponseDefinitionBuilder expiredCredentialsReply() {
        return json(400, fixture("youtube/error-key-expired.json"));
    }

    @Override
    protected ResponseDefinitionBuilder rateLimitReply(int seconds) {
        return json(403, fixture("youtube/error-rate-limit.json")).withHeader("Retry-After", Integer.toString(seconds));
    }

    @Override
    protected DamagedCursor damagedCursor() {
        return new DamagedCursor("since=yesterday&pages=1", "since", "yesterday");
    }

    @Override
    protected String firstPageBody() {
        return fixture("youtube/search-1.json");
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
    void mapsVideosCommentsAndReplies() throws ConnectorException {
        stubAllPages();
        Map<String, HarvestedItem> items = walk(connector()).stream()
                .collect(Collectors.toMap(HarvestedItem::nativeId, Function.identity()));

        HarvestedItem video = items.get(V1);
        assertEquals("youtube:" + V1, video.id());
        assertEquals("video", video.kind());
        assertEquals("https://www.youtube.com/watch?v=" + V1, video.url());
        assertEquals("Kẹt xe kinh hoàng ở vòng xoay Hàng Xanh sáng nay", video.title());
        assertTrue(video.text().contains("hơn 40 phút"), "the full description from videos.list, not the cut one");
        assertEquals("Tin Tức Sài Gòn 24h", video.authorName());
        assertEquals(48213, video.views());
        assertEquals(1204, video.likes());
        assertEquals(9, video.comments());

        HarvestedItem top = items.get(THREAD_A);
        assertEquals("comment", top.kind());
        assertEquals(V1, top.parentNativeId());
        assertEquals(V1, top.threadNativeId());
        assertEquals("Nguyễn Văn Hùng", top.authorName());
        assertEquals("UCa1B2c3D4e5F6g7H8i9J0kL", top.authorId());
        assertEquals(87, top.likes());
        assertEquals(1, top.comments());
        assertEquals("https://www.youtube.com/watch?v=" + V1 + "&lc=" + THREAD_A, top.url());

        HarvestedItem reply = items.get(THREAD_B + ".A0bC1dE2fG5h");
        assertEquals(THREAD_B, reply.parentNativeId(), "a reply answers its thread's top-level comment");
        assertEquals(V1, reply.threadNativeId());
        assertFalse(items.values().stream().anyMatch(i -> "hT9wC5yUj6D".equals(i.threadNativeId())),
                "the video with comments turned off brings none");
    }

    @Test
    void sendsTheKeyAndTheDocumentedParameters() throws ConnectorException {
        stubAllPages();
        walk(connector());
        server.verify(getRequestedFor(urlPathEqualTo(API + "search")).withQueryParam("key", equalTo(KEY))
                .withQueryParam("part", equalTo("snippet")).withQueryParam("type", equalTo("video"))
                .withQueryParam("order", equalTo("date")).withQueryParam("q", equalTo("kẹt xe"))
                .withQueryParam("regionCode", equalTo("VN")).withQueryParam("relevanceLanguage", equalTo("vi"))
                .withQueryParam("maxResults", equalTo("2")));
        server.verify(getRequestedFor(urlPathEqualTo(API + "videos")).withQueryParam("part", equalTo("snippet,statistics")));
        server.verify(getRequestedFor(urlPathEqualTo(API + "commentThreads")).withQueryParam("part", equalTo("snippet,replies"))
                .withQueryParam("textFormat", equalTo("plainText")).withQueryParam("key", equalTo(KEY)));
        // a video whose statistics count no comment costs no comment request
        server.verify(0, getRequestedFor(urlPathEqualTo(API + "commentThreads")).withQueryParam("videoId", equalTo("pL4nV8sTq2B")));
        server.verify(1, getRequestedFor(urlPathEqualTo(API + "commentThreads")).withQueryParam("videoId", equalTo("hT9wC5yUj6D")));
    }

    @Test
    void quotaExceededWaitsUntilMidnightPacificTime() {
        stubFirstPage(json(403, fixture("youtube/error-quota.json")));
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> connector().fetch(null));
        // NOW is 03:00 UTC on 15 July = 20:00 on 14 July in Los Angeles (daylight time)
        assertEquals(Duration.ofHours(4), e.retryAfter());
        assertFalse(e.getMessage().contains("<a"), "the docs link in Google's message is not shown as HTML");
    }

    @Test
    void anInvalidKeyIsRejectedWithoutShowingIt() {
        stubFirstPage(json(400, fixture("youtube/error-key-invalid.json")));
        CredentialsRejectedException e = assertThrows(CredentialsRejectedException.class, () -> connector().fetch(null));
        assertFalse(e.getMessage().contains(KEY));
        assertTrue(e.getMessage().contains("API key not valid"), e.getMessage());
    }

    @Test
    void noKeyIsRejectedBeforeAnyRequest() {
        Connector c = open(config(YoutubeConfig.Mode.SEARCH, true), null);
        assertThrows(CredentialsRejectedException.class, () -> c.fetch(null));
        assertEquals(0, server.getAllServeEvents().size());
    }

    @Test
    void channelModeReadsTheUploadsPlaylistOnce() throws ConnectorException {
        stub("channels", "id", "UCx7Qm2bT9vLp3nR8sK4wYdA", json(200, fixture("youtube/channels.json")));
        stub("playlistItems", "playlistId", "UUx7Qm2bT9vLp3nR8sK4wYdA", json(200, fixture("youtube/playlist-1.json")));
        stubVideoPages();
        Connector c = open(config(YoutubeConfig.Mode.CHANNEL, false), KEY);
        Page first = c.fetch(null);
        assertEquals(List.of(V1, "pL4nV8sTq2B"), first.items().stream().map(HarvestedItem::nativeId).toList());
        assertFalse(first.more(), "the playlist has one page");
        server.verify(getRequestedFor(urlPathEqualTo(API + "channels")).withQueryParam("part", equalTo("contentDetails")));
        server.verify(0, getRequestedFor(urlPathEqualTo(API + "commentThreads")));

        c.fetch(first.nextCursor());
        server.verify(1, getRequestedFor(urlPathEqualTo(API + "channels")));
        server.verify(2, getRequestedFor(urlPathEqualTo(API + "playlistItems")));
    }

    @Test
    void anUnknownChannelIsAConfigError() {
        stub("channels", "id", "UCx7Qm2bT9vLp3nR8sK4wYdA", json(200, fixture("youtube/channels-none.json")));
        Connector c = open(config(YoutubeConfig.Mode.CHANNEL, false), KEY);
        SourceConfigException e = assertThrows(SourceConfigException.class, () -> c.fetch(null));
        assertTrue(e.getMessage().contains("UCx7Qm2bT9vLp3nR8sK4wYdA"));
    }

    @Test
    void aLaterRunSearchesFromShortlyBeforeTheNewestVideo() throws ConnectorException {
        stubAllPages();
        Connector c = connector();
        Page p = c.fetch(null);
        while (p.more()) {
            p = c.fetch(p.nextCursor());
        }
        // from three hours before the newest video taken, for results that reach the search index late
        server.stubFor(get(urlPathEqualTo(API + "search")).withQueryParam("publishedAfter", equalTo("2025-07-14T20:40:12Z"))
                .willReturn(json(200, fixture("youtube/search-empty.json"))));
        Page later = c.fetch(p.nextCursor());
        assertTrue(later.items().isEmpty());
        assertFalse(later.more());
        server.verify(getRequestedFor(urlPathEqualTo(API + "search"))
                .withQueryParam("publishedAfter", equalTo("2025-07-14T20:40:12Z")));
    }

    @Test
    void aLaterWalkFirstReadsAgainTheCommentThreadsOfTheVideosOfTheLastTwoDays() throws ConnectorException {
        stubAllPages();
        Connector c = open(config(YoutubeConfig.Mode.SEARCH, true, 48), KEY);
        Page p = walkFrom(c, null).last();
        // pL4nV8sTq2B had no comments when it was taken; one comes later
        String late = "UgzL8aT3cOmMeNt0Ae34AaABAg";
        String thread = fixture("youtube/threads-v4.json").replace("Ugw1Q2w3E4r5T6y7U8i4AaABAg", late)
                .replace("mB2eF7gKa1E", "pL4nV8sTq2B").replace("2025-07-12T05:10:00Z", "2025-07-15T01:00:00Z");
        stub("commentThreads", "videoId", "pL4nV8sTq2B", json(200, thread));
        server.stubFor(get(urlPathEqualTo(API + "search")).withQueryParam("publishedAfter", equalTo("2025-07-14T20:40:12Z"))
                .willReturn(json(200, fixture("youtube/search-empty.json"))));

        Walk later = walkFrom(c, p.nextCursor());
        List<String> ids = later.ids();
        assertTrue(ids.contains(late), ids.toString());
        assertEquals("pL4nV8sTq2B", later.items().get(ids.indexOf(late)).threadNativeId(), "in its video's thread");
        assertTrue(ids.contains(THREAD_A), "the recent video's threads come again (same ids): " + ids);
        assertFalse(ids.contains(V1), "videos already taken are not taken again");
        // videos older than 48 hours are not read again
        server.verify(1, getRequestedFor(urlPathEqualTo(API + "commentThreads")).withQueryParam("videoId", equalTo("mB2eF7gKa1E")));
        server.verify(0, getRequestedFor(urlPathEqualTo(API + "commentThreads")).withQueryParam("videoId", equalTo("zX8cN3rPw5F")));
    }

    @Test
    void validatesTheConfig() {
        YoutubeConnectorFactory f = new YoutubeConnectorFactory();
        assertTrue(f.validate(f.defaultConfig()).isEmpty());
        YoutubeConfig bad = new YoutubeConfig("ftp://x", YoutubeConfig.Mode.CHANNEL, "", " ", "Vietnam", "vi", true, 80, 0, -1);
        assertEquals(6, f.validate(bad).size(), f.validate(bad).toString());
    }
}
