package vn.langnghe.it;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16's polling and feeds against the running server, with harvesting running: a Mastodon timeline
 * replayed slowly by WireMock is harvested (then harvested again from the start with new counts) while a
 * registered client polls its saved query; once the harvest is over and the settle time has passed, the
 * ids it was handed are exactly the matching posts in Solr, each once. The Atom and RSS feeds parse with
 * ROME, keep a post's {@code <script>} as text, answer 304 to If-None-Match and If-Modified-Since; a
 * client of another unit gets 404 for the query it may not open; no token is a 401 problem.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedsApiIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    private static final String XSS = "<script>alert('feed')</script> ngập <b>sâu</b> & \"kẹt xe\"";
    /** The server's default settle time (langnghe.api.poll-settle-ms) and some margin for commit-within. */
    private static final long SETTLE_MS = 10_000 + 3_000;
    private static WireMockServer platform;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void start() throws Exception {
        ItEnvironment.script("it-solr", "start");
        ItEnvironment.awaitDeployment();
        platform = new WireMockServer(options().dynamicPort().containerThreads(20));
        platform.start();
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.stop();
        }
    }

    @Test
    void pollingWhileHarvestingNeitherSkipsNorRepeatsAndFeedsAreValidAndConditional() throws Exception {
        String token = register("feeds-" + RUN, "city-admin");
        String stranger = register("feeds-other-" + RUN, "so-y-te");
        String tag = "feedsit" + RUN;

        // a saved query of the client's own, shared with its unit: this run's harvested statuses and one hostile post
        HttpResponse<String> created = call("POST", "api/v1/saved-queries", bearer(token), Json.createObjectBuilder()
                .add("name", "Theo dõi " + tag).add("visibility", "unit")
                .add("query", "f=platform:mastodon").build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created.body()).getJsonNumber("id").longValue();
        JsonArray visible = json(call("GET", "api/v1/saved-queries", bearer(token), null).body()).getJsonArray("savedQueries");
        assertTrue(visible.stream().anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id), visible.toString());
        assertTrue(json(call("GET", "api/v1/saved-queries", bearer(stranger), null).body()).getJsonArray("savedQueries")
                .stream().noneMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id), "not another unit's");
        addHostilePost("mastodon:xss-" + RUN);

        // harvesting runs: 400 statuses, 40 a page, each page slowed down, then the same again with new counts
        MastodonReplay replay = new MastodonReplay(platform, tag);
        replay.stub(400, 1, 600);
        long source = createSource("it-feeds-" + RUN, replay);
        List<String> polled = new ArrayList<>();
        String cursor = null;
        long harvestStart = System.nanoTime();
        boolean reharvested = false;
        int polls = 0;
        while (true) {
            JsonObject page = poll(token, id, cursor, 37);
            page.getJsonArray("items").forEach(v -> polled.add(v.asJsonObject().getString("id")));
            cursor = page.getString("nextCursor");
            polls++;
            long indexed = solrCount("source:\"it-feeds-" + RUN + "\"");
            if (!reharvested && indexed == 400) {
                // everything harvested once: from the start again, new counts (every post re-indexed)
                replay.stub(400, 7, 300);
                assertEquals(200, call("POST", "api/v1/sources/" + source + "/reset-cursor", basicAdmin(), null).statusCode());
                call("POST", "api/v1/sources/" + source + "/run", basicAdmin(), null);
                reharvested = true;
            }
            if (reharvested && solrCount("source:\"it-feeds-" + RUN + "\" AND likes:7") == 400) {
                break;
            }
            assertTrue(System.nanoTime() - harvestStart < 240_000_000_000L, "harvest did not finish in 4 minutes");
            Thread.sleep(300);
        }
        int whileHarvesting = polled.size();
        Thread.sleep(SETTLE_MS);
        for (String before = null; !cursor.equals(before); ) {
            before = cursor;
            JsonObject page = poll(token, id, cursor, 500);
            page.getJsonArray("items").forEach(v -> polled.add(v.asJsonObject().getString("id")));
            cursor = page.getString("nextCursor");
        }
        Set<String> expected = solrIds("platform:mastodon AND first_indexed_at:[* TO *]");
        assertTrue(expected.size() >= 401, "this run's statuses and the hostile post: " + expected.size());
        assertTrue(whileHarvesting > 0 && polls > 5, "polled while harvesting: " + whileHarvesting + " in " + polls + " polls");
        assertEquals(new HashSet<>(polled).size(), polled.size(), "no item handed out twice (re-harvest included)");
        assertEquals(expected, new TreeSet<>(polled), "every matching item handed out");
        // nothing new: the same cursor again
        assertEquals(cursor, poll(token, id, cursor, 10).getString("nextCursor"));

        // feeds: valid for ROME, the hostile text kept as text, paging links, conditional GET
        HttpResponse<String> atom = call("GET", "api/v1/feeds/saved-queries/" + id + ".atom", bearer(token), null);
        assertEquals(200, atom.statusCode(), atom.body());
        assertTrue(atom.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        assertFalse(atom.body().contains("<script"), "no markup from a post in the feed");
        SyndFeed a = new SyndFeedInput().build(new StringReader(atom.body()));
        assertEquals("atom_1.0", a.getFeedType());
        assertEquals(50, a.getEntries().size());
        assertNotNull(a.getPublishedDate(), "the feed's updated date");
        Set<String> rels = new HashSet<>();
        for (SyndLink l : a.getLinks()) {
            rels.add(l.getRel());
            assertTrue(URI.create(l.getHref()).isAbsolute(), l.getHref());
        }
        assertTrue(rels.containsAll(Set.of("self", "first", "next")), rels.toString());
        SyndEntry hostile = a.getEntries().stream().filter(e -> e.getUri().endsWith("xss-" + RUN)).findFirst().orElse(null);
        // newer posts pushed it to a later page: follow the feed's next links (RFC 5005) until it comes
        SyndFeed at = a;
        for (int pages = 1; hostile == null && pages < 40; pages++) {
            String next = at.getLinks().stream().filter(l -> "next".equals(l.getRel())).map(SyndLink::getHref)
                    .findFirst().orElseThrow(() -> new AssertionError("the hostile post is in no page"));
            HttpResponse<String> more = call("GET", ItEnvironment.base().relativize(URI.create(next)).toString(), bearer(token), null);
            assertEquals(200, more.statusCode(), next);
            at = new SyndFeedInput().build(new StringReader(more.body()));
            hostile = at.getEntries().stream().filter(e -> e.getUri().endsWith("xss-" + RUN)).findFirst().orElse(null);
        }
        assertNotNull(hostile, "the hostile post is in the feed");
        SyndContent content = hostile.getContents().get(0);
        assertEquals("text", content.getType());
        assertEquals(XSS, content.getValue(), "the text as it was, as text");
        for (SyndEntry e : a.getEntries()) {
            assertNotNull(e.getUri());
            assertNotNull(e.getUpdatedDate(), e.getUri());
            assertTrue(URI.create(e.getLink()).isAbsolute(), e.getLink());
        }
        String etag = atom.headers().firstValue("ETag").orElseThrow();
        assertFalse(etag.startsWith("W/"), "a strong entity tag: " + etag);
        String lastModified = atom.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, call("GET", "api/v1/feeds/saved-queries/" + id + ".atom", bearer(token), null,
                "If-None-Match", etag).statusCode());
        assertEquals(304, call("GET", "api/v1/feeds/saved-queries/" + id + ".atom", bearer(token), null,
                "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, call("GET", "api/v1/feeds/saved-queries/" + id + ".atom", bearer(token), null,
                "If-None-Match", "\"something-else\"").statusCode());
        assertEquals(200, call("GET", "api/v1/feeds/saved-queries/" + id + ".atom", bearer(token), null,
                "If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").statusCode());

        HttpResponse<String> rss = call("GET", "api/v1/feeds/saved-queries/" + id + ".rss", bearer(token), null);
        assertEquals(200, rss.statusCode(), rss.body());
        assertFalse(rss.body().contains("<script"), "no markup from a post in the feed");
        SyndFeed r = new SyndFeedInput().build(new StringReader(rss.body()));
        assertEquals("rss_2.0", r.getFeedType());
        assertEquals(50, r.getEntries().size());
        assertTrue(rss.body().contains("<atom:link") && rss.body().contains("rel=\"self\""), "atom:link rel=self in RSS");
        for (SyndEntry e : r.getEntries()) {
            assertNotNull(e.getPublishedDate(), "an RFC 822 pubDate ROME reads");
            assertFalse(e.getDescription().getValue().contains("<script"), "the description shows the text");
        }
        String rssTag = rss.headers().firstValue("ETag").orElseThrow();
        assertFalse(rssTag.equals(etag), "each representation its own tag");
        assertEquals(304, call("GET", "api/v1/feeds/saved-queries/" + id + ".rss", bearer(token), null,
                "If-None-Match", rssTag).statusCode());

        // another unit's client: the query looks missing; no token: a 401 problem; a damaged cursor: bad-cursor
        for (String path : List.of("api/v1/saved-queries/" + id + "/posts", "api/v1/feeds/saved-queries/" + id + ".atom",
                "api/v1/feeds/saved-queries/" + id + ".rss")) {
            HttpResponse<String> other = call("GET", path, bearer(stranger), null);
            assertEquals(404, other.statusCode(), path);
            assertProblem(other, "not-found");
            HttpResponse<String> anonymous = call("GET", path, null, null);
            assertEquals(401, anonymous.statusCode(), path);
            assertProblem(anonymous, "unauthenticated");
        }
        HttpResponse<String> bad = call("GET", "api/v1/saved-queries/" + id + "/posts?since=" + URLEncoder.encode("{!x}", StandardCharsets.UTF_8),
                bearer(token), null);
        assertEquals(400, bad.statusCode(), bad.body());
        assertProblem(bad, "bad-cursor");
        HttpResponse<String> foreign = call("GET", "api/v1/saved-queries/" + id + "/posts?since=AoE%2F", bearer(token), null);
        assertEquals(400, foreign.statusCode(), foreign.body());
        assertProblem(foreign, "bad-cursor");
        // malformed input: always a JSON problem, never a 5xx
        for (String path : List.of("api/v1/saved-queries/" + id + "/posts?rows=501", "api/v1/saved-queries/" + id + "/posts?rows=abc",
                "api/v1/saved-queries/" + id + "/posts?rows=0", "api/v1/feeds/saved-queries/" + id + ".atom?page=0",
                "api/v1/feeds/saved-queries/" + id + ".rss?page=201", "api/v1/feeds/saved-queries/" + id + ".atom?page=%00",
                "api/v1/saved-queries?rows=1000")) {
            HttpResponse<String> rsp = call("GET", path, bearer(token), null);
            assertEquals(400, rsp.statusCode(), path + " " + rsp.body());
            assertProblem(rsp, "bad-request");
        }
        for (String body : List.of("{", "[]", "{\"name\":\"x\",\"query\":\"fq=*:*\"}", "{\"name\":\"x\",\"query\":\"q={!lucene}*:*\"}",
                "{\"name\":\"\",\"query\":\"q=a\"}", "{\"name\":\"x\",\"query\":\"q=a\",\"visibility\":\"city\"}",
                "{\"name\":\"x\",\"owner\":\"admin\"}")) {
            HttpResponse<String> rsp = call("POST", "api/v1/saved-queries", bearer(token), body);
            assertEquals(400, rsp.statusCode(), body + " " + rsp.body());
            assertTrue(rsp.headers().firstValue("Content-Type").orElse("").contains("json"), body);
        }
        HttpRequest notUtf8 = HttpRequest.newBuilder(ItEnvironment.base().resolve("api/v1/saved-queries")).timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer(token)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}))
                .build();
        HttpResponse<String> rsp = HTTP.send(notUtf8, HttpResponse.BodyHandlers.ofString());
        assertEquals(400, rsp.statusCode(), rsp.body());
        assertEquals(404, call("GET", "api/v1/feeds/saved-queries/" + id + ".json", bearer(token), null).statusCode());
        assertEquals(404, call("GET", "api/v1/saved-queries/999999999/posts", bearer(token), null).statusCode());
    }

    private static JsonObject poll(String token, long id, String cursor, int rows) throws Exception {
        String path = "api/v1/saved-queries/" + id + "/posts?rows=" + rows
                + (cursor == null ? "" : "&since=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        HttpResponse<String> rsp = call("GET", path, bearer(token), null);
        assertEquals(200, rsp.statusCode(), rsp.body());
        return json(rsp.body());
    }

    private static void assertProblem(HttpResponse<String> rsp, String slug) {
        assertTrue(rsp.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), rsp.headers().toString());
        assertEquals("/api/v1/problems/" + slug, json(rsp.body()).getString("type"), rsp.body());
    }

    private static String register(String name, String unit) throws Exception {
        HttpResponse<String> rsp = call("POST", "api/v1/clients", basicAdmin(), Json.createObjectBuilder().add("name", name)
                .add("unit", unit).add("permissions", Json.createArrayBuilder().add("posts:read"))
                .add("rateLimitPerMinute", 6000).build().toString());
        assertEquals(201, rsp.statusCode(), rsp.body());
        return json(rsp.body()).getString("token");
    }

    private static long createSource(String name, MastodonReplay replay) throws Exception {
        String tag = replay.path().substring(replay.path().lastIndexOf('/') + 1);
        String body = Json.createObjectBuilder().add("name", name).add("type", "mastodon").add("intervalSeconds", 3600)
                .add("config", Json.createObjectBuilder().add("instanceUrl", platform.baseUrl()).add("timeline", "TAG")
                        .add("hashtag", tag).add("pageSize", MastodonReplay.PAGE).add("backfillPages", 1000))
                .build().toString();
        HttpResponse<String> rsp = call("POST", "api/v1/sources", basicAdmin(), body);
        assertEquals(201, rsp.statusCode(), rsp.body());
        return json(rsp.body()).getJsonNumber("id").longValue();
    }

    /** A post whose text is markup, straight into Solr (the harvest would clean it): the feeds must show it as text. */
    private static void addHostilePost(String postId) throws Exception {
        String doc = Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", postId).add("platform", "mastodon")
                .add("kind", "post").add("text", XSS).add("author_name", "<img src=x onerror=alert(1)>")
                .add("created_at", "2026-12-01T00:00:00Z").add("dup_group", postId)).build().toString();
        String url = ItEnvironment.get("it.solr.url").split(",")[0] + "/posts/update?commitWithin=500";
        HttpResponse<String> rsp = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(doc)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, rsp.statusCode(), rsp.body());
    }

    private static long solrCount(String q) throws Exception {
        return solr(q, 0).getJsonObject("response").getJsonNumber("numFound").longValue();
    }

    private static Set<String> solrIds(String q) throws Exception {
        Set<String> ids = new TreeSet<>();
        for (JsonValue d : solr(q, 100_000).getJsonObject("response").getJsonArray("docs")) {
            ids.add(d.asJsonObject().getString("id"));
        }
        return ids;
    }

    private static JsonObject solr(String q, int rows) throws Exception {
        String url = ItEnvironment.get("it.solr.url").split(",")[0] + "/posts/select?defType=lucene&fl=id&rows=" + rows
                + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        HttpResponse<String> rsp = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, rsp.statusCode(), rsp.body());
        return json(rsp.body());
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String basicAdmin() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ItEnvironment.get("it.admin.password"))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> call(String method, String path, String authorization, String body,
                                             String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(ItEnvironment.base().resolve(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }
}
