package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract tests of the search API ({@code /api/v1/posts}, {@code /posts/{id}}, {@code /stats/timeline},
 * {@code /stats/facets}) against the real EAR and the demo data, called as registered clients: one for the
 * whole city, one for the demo ward analyst's ward. Authentication failures (none, an unknown token, a
 * revoked one), permissions (posts:read, stats:read), the ward's scope (the same totals its analyst gets,
 * a city post outside it is "not found"), cursor paging over every result without gaps or repeats, fields,
 * facets, timeline totals, every kind of malformed input answered with problem+json 4xx, and the
 * {@code api.call} and {@code search} audit rows naming the client and the rows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PostsApiIT {
    private static final String RUN = "it" + Long.toString(System.nanoTime(), 36);
    private static final String WARD_UNIT = "ward-26740";
    private static String city;
    private static String cityName;
    private static String ward;
    private static String statsOnly;
    private static String postsOnly;
    private static String revoked;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void clients() throws Exception {
        ItEnvironment.awaitDeployment();
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (true) {
            JsonObject s = AdminApi.object(ItEnvironment.get(ItEnvironment.client(), "api/v1/status").body());
            if (s.getJsonNumber("documents").longValue() >= 700 && s.getJsonNumber("harvestWaiting").longValue() == 0) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the demo dataset was not indexed within 240 s");
            }
            Thread.sleep(2000);
        }
        cityName = RUN + "-city";
        city = register(cityName, "city-admin", "\"posts:read\",\"stats:read\"").getString("token");
        ward = register(RUN + "-ward", WARD_UNIT, "\"posts:read\",\"stats:read\"").getString("token");
        statsOnly = register(RUN + "-stats", "city-admin", "\"stats:read\"").getString("token");
        postsOnly = register(RUN + "-posts", WARD_UNIT, "\"posts:read\"").getString("token");
        JsonObject r = register(RUN + "-revoked", "city-admin", "\"posts:read\",\"stats:read\"");
        revoked = r.getString("token");
        AdminApi.admin(AdminApi.post("api/v1/clients/" + r.getJsonNumber("id").longValue() + "/revoke", ""), 200);
    }

    private static JsonObject register(String name, String unit, String permissions) throws Exception {
        return AdminApi.object(AdminApi.admin(AdminApi.post("api/v1/clients", "{\"name\":\"" + name + "\",\"unit\":\"" + unit
                + "\",\"permissions\":[" + permissions + "],\"rateLimitPerMinute\":100000}"), 201).body());
    }

    // ---------------------------------------------------------------- helpers

    private static HttpResponse<String> call(String token, String pathAndQuery) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(ItEnvironment.base() + "api/v1/" + pathAndQuery))
                .timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            b.header("Authorization", token.startsWith("Basic ") ? token : "Bearer " + token);
        }
        return ItEnvironment.client().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject ok(String token, String pathAndQuery) throws Exception {
        HttpResponse<String> rsp = call(token, pathAndQuery);
        assertEquals(200, rsp.statusCode(), pathAndQuery + ": " + rsp.body());
        assertTrue(rsp.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), pathAndQuery);
        return AdminApi.object(rsp.body());
    }

    /** A refusal: the status, problem+json with the stable type, no trace of the server's insides. */
    private static JsonObject problem(String token, String pathAndQuery, int status, String type) throws Exception {
        HttpResponse<String> rsp = call(token, pathAndQuery);
        assertEquals(status, rsp.statusCode(), pathAndQuery + ": " + rsp.body());
        JsonObject p = clean(pathAndQuery, rsp);
        assertEquals("/api/v1/problems/" + type, p.getString("type"), pathAndQuery + ": " + rsp.body());
        return p;
    }

    /** Any 4xx as problem+json, never a 5xx, HTML or a stack trace; 200 is allowed (text searched as text). */
    private static int never5xx(String token, String pathAndQuery) throws Exception {
        HttpResponse<String> rsp = call(token, pathAndQuery);
        assertTrue(rsp.statusCode() == 200 || rsp.statusCode() >= 400 && rsp.statusCode() < 500,
                pathAndQuery + " → " + rsp.statusCode() + ": " + rsp.body());
        if (rsp.statusCode() != 200) {
            clean(pathAndQuery, rsp);
        }
        return rsp.statusCode();
    }

    private static JsonObject clean(String what, HttpResponse<String> rsp) {
        assertEquals("application/problem+json", rsp.headers().firstValue("Content-Type").orElse("").split(";")[0], what);
        for (String leak : List.of("<html", "Exception", "at vn.", "at org.", "Solr", "solr", "Payara")) {
            assertFalse(rsp.body().contains(leak), what + " leaks " + leak + ": " + rsp.body());
        }
        JsonObject p = AdminApi.object(rsp.body());
        assertTrue(p.getString("type").startsWith("/api/v1/problems/"), rsp.body());
        assertEquals(rsp.statusCode(), p.getInt("status"));
        return p;
    }

    /** Status, content type (without parameters) and body of a GET sent as bytes on a socket, unchecked. */
    private static String[] rawGet(String token, String pathAndQuery) throws Exception {
        URI base = ItEnvironment.base();
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            String request = "GET /api/v1/" + pathAndQuery + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headEnd = response.indexOf("\r\n\r\n");
            String head = headEnd < 0 ? response : response.substring(0, headEnd);
            String status = head.split(" ", 3)[1];
            String type = "";
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
                    type = line.substring(13).strip().split(";")[0];
                }
            }
            return new String[] {status, type, headEnd < 0 ? "" : response.substring(headEnd + 4)};
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- authentication and permissions

    @Test
    void withoutValidCredentialsNothingIsRead() throws Exception {
        for (String path : List.of("posts", "posts/x", "stats/timeline", "stats/facets")) {
            HttpResponse<String> none = call(null, path);
            assertEquals(401, none.statusCode(), path);
            assertTrue(none.headers().allValues("WWW-Authenticate").stream().anyMatch(h -> h.startsWith("Bearer")), path);
            problem(null, path, 401, "unauthenticated");
            problem("ln_AAAAAAAAAAAA_" + "B".repeat(43), path, 401, "unauthenticated");
            problem("not-a-token", path, 401, "unauthenticated");
            problem(revoked, path, 401, "token-revoked");
        }
    }

    @Test
    void eachEndpointNeedsItsPermission() throws Exception {
        problem(statsOnly, "posts", 403, "forbidden");
        problem(statsOnly, "posts/any-id", 403, "forbidden");
        problem(postsOnly, "stats/timeline", 403, "forbidden");
        problem(postsOnly, "stats/facets", 403, "forbidden");
        ok(statsOnly, "stats/facets");
        ok(postsOnly, "posts?rows=1");
    }

    // ---------------------------------------------------------------- scope

    @Test
    void theWardClientSeesWhatTheWardsAnalystSeesAndNoMore() throws Exception {
        String analyst = basic("phantich.q1", ItEnvironment.get("it.demo.password"));
        JsonObject cityAll = ok(city, "posts?rows=1");
        JsonObject wardAll = ok(ward, "posts?rows=1");
        JsonObject analystAll = ok(analyst, "posts?rows=1");
        assertTrue(wardAll.getJsonNumber("total").longValue() > 0, wardAll.toString());
        assertTrue(wardAll.getJsonNumber("total").longValue() < cityAll.getJsonNumber("total").longValue());
        assertEquals(analystAll.getJsonNumber("total").longValue(), wardAll.getJsonNumber("total").longValue());
        assertEquals(analystAll.getJsonNumber("posts").longValue(), wardAll.getJsonNumber("posts").longValue());
        for (String q : List.of("posts?rows=1&q=" + enc("kẹt xe"), "posts?rows=1&f=sentiment:negative",
                "posts?rows=1&f=" + enc("region:1/hcmc/q7"))) {
            assertEquals(ok(analyst, q).getJsonNumber("total").longValue(), ok(ward, q).getJsonNumber("total").longValue(), q);
        }
        assertEquals(ok(analyst, "stats/facets?facet=platform").getJsonObject("facets"),
                ok(ward, "stats/facets?facet=platform").getJsonObject("facets"));
        JsonObject timeline = ok(ward, "stats/timeline?from=2000-01-01&to=2099-12-31&interval=month");
        assertEquals(wardAll.getJsonNumber("posts").longValue(), timeline.getJsonNumber("total").longValue(),
                "the ward's timeline counts the ward's posts with near-duplicates");

        // a post the city sees in another area is as missing to the ward as a post that does not exist
        JsonObject q7 = ok(city, "posts?rows=1&fields=id,regions&f=" + enc("area:q7") + "&q="
                + enc("-area:q1 -unit:26740"));
        Assumptions.assumeTrue(q7.getJsonArray("items").size() == 1, "the demo data has a post in Quận 7");
        String outside = q7.getJsonArray("items").getJsonObject(0).getString("id");
        assertEquals(outside, ok(city, "posts/" + enc(outside)).getJsonObject("post").getString("id"));
        JsonObject notFound = problem(ward, "posts/" + enc(outside), 404, "not-found");
        assertEquals(notFound.getString("detail"), problem(ward, "posts/no-such-post-" + RUN, 404, "not-found").getString("detail"));

        // the ward's items lie in its scope: its area, its ward, or the city as a whole
        JsonArray items = ok(ward, "posts?rows=200&fields=id,regions").getJsonArray("items");
        for (JsonValue v : items) {
            List<String> regions = v.asJsonObject().getJsonArray("regions").getValuesAs(jakarta.json.JsonString.class)
                    .stream().map(jakarta.json.JsonString::getString).toList();
            assertTrue(regions.contains("q1") || regions.contains("26740") || regions.stream().allMatch("hcmc"::equals),
                    v.toString());
        }
        // authors: the ward has no personal-data clearance
        problem(ward, "posts?facet=author", 403, "scope-violation");
        problem(ward, "posts?f=" + enc("author:Lan"), 403, "scope-violation");
        problem(ward, "posts?q=" + enc("author:Lan"), 403, "scope-violation");
        problem(ward, "stats/facets?facet=author", 403, "scope-violation");
        assertFalse(ok(ward, "stats/facets").getJsonObject("facets").containsKey("author"));
        // no unit of the seed has personal-data clearance: the city's client is refused authors as well
        assertFalse(ok(city, "stats/facets").getJsonObject("facets").containsKey("author"));
        problem(city, "posts?facet=author", 403, "scope-violation");
    }

    // ---------------------------------------------------------------- paging, fields, facets, detail

    @Test
    void theCursorWalksEveryResultOnceWithoutGaps() throws Exception {
        for (String order : List.of("newest", "engagement", "relevance&q=" + enc("xe OR ngập OR mưa"))) {
            Set<String> seen = new HashSet<>();
            String cursor = "*";
            long total = -1;
            for (int page = 0; page < 100; page++) {
                JsonObject p = ok(city, "posts?rows=97&fields=id,duplicates,dupGroup&sort=" + order + "&cursor=" + enc(cursor));
                total = p.getJsonNumber("total").longValue();
                assertEquals(97, p.getInt("rows"));
                assertEquals(cursor, p.getString("cursor"));
                for (JsonValue v : p.getJsonArray("items")) {
                    JsonObject item = v.asJsonObject();
                    assertTrue(seen.add(item.getString("id")), "repeated " + item + " (" + order + ")");
                    assertTrue(item.getInt("duplicates") >= 0);
                    assertNotNull(item.get("dupGroup"));
                }
                String next = p.getString("nextCursor");
                if (next.equals(cursor)) {
                    break;
                }
                cursor = next;
            }
            assertTrue(total > 0, order);
            assertEquals(total, seen.size(), "every result once (" + order + ")");
        }
        JsonObject all = ok(city, "posts?rows=500&fields=duplicates");
        long withDuplicates = 0;
        for (JsonValue v : all.getJsonArray("items")) {
            withDuplicates += 1 + v.asJsonObject().getInt("duplicates");
        }
        assertTrue(all.getJsonArray("items").size() <= 500);
        if (all.getJsonNumber("total").longValue() <= 500) {
            assertEquals(all.getJsonNumber("posts").longValue(), withDuplicates, "posts = items + their near-duplicates");
        }
    }

    @Test
    void fieldsSelectTheKeysOfEveryItem() throws Exception {
        JsonObject p = ok(city, "posts?rows=5&fields=" + enc("id,createdAt,engagement"));
        assertEquals(5, p.getJsonArray("items").size());
        for (JsonValue v : p.getJsonArray("items")) {
            assertEquals(new TreeSet<>(List.of("id", "createdAt", "engagement")), new TreeSet<>(v.asJsonObject().keySet()));
        }
        JsonObject full = ok(city, "posts?rows=1").getJsonArray("items").getJsonObject(0);
        assertEquals(new TreeSet<>(List.of("id", "platform", "kind", "title", "text", "authorName", "authorId", "url",
                "createdAt", "sentiment", "sentimentEvidence", "topics", "regions", "engagement", "duplicates", "dupGroup")),
                new TreeSet<>(full.keySet()));
        assertEquals(Set.of("total", "posts", "rows", "cursor", "nextCursor", "items", "facets"), ok(city, "posts?rows=1").keySet());
        problem(city, "posts?fields=id,nope", 400, "unknown-field");
    }

    @Test
    void onlyTheFacetsAskedForAreCounted() throws Exception {
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, ok(city, "posts?rows=1").getJsonObject("facets"));
        JsonObject p = ok(city, "posts?rows=1&facet=sentiment&facet=platform,sentiment");
        JsonObject facets = p.getJsonObject("facets");
        assertEquals(List.of("sentiment", "platform"), List.copyOf(facets.keySet()));
        long sentiments = 0;
        for (JsonValue v : facets.getJsonArray("sentiment")) {
            JsonObject o = v.asJsonObject();
            assertTrue(o.containsKey("label"), "codes have labels: " + o);
            sentiments += o.getJsonNumber("count").longValue();
        }
        assertTrue(sentiments > 0 && sentiments <= p.getJsonNumber("posts").longValue(), "a post has one sentiment at most");
        JsonObject stats = ok(city, "stats/facets?facet=sentiment");
        assertEquals(facets.getJsonArray("sentiment"), stats.getJsonObject("facets").getJsonArray("sentiment"));
        assertEquals(p.getJsonNumber("posts").longValue(), stats.getJsonNumber("posts").longValue());
        problem(city, "posts?facet=nope", 400, "unknown-facet");
        problem(city, "stats/facets?facet=area", 400, "unknown-facet");
    }

    @Test
    void theTimelineCountsThePostsOfTheQuery() throws Exception {
        JsonObject facets = ok(city, "stats/facets?facet=sentiment&f=sentiment:negative");
        JsonObject t = ok(city, "stats/timeline?split=sentiment&interval=month&from=2000-01-01&to=2099-12-31&f=sentiment:negative");
        assertEquals("month", t.getString("interval"));
        assertEquals("sentiment", t.getString("split"));
        assertEquals("Asia/Ho_Chi_Minh", t.getString("timeZone"));
        assertEquals(facets.getJsonNumber("posts").longValue(), t.getJsonNumber("total").longValue());
        long sum = 0;
        for (JsonValue v : t.getJsonArray("buckets")) {
            JsonObject b = v.asJsonObject();
            JsonObject counts = b.getJsonObject("counts");
            assertTrue(counts.isEmpty() || counts.keySet().equals(Set.of("negative")), b.toString());
            sum += b.getJsonNumber("total").longValue();
            // months begin at midnight in the city: 17:00 UTC the day before
            assertTrue(b.getString("start").endsWith("T17:00:00Z"), b.toString());
        }
        assertEquals(t.getJsonNumber("total").longValue(), sum);
        JsonObject auto = ok(city, "stats/timeline?from=30d");
        assertTrue(Set.of("day").contains(auto.getString("interval")), auto.toString());
        assertFalse(auto.getJsonArray("buckets").isEmpty() || auto.getJsonArray("buckets").getJsonObject(0).containsKey("counts"),
                "no split: totals only");
        JsonObject byRegion = ok(city, "stats/timeline?split=region&interval=week&from=2026-01-01&to=2026-12-31");
        assertEquals("week", byRegion.getString("interval"));
    }

    @Test
    void onePostWithItsThreadAndAnalysis() throws Exception {
        String id = ok(city, "posts?rows=1&fields=id&sort=engagement").getJsonArray("items").getJsonObject(0).getString("id");
        JsonObject d = ok(city, "posts/" + enc(id));
        assertEquals(id, d.getJsonObject("post").getString("id"));
        assertEquals(Set.of("post", "analysis", "thread", "duplicates", "similar"), d.keySet());
        assertTrue(d.getJsonObject("analysis").containsKey("sentimentScore"));
        assertTrue(d.getJsonObject("thread").containsKey("comments"));
        assertTrue(d.getJsonObject("thread").containsKey("parent"));
    }

    // ---------------------------------------------------------------- malformed input

    @Test
    void malformedInputIsAlwaysAProblemNeverA5xx() throws Exception {
        // the expected refusals, by type
        Map<String, String[]> refused = new LinkedHashMap<>();
        refused.put("posts?q=" + enc("{!lucene}*:*"), new String[] {"400", "bad-query"});
        refused.put("posts?q=" + enc("title:(ngập"), new String[] {"400", "bad-query"});
        refused.put("posts?q=" + enc("\"ngập"), new String[] {"400", "bad-query"});
        refused.put("posts?q=" + enc("*ngập"), new String[] {"400", "bad-query"});
        refused.put("posts?q=" + enc("_query_:\"{!dismax}x\""), new String[] {"400", "bad-query"});
        refused.put("posts?q=" + enc("_version_:1"), new String[] {"400", "unknown-field"});
        refused.put("posts?q=" + "x".repeat(501), new String[] {"414", "uri-too-long"});
        refused.put("posts?q=" + "x".repeat(6500), new String[] {"414", "uri-too-long"});
        refused.put("stats/facets?" + "f=topic:x&".repeat(650), new String[] {"414", "uri-too-long"});
        refused.put("posts?f=nope:x", new String[] {"400", "unknown-field"});
        refused.put("posts?f=" + enc("{!lucene}topic:x"), new String[] {"400", "unknown-field"});
        refused.put("posts?f=topic", new String[] {"400", "bad-request"});
        refused.put("posts?" + "f=topic:x&".repeat(21), new String[] {"400", "bad-request"});
        refused.put("posts?sort=" + enc("score desc"), new String[] {"400", "unknown-field"});
        refused.put("posts?sort=" + enc("newest;drop"), new String[] {"400", "unknown-field"});
        refused.put("posts?fields=" + enc("*"), new String[] {"400", "unknown-field"});
        refused.put("posts?fields=" + enc("text_exact"), new String[] {"400", "unknown-field"});
        refused.put("posts?fields=" + enc("id,{!func}x"), new String[] {"400", "unknown-field"});
        refused.put("posts?facet=" + enc("{!ex=x}topic"), new String[] {"400", "unknown-facet"});
        refused.put("posts?facet=" + enc("topics"), new String[] {"400", "unknown-facet"});
        refused.put("posts?cursor=" + enc("x' OR 1=1"), new String[] {"400", "bad-cursor"});
        refused.put("posts?cursor=AoE_bm90LWEtY3Vyc29y", new String[] {"400", "bad-cursor"});
        for (String rows : List.of("0", "501", "abc", "-1", "1e2", "9999999999")) {
            refused.put("posts?rows=" + rows, new String[] {"400", "bad-request"});
        }
        refused.put("posts?q=%FF%FE", new String[] {"400", "bad-request"});
        refused.put("posts?q=%C3%28", new String[] {"400", "bad-request"});
        refused.put("posts?f=topic:%E0%80", new String[] {"400", "bad-request"});
        refused.put("posts?page=2", new String[] {"400", "bad-request"});
        refused.put("posts?rows=1&rows=2", new String[] {"400", "bad-request"});
        refused.put("posts?from=yesterday", new String[] {"400", "bad-request"});
        refused.put("posts?from=2026-11-20&to=2026-11-01", new String[] {"400", "bad-request"});
        refused.put("stats/timeline?split=author", new String[] {"400", "bad-request"});
        refused.put("stats/timeline?interval=minute", new String[] {"400", "bad-request"});
        refused.put("stats/timeline?interval=hour&from=2000-01-01", new String[] {"400", "bad-request"});
        refused.put("stats/timeline?q=" + enc("{!lucene}x"), new String[] {"400", "bad-query"});
        refused.put("stats/facets?facet=" + enc("nope"), new String[] {"400", "unknown-facet"});
        refused.put("stats/facets?q=%FF", new String[] {"400", "bad-request"});
        refused.put("posts/x?q=1", new String[] {"400", "bad-request"});
        for (Map.Entry<String, String[]> e : refused.entrySet()) {
            problem(city, e.getKey(), Integer.parseInt(e.getValue()[0]), e.getValue()[1]);
        }
        // escapes no URI class would send, written on a socket: the server takes a lone % as the character
        // itself (it re-encodes it); whatever the answer, never a failure, and bytes that are not UTF-8 refused
        for (String raw : List.of("posts?q=%zz", "posts?q=%", "posts?q=%C3%", "stats/timeline?q=%G1", "posts?q=%C3%28%")) {
            String[] answer = rawGet(city, raw);
            assertTrue(answer[0].equals("200") || answer[0].equals("400"), raw + ": " + answer[0] + " " + answer[2]);
            if (answer[0].equals("400")) {
                assertEquals("application/problem+json", answer[1], raw);
                assertTrue(answer[2].contains("\"type\":\"/api/v1/problems/bad-request\""), raw + ": " + answer[2]);
            } else {
                assertEquals("application/json", answer[1], raw);
            }
        }
        assertEquals("400", rawGet(city, "posts?q=%C3%28%")[0], "a lone % does not excuse the bytes before it");
        // injection attempts that are only text: searched as text or refused, never a failure
        List<String> attempts = new ArrayList<>(List.of(
                "posts?q=" + enc("a' OR 1=1 --"), "posts?q=" + enc("${jndi:ldap://127.0.0.1/x}"),
                "posts?q=" + enc("<script>alert(1)</script>"), "posts?q=" + enc("xe) OR (*:*"),
                "posts?q=" + enc("text:[* TO *]"), "posts?q=" + enc("id:*"), "posts?q=" + enc("\u0000\u202e"),
                "posts?f=" + enc("topic:x) OR (*:*"), "posts?f=" + enc("region:2/hcmc/'},x:{type:query\""),
                "stats/timeline?split=region&f=" + enc("region:2/hcmc/'},x:{type:query\""),
                "posts?f=" + enc("platform:" + "x".repeat(300)), "posts?exact=" + enc("'; DROP"),
                "posts/" + enc("x' OR '1'='1"), "posts/" + "x".repeat(600), "posts/" + enc("*:*"),
                "stats/facets?f=" + enc("topic:{!lucene}*:*")));
        for (String a : attempts) {
            int status = never5xx(city, a);
            if (a.startsWith("posts/")) {
                assertEquals(404, status, a);
            }
        }
        // beyond the server's 8 KB request head the container refuses before the application: a bare 400
        HttpResponse<String> huge = call(city, "posts?q=" + "x".repeat(9000));
        assertEquals(400, huge.statusCode());
        assertFalse(huge.body().contains("<html") || huge.body().contains("Exception"), huge.body());
        JsonObject scoped = ok(ward, "posts?rows=1&f=" + enc("topic:x) OR (*:*"));
        assertEquals(0, scoped.getJsonNumber("total").longValue(), "a filter value is a value, never syntax");
    }

    // ---------------------------------------------------------------- audit

    @Test
    void everyCallIsAuditedUnderTheClientWithItsRows() throws Exception {
        String db = ItEnvironment.get("it.db.url");
        Assumptions.assumeTrue(db.startsWith("jdbc:postgresql:"), "the audit table is read from PostgreSQL only");
        String mark = "zz" + RUN;
        JsonObject p = ok(city, "posts?rows=3&sort=newest&q=" + enc("-" + mark));
        assertEquals(3, p.getJsonArray("items").size());
        problem(city, "posts?rows=3&facet=nope&q=" + enc("-" + mark), 400, "unknown-facet");
        try (Connection c = DriverManager.getConnection(db, System.getProperty("it.db.user", "postgres"), "")) {
            List<String> calls = rows(c, "api.call", "%/api/v1/posts?rows=3&sort=newest&q=-" + mark + "%", 1);
            assertEquals("client:" + cityName + "|city-admin|ok", calls.get(0).substring(0, calls.get(0).indexOf("|GET")));
            assertTrue(calls.get(0).endsWith(" status=200 rows=3"), calls.get(0));
            List<String> searches = rows(c, "search", "%q=\"-" + mark + "\"%", 1);
            assertTrue(searches.stream().anyMatch(s -> s.startsWith("client:" + cityName + "|city-admin|ok|api ")
                    && s.endsWith(" rows=3 total=" + p.getJsonNumber("total").longValue())), searches.toString());
            List<String> refusedCall = rows(c, "api.call", "%/api/v1/posts?rows=3&facet=nope&q=-" + mark + "%", 1);
            assertTrue(refusedCall.get(0).contains("|failed|") && refusedCall.get(0).endsWith(" status=400"), refusedCall.get(0));
        }
    }

    /** actor|unit|outcome|detail of the rows of an action whose detail is like the pattern; waits for the writer. */
    private static List<String> rows(Connection c, String action, String like, int atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT actor, unit_code, outcome, detail FROM audit_events"
                    + " WHERE action = ? AND detail LIKE ? ORDER BY id")) {
                s.setString(1, action);
                s.setString(2, like);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4));
                    }
                }
            }
            if (out.size() >= atLeast) {
                return out;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + action + " row like " + like + " within 20 s: " + out);
            }
            Thread.sleep(200);
        }
    }
}
