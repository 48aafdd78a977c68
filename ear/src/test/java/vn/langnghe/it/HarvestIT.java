package vn.langnghe.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Harvesting against the real server: a platform replayed by WireMock in this JVM, sources created
 * through {@code /api/v1/sources}, items followed into Solr. Then the two failures the outbox exists
 * for: Solr stopped for a minute mid-harvest, and the server killed with SIGKILL mid-harvest.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HarvestIT {
    private static WireMockServer platform;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void startPlatform() throws Exception {
        // another test class may have stopped Solr on its way out
        ItEnvironment.script("it-solr", "start");
        platform = new WireMockServer(options().dynamicPort().containerThreads(20));
        platform.start();
    }

    @AfterAll
    static void stopPlatform() {
        platform.stop();
    }

    @Test
    @Order(1)
    void aSourceIsHarvestedThroughAnalysisIntoTheIndexAndReharvestUpdatesCounts() throws Exception {
        MastodonReplay replay = new MastodonReplay(platform, "kenhdanhcu");
        List<String> ids = replay.stub(95, 3, 0);
        long id = createSource("it-mastodon-95", replay, 3600);

        waitFor(() -> solrCount("source:\"it-mastodon-95\"") == 95, 120, "95 items indexed");
        JsonObject source = waitForSource(id, s -> "OK".equals(s.getString("runState")), 60);
        assertEquals(95, source.getJsonNumber("totalItems").longValue(), source.toString());
        assertTrue(source.isNull("lastError"), source.toString());

        // analysed: "Người dân phường Bến Thành phản ánh đường ngập sâu sau cơn mưa chiều"
        JsonObject first = solrDoc("mastodon:" + ids.get(0));
        assertEquals("vi", first.getString("language"), first.toString());
        // a resident's report of flooding: leaning negative, about flooding, in former District 1
        assertTrue(first.getJsonNumber("sentiment_score").doubleValue() < 0, first.toString());
        assertTrue(first.getJsonArray("topics").toString().contains("flooding"), first.toString());
        assertTrue(first.getJsonArray("region_areas").toString().contains("q1"), first.toString());
        assertTrue(!first.getString("text").contains("<p>"), "stored as text: " + first);
        // status 0 answers status 1: a comment in its thread
        assertEquals("comment", first.getString("kind"));
        assertEquals("mastodon:" + ids.get(1), first.getString("thread_id"));

        // harvested again from the start with new counts: same documents, counts updated
        replay.stub(95, 42, 0);
        assertEquals(200, api("POST", "api/v1/sources/" + id + "/reset-cursor", null).statusCode());
        assertEquals(202, api("POST", "api/v1/sources/" + id + "/run", null).statusCode());
        waitFor(() -> solrDoc("mastodon:" + ids.get(94)).getJsonNumber("likes").longValue() == 42, 120,
                "likes updated by the re-harvest");
        assertEquals(95, solrCount("source:\"it-mastodon-95\""));
    }

    @Test
    @Order(2)
    void badRepliesAreRecordedOnTheirSourceWhileTheOthersRunOn() throws Exception {
        MastodonReplay big = new MastodonReplay(platform, "toobig");
        platform.stubFor(get(urlPathEqualTo(big.path())).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(new byte[100 * 1024 * 1024])));
        MastodonReplay garbled = new MastodonReplay(platform, "garbled");
        byte[] invalidUtf8 = "[{\"id\":\"1\",\"content\":\"Kẹt xe \u0000\"}]".getBytes(StandardCharsets.UTF_8);
        invalidUtf8[invalidUtf8.length - 6] = (byte) 0xC3;
        invalidUtf8[invalidUtf8.length - 5] = (byte) 0x28;
        platform.stubFor(get(urlPathEqualTo(garbled.path())).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(invalidUtf8)));
        MastodonReplay throttled = new MastodonReplay(platform, "throttled");
        String reset = Instant.now().plusSeconds(1800).toString();
        platform.stubFor(get(urlPathEqualTo(throttled.path())).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withHeader("X-RateLimit-Reset", reset)
                .withBody("{\"error\":\"Too many requests\"}")));
        // a good source whose platform warns that its rate-limit window is nearly spent
        MastodonReplay good = new MastodonReplay(platform, "binhthuong").withRateLimit(15, 300);
        good.stub(12, 1, 0);

        long bigId = createSource("it-too-big", big, 3600);
        long garbledId = createSource("it-garbled", garbled, 3600);
        long throttledId = createSource("it-throttled", throttled, 3600);
        long goodId = createSource("it-good", good, 3600);

        waitFor(() -> solrCount("source:\"it-good\"") == 12, 120, "the good source indexed");
        JsonObject ok = waitForSource(goodId, s -> "OK".equals(s.getString("runState")), 60);
        assertEquals(1, ok.getJsonArray("runNotes").size(), ok.toString());
        assertTrue(ok.getJsonArray("runNotes").getString(0).startsWith("Mastodon quota nearly used up: 15 of 300 requests left"),
                ok.toString());
        JsonObject b = waitForSource(bigId, s -> !s.isNull("lastErrorKind"), 60);
        assertEquals("bad_reply", b.getString("lastErrorKind"), b.toString());
        assertTrue(b.getString("lastError").contains("larger than the limit"), b.toString());
        assertEquals("FAILED", b.getString("runState"));
        JsonObject g = waitForSource(garbledId, s -> !s.isNull("lastErrorKind"), 60);
        assertTrue(g.getString("lastError").contains("not valid UTF-8"), g.toString());
        JsonObject t = waitForSource(throttledId, s -> !s.isNull("lastErrorKind"), 60);
        assertEquals("RATE_LIMITED", t.getString("runState"), t.toString());
        Instant next = Instant.parse(t.getString("nextRunAt"));
        assertTrue(next.isAfter(Instant.now().plusSeconds(1500)), "waits for the platform's reset: " + t);
        assertEquals(0, solrCount("source:\"it-too-big\" OR source:\"it-garbled\" OR source:\"it-throttled\""));
        assertEquals(200, ItEnvironment.get(ItEnvironment.client(), "health/ready").statusCode());
    }

    @Test
    @Order(3)
    void solrStoppedForAMinuteDuringAHarvestLosesNothing() throws Exception {
        MastodonReplay replay = new MastodonReplay(platform, "solrdown");
        replay.stub(2_000, 7, 300);
        createSource("it-solr-down", replay, 3600);
        waitFor(() -> solrCount("source:\"it-solr-down\"") >= 120, 120, "the harvest under way");

        ItEnvironment.script("it-solr", "stop");
        long downSince = System.nanoTime();
        HttpResponse<String> ready = ItEnvironment.get(ItEnvironment.client(), "health/ready");
        assertEquals(503, ready.statusCode());
        assertTrue(ready.body().contains("solr") && ready.body().contains("DOWN"), ready.body());
        // the harvest goes on into the outbox while Solr is away
        waitFor(() -> status().getJsonNumber("harvestWaiting").longValue() > 200, 60, "items waiting in the outbox");
        long left = 60_000 - (System.nanoTime() - downSince) / 1_000_000;
        if (left > 0) {
            Thread.sleep(left);
        }
        assertEquals(503, ItEnvironment.get(ItEnvironment.client(), "health/ready").statusCode());
        ItEnvironment.script("it-solr", "start");

        waitFor(() -> solrCount("source:\"it-solr-down\"") == 2_000 && status().getJsonNumber("harvestWaiting").longValue() == 0,
                180, "all 2,000 items indexed once Solr is back");
        assertEquals(200, ItEnvironment.get(ItEnvironment.client(), "health/ready").statusCode());
    }

    @Test
    @Order(4)
    void killedWithSigkillMidHarvestEveryItemIsIndexedExactlyOnce() throws Exception {
        MastodonReplay replay = new MastodonReplay(platform, "kill9");
        List<String> ids = replay.stub(10_000, 5, 60);
        createSource("it-kill-9", replay, 3600);
        waitFor(() -> solrCount("source:\"it-kill-9\"") >= 1_500, 180, "the harvest under way");

        ItEnvironment.script("it-payara", "kill");
        long before = solrCount("source:\"it-kill-9\"");
        assertTrue(before < 10_000, "killed mid-harvest, with " + before + " of 10,000 indexed");
        long logBefore = java.nio.file.Files.size(ItEnvironment.serverLog());
        ItEnvironment.script("it-payara", "start");
        // the launcher polled /health/ready while the application started: no check may have failed with
        // a stack trace (they used to, reading settings before the application's configuration was there)
        String startLog = logSince(logBefore);
        assertFalse(startLog.contains("Exception executing HealthCheck"), startLog);
        assertFalse(startLog.contains("NoSuchElementException"), startLog);

        waitFor(() -> solrCount("source:\"it-kill-9\"") == 10_000 && status().getJsonNumber("harvestWaiting").longValue() == 0,
                300, "all 10,000 items indexed after the restart");
        // exactly once: 10,000 documents, and every one is one of the 10,000 replayed ids
        assertEquals(10_000, solrCount("source:\"it-kill-9\""));
        assertEquals(10_000, solrCount("source:\"it-kill-9\" AND id:[\"mastodon:" + ids.get(9_999)
                + "\" TO \"mastodon:" + ids.get(0) + "\"]"));
        assertEquals(1, solrCount("id:\"mastodon:" + ids.get(0) + "\""));
        assertEquals(1, solrCount("id:\"mastodon:" + ids.get(9_999) + "\""));
    }

    // ---- helpers ----

    /** What the server logged after the first {@code from} bytes (all of it when the log was rotated since). */
    private static String logSince(long from) throws java.io.IOException {
        byte[] all = java.nio.file.Files.readAllBytes(ItEnvironment.serverLog());
        int start = from > all.length ? 0 : (int) from;
        return new String(all, start, all.length - start, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    @Order(5)
    void skippedRowsAreNotedOnTheirSourceAndTheSourcesPageShowsTheNoteAsText() throws Exception {
        // an export with a row whose likes count is markup: the row is skipped, the note quotes the value
        String evil = "<img src=x onerror=window.__xss=1>";
        platform.stubFor(get(urlPathEqualTo("/export/phan-anh.csv")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv; charset=utf-8")
                .withBody("post_id,message,created_time,reactions\n"
                        + "n1,Vỉa hè đường Cao Thắng bị lấn chiếm,2025-07-14T08:00:00,3\n"
                        + "n2,Rác ở chân cầu Chữ Y,2025-07-14T09:00:00," + evil + "\n")));
        // named to sort first: the sources page lists 10 sources a page by name, and the classes before this
        // one leave theirs behind (it-feeds-…, the matrix's mt-…), which pushed an "it-import-notes" to page 2
        String body = Json.createObjectBuilder()
                .add("name", "0-it-import-notes").add("type", "import").add("intervalSeconds", 3600)
                .add("config", Json.createObjectBuilder()
                        .add("location", platform.baseUrl() + "/export/phan-anh.csv").add("format", "CSV")
                        .add("mapping", "id=post_id,text=message,created=created_time,likes=reactions")
                        .add("dateFormat", "ISO").add("skipBadRows", true))
                .build().toString();
        HttpResponse<String> created = api("POST", "api/v1/sources", body);
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created.body()).getJsonNumber("id").longValue();

        JsonObject s = waitForSource(id, x -> "OK".equals(x.getString("runState")), 60);
        assertEquals(1, s.getInt("runItems"), s.toString());
        assertEquals(1, s.getJsonArray("runNotes").size(), s.toString());
        String note = s.getJsonArray("runNotes").getString(0);
        assertTrue(note.startsWith("1 of the 2 rows on this page of phan-anh.csv cannot be read: row 2 has a likes count \""
                + evil + "\" that is not a number"), note);

        java.net.http.HttpClient session = ItEnvironment.client();
        assertEquals(302, ItEnvironment.signIn(session, "admin", ItEnvironment.get("it.admin.password")).statusCode());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(ItEnvironment.get(session, "sources.xhtml").body());
        assertTrue(page.select("img[src=x]").isEmpty(), "the note became markup");
        assertTrue(page.select(".ln-run-note").stream().anyMatch(e -> e.text().contains(evil)), "the note is shown as text");
    }

    private static long createSource(String name, MastodonReplay replay, int interval) throws Exception {
        String tag = replay.path().substring(replay.path().lastIndexOf('/') + 1);
        String body = Json.createObjectBuilder()
                .add("name", name)
                .add("type", "mastodon")
                .add("intervalSeconds", interval)
                .add("config", Json.createObjectBuilder()
                        .add("instanceUrl", platform.baseUrl())
                        .add("timeline", "TAG")
                        .add("hashtag", tag)
                        .add("pageSize", MastodonReplay.PAGE)
                        .add("backfillPages", 1000))
                .build().toString();
        HttpResponse<String> rsp = api("POST", "api/v1/sources", body);
        assertEquals(201, rsp.statusCode(), rsp.body());
        return json(rsp.body()).getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> api(String method, String path, String body) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ItEnvironment.get("it.admin.password"))
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(ItEnvironment.base().resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject waitForSource(long id, Predicate<JsonObject> ok, int seconds) throws Exception {
        JsonObject[] last = new JsonObject[1];
        waitFor(() -> {
            last[0] = json(api("GET", "api/v1/sources/" + id, null).body());
            return ok.test(last[0]);
        }, seconds, "source " + id + " state");
        return last[0];
    }

    private static JsonObject status() throws Exception {
        return json(ItEnvironment.get(ItEnvironment.client(), "api/v1/status").body());
    }

    /** Documents matching a query, straight from Solr (a soft commit makes them visible within a second). */
    private static long solrCount(String q) throws Exception {
        return solrSelect(q, 0).getJsonObject("response").getJsonNumber("numFound").longValue();
    }

    private static JsonObject solrDoc(String id) throws Exception {
        return solrSelect("id:\"" + id + "\"", 1).getJsonObject("response").getJsonArray("docs").getJsonObject(0);
    }

    private static JsonObject solrSelect(String q, int rows) throws IOException, InterruptedException {
        String url = ItEnvironment.get("it.solr.url").split(",")[0] + "/posts/select?defType=lucene&rows=" + rows
                + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        HttpResponse<String> rsp = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (rsp.statusCode() != 200) {
            throw new IOException("Solr answered " + rsp.statusCode() + ": " + rsp.body());
        }
        return json(rsp.body());
    }

    interface Check {
        boolean ok() throws Exception;
    }

    /** Polls until the check holds; a check that throws (server restarting, Solr away) counts as not yet. */
    private static void waitFor(Check check, int seconds, String what) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (check.ok()) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not reached in " + seconds + " s: " + what + (last == null ? "" : " (last error: " + last + ")"));
    }

    private static JsonObject json(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }
}
