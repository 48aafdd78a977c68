package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input to the JSON API, against the real EAR: every endpoint answers malformed bodies, ids,
 * headers and methods with JSON and never with a 5xx or the server's HTML page; a source's type cannot
 * be changed by an edit; URL fields that no request could be sent to are refused naming the field;
 * bodies that are not UTF-8, and names with control or text-direction characters, are refused and
 * nothing is saved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiBadInputIT {
    private static final String PREFIX = "it-bad-input ";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void deployed() throws Exception {
        ItEnvironment.awaitDeployment();
    }

    @Test
    void anEditCannotChangeTheTypeAndKeepsTheSourceIntact() throws Exception {
        JsonObject created = json(send("POST", "api/v1/sources", """
                {"name":"%sfeed","type":"feed","paused":true,"config":{"feedUrl":"http://127.0.0.1:9/x.rss"}}"""
                .formatted(PREFIX + System.nanoTime())), 201);
        long id = created.getJsonNumber("id").longValue();
        try {
            for (String other : List.of("replay", "mastodon", "no-such-type")) {
                HttpResponse<String> rsp = send("PUT", "api/v1/sources/" + id, "{\"type\":\"" + other + "\"}");
                JsonObject error = json(rsp, 400);
                assertTrue(problems(error).get(0).startsWith("type cannot change (this is a feed source)"), rsp.body());
            }
            // the same type, as a script sends back what it read, is fine
            json(send("PUT", "api/v1/sources/" + id, "{\"type\":\"feed\",\"config\":{\"maxArticlesPerRun\":7}}"), 200);
            JsonObject after = json(send("GET", "api/v1/sources/" + id, null), 200);
            assertEquals("feed", after.getString("type"));
            assertEquals(Json.createObjectBuilder().add("feedUrl", "http://127.0.0.1:9/x.rss").add("followLinks", false)
                    .add("maxArticlesPerRun", 7).build(), after.getJsonObject("config"));
            // and the stored config still opens: a check reaches the connector (nothing listens on port 9)
            JsonObject check = json(send("POST", "api/v1/sources/" + id + "/check", null), 200);
            assertFalse(check.getBoolean("ok"), check.toString());
            assertFalse(check.getString("message").contains("no longer valid"), check.toString());
        } finally {
            send("DELETE", "api/v1/sources/" + id, null);
        }
    }

    @Test
    void urlFieldsThatCannotBeRequestedAreRefusedNamingTheField() throws Exception {
        Map<String, String> typeConfig = Map.of(
                "feed", "{\"feedUrl\":%s}",
                "web", "{\"mode\":\"URL\",\"url\":%s}",
                "import", "{\"location\":%s}",
                "mastodon", "{\"instanceUrl\":%s}",
                "x", "{\"apiBaseUrl\":%s,\"query\":\"ket xe\"}");
        Map<String, String> fieldOf = Map.of("feed", "feedUrl", "web", "url", "import", "location",
                "mastodon", "instanceUrl", "x", "apiBaseUrl");
        int before = sourceCount();
        for (var e : typeConfig.entrySet()) {
            for (String bad : List.of("http://127.0.0.1:8765/feeds/x.rss?q=<b>", "http://127.0.0.1:8765/a|b",
                    "http://127.0.0.1:8765/\"x\"", "http://127.0.0.1:8765/x y.rss")) {
                String config = e.getValue().formatted(Json.createValue(bad).toString());
                String body = "{\"name\":\"" + PREFIX + "url " + System.nanoTime() + "\",\"type\":\"" + e.getKey()
                        + "\",\"paused\":true,\"config\":" + config + "}";
                for (String path : List.of("api/v1/sources/check", "api/v1/sources")) {
                    HttpResponse<String> rsp = send("POST", path, body);
                    JsonObject error = json(rsp, 400);
                    assertTrue(problems(error).stream().anyMatch(p -> p.startsWith(fieldOf.get(e.getKey())
                            + " must be an http(s) URL: character ")), e.getKey() + " " + bad + ": " + rsp.body());
                }
            }
        }
        assertEquals(before, sourceCount(), "nothing saved");
    }

    @Test
    void bodiesThatAreNotUtf8AndUnsafeNamesAreRefused() throws Exception {
        int before = sourceCount();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("{\"name\":\"bad ".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
        b.writeBytes(" name\",\"type\":\"replay\",\"paused\":true}".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> rsp = sendBytes("POST", "api/v1/sources", b.toByteArray(), "application/json");
        assertTrue(problems(json(rsp, 400)).get(0).startsWith("the body is not valid UTF-8 (byte 13 of"), rsp.body());

        for (String escaped : List.of("nul\\u0000x", "bell\\u0007x", "rlo \\u202Efdp.exe", "line\\nbreak",
                "half \\uD800 pair")) {
            HttpResponse<String> r = send("POST", "api/v1/sources",
                    "{\"name\":\"" + PREFIX + escaped + "\",\"type\":\"replay\",\"paused\":true}");
            assertTrue(problems(json(r, 400)).get(0).startsWith("name must not contain control or text-direction"),
                    escaped + ": " + r.body());
        }
        assertEquals(before, sourceCount(), "nothing saved");
        // a name in Vietnamese with an emoji is of course fine
        JsonObject ok = json(send("POST", "api/v1/sources",
                "{\"name\":\"" + PREFIX + "Phản ánh kẹt xe 🚗 " + System.nanoTime() + "\",\"type\":\"replay\",\"paused\":true}"), 201);
        send("DELETE", "api/v1/sources/" + ok.getJsonNumber("id").longValue(), null);
    }

    /** Malformed input to every endpoint: never a 5xx, never HTML, always a JSON error that says something. */
    @Test
    void everyEndpointAnswersMalformedInputWithJsonAndNo5xx() throws Exception {
        JsonObject created = json(send("POST", "api/v1/sources", "{\"name\":\"" + PREFIX + "sweep " + System.nanoTime()
                + "\",\"type\":\"replay\",\"paused\":true}"), 201);
        long id = created.getJsonNumber("id").longValue();
        try {
            List<String> bodyPaths = List.of("POST api/v1/sources", "POST api/v1/sources/check",
                    "PUT api/v1/sources/" + id);
            List<byte[]> bodies = new ArrayList<>();
            for (String s : List.of("", "   ", "{", "[]", "\"text\"", "null", "42", "{\"name\":",
                    "{\"name\":\"x\",\"name\":\"y\"}", "{\"config\":[1,2]}", "{\"config\":{\"pageSize\":{}}}",
                    "{\"intervalSeconds\":1e400}", "{\"intervalSeconds\":\"soon\"}", "{\"paused\":\"yes\"}",
                    "{\"credentials\":{\"x\":1}}", "{\"type\":\"{!join from=id to=id}\"}",
                    "{\"name\":\"<script>alert(1)</script>\",\"type\":\"../../etc\"}",
                    "[".repeat(50_000), "{\"a\":".repeat(20_000), "{\"name\":\"" + "x".repeat(70_000) + "\"}")) {
                bodies.add(s.getBytes(StandardCharsets.UTF_8));
            }
            bodies.add(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0});
            bodies.add(gzip("{\"name\":\"zipped\",\"type\":\"replay\"}"));
            for (String endpoint : bodyPaths) {
                String[] mp = endpoint.split(" ", 2);
                for (byte[] body : bodies) {
                    expectJsonError(sendBytes(mp[0], mp[1], body, "application/json"));
                }
                expectJsonError(sendBytes(mp[0], mp[1], "name=x".getBytes(StandardCharsets.UTF_8),
                        "application/x-www-form-urlencoded"));
                expectJsonError(sendBytes(mp[0], mp[1], "{}".getBytes(StandardCharsets.UTF_8), "application/json; charset=ébc"));
                expectJsonError(sendBytes(mp[0], mp[1], gzip("{}"), "application/json", "Content-Encoding", "gzip"));
            }
            List<String> idPaths = List.of("", "/pause", "/resume", "/reset-cursor", "/run", "/check");
            for (String badId : List.of("abc", "-1", "0", "99999999999999999999", "1.5", "%20", "%2e%2e",
                    "%F0%9F%9A%97")) {
                for (String suffix : idPaths) {
                    String method = suffix.isEmpty() ? "GET" : "POST";
                    expectJsonError(send(method, "api/v1/sources/" + badId + suffix, null));
                }
                expectJsonError(send("PUT", "api/v1/sources/" + badId, "{}"));
                expectJsonError(send("PUT", "api/v1/sources/" + badId, "{"));
                expectJsonError(send("DELETE", "api/v1/sources/" + badId, null));
            }
            for (String path : List.of("api/v1/status", "api/v1/sources", "api/v1/sources/types",
                    "api/v1/sources/" + id, "api/v1/sources/check")) {
                for (String method : List.of("PATCH", "OPTIONS", "TRACE")) {
                    HttpResponse<String> r = send(method, path, "{}");
                    if (!(method.equals("OPTIONS") && r.statusCode() == 200)) {
                        expectJsonErrorOr405(r);
                    }
                }
                HttpResponse<String> html = sendBytes("GET", path, null, null, "Accept", "text/html");
                assertTrue(html.statusCode() < 500, path + " " + html.statusCode());
                assertFalse(html.body().contains("<html"), path + " answered HTML: " + html.body());
                for (String[] header : List.of(new String[] {"Authorization", "Basic !!!not base64"},
                        new String[] {"Authorization", "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, ':', 'x'})},
                        new String[] {"Authorization", "Bearer "}, new String[] {"Authorization", "Digest x"},
                        new String[] {"Origin", "http://evil.example"})) {
                    HttpResponse<String> r = unsigned("GET", path, header);
                    assertTrue(r.statusCode() < 500, path + " " + String.join(": ", header) + " → " + r.statusCode());
                    assertFalse(r.body().contains("<html"), path + " answered HTML: " + r.body());
                }
            }
            for (String path : List.of("api/v1/nothing-here", "api/v1/sources/types/x", "api/v1/status/x",
                    "api/v1/sources/" + id + "/nothing")) {
                expectJsonError(send("GET", path, null));
            }
        } finally {
            send("DELETE", "api/v1/sources/" + id, null);
        }
    }

    // ---- helpers ----

    /**
     * A JSON answer and no 5xx. Most malformed input is a 4xx with an {@code error}; some is harmless and
     * accepted (an edit body of {@code {}} changes nothing).
     */
    private static void expectJsonError(HttpResponse<String> rsp) {
        String what = rsp.request().method() + " " + rsp.uri() + " → " + rsp.statusCode() + " " + rsp.body();
        assertTrue(rsp.statusCode() < 500, what);
        JsonObject answer = json(rsp.body());
        if (rsp.statusCode() >= 400) {
            // every refusal is RFC 9457 problem JSON with a stable type
            assertTrue(rsp.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), what);
            assertTrue(answer.getString("type").startsWith("/api/v1/problems/"), what);
            assertEquals(rsp.statusCode(), answer.getInt("status"), what);
            assertFalse(answer.getString("detail").isBlank(), what);
        } else {
            assertTrue(rsp.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), what);
        }
        assertFalse(rsp.body().contains("Exception") || rsp.body().contains("\tat "), "no stack trace: " + what);
    }

    private static void expectJsonErrorOr405(HttpResponse<String> rsp) {
        if (rsp.statusCode() == 405 && rsp.body().isEmpty()) {
            // TRACE is refused by the server itself before any application sees it, with no body at all
            assertEquals("TRACE", rsp.request().method(), rsp.uri().toString());
            return;
        }
        expectJsonError(rsp);
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        return sendBytes(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                body == null ? null : "application/json");
    }

    private static HttpResponse<String> sendBytes(String method, String path, byte[] body, String type,
                                                  String... headers) throws Exception {
        HttpRequest.Builder b = request(method, path, body, type, headers);
        b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                ("admin:" + ItEnvironment.get("it.admin.password")).getBytes(StandardCharsets.UTF_8)));
        return ItEnvironment.client().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> unsigned(String method, String path, String... headers) throws Exception {
        return ItEnvironment.client().send(request(method, path, null, null, headers).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String method, String path, byte[] body, String type, String... headers) {
        // HTTP/1.1 only: the JDK client's attempt to upgrade to HTTP/2 on a request with a body and an odd
        // method (TRACE, OPTIONS) can misread the server's plain HTTP/1.1 refusal as a broken h2 frame
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(ItEnvironment.base() + path))
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private static int sourceCount() throws Exception {
        return json(send("GET", "api/v1/sources", null), 200).getJsonArray("sources").size();
    }

    private static JsonObject json(HttpResponse<String> rsp, int expected) {
        assertEquals(expected, rsp.statusCode(), rsp.request().method() + " " + rsp.uri() + ": " + rsp.body());
        assertTrue(rsp.headers().firstValue("Content-Type").orElse("").startsWith(expected >= 400 ? "application/problem+json"
                : "application/json"), rsp.headers().toString());
        return json(rsp.body());
    }

    private static JsonObject json(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }

    private static List<String> problems(JsonObject error) {
        return error.containsKey("problems")
                ? error.getJsonArray("problems").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                : List.of(error.getString("detail"));
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
