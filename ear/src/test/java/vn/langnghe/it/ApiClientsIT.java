package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/v1/clients} against the running server: admins register, list, read, change, rotate and
 * revoke clients over HTTP Basic; nobody else may (401/403 problem+json, a client's own token included);
 * the token is in the answer that issues it and nowhere else; a client's token opens what its permissions
 * allow ({@code /api/v1/sources} with {@code sources:admin}) and nothing more; revoked and expired tokens
 * get their own problem types; a rotated token works through its overlap; the per-client rate limit
 * answers 429 with {@code Retry-After}; every call is audited under {@code client:<name>} and the client's
 * unit; malformed bodies are refused with problem+json and never reach a 5xx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiClientsIT {
    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void deployed() throws Exception {
        ItEnvironment.awaitDeployment();
    }

    private static String admin() {
        return basic("admin", ItEnvironment.get("it.admin.password"));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> call(String method, String path, String authorization, byte[] body, String type)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(ItEnvironment.base() + "api/v1/" + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return ItEnvironment.client().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> call(String method, String path, String authorization, String json) throws Exception {
        return call(method, path, authorization, json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                json == null ? null : "application/json");
    }

    private static JsonObject ok(HttpResponse<String> rsp, int status) {
        assertEquals(status, rsp.statusCode(), rsp.request().method() + " " + rsp.uri() + ": " + rsp.body());
        return AdminApi.object(rsp.body());
    }

    /** A problem+json answer of this status and type. */
    private static JsonObject problem(HttpResponse<String> rsp, int status, String slug) {
        String what = rsp.request().method() + " " + rsp.uri() + ": " + rsp.body();
        assertEquals(status, rsp.statusCode(), what);
        assertTrue(rsp.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM), what);
        JsonObject p = AdminApi.object(rsp.body());
        assertEquals("/api/v1/problems/" + slug, p.getString("type"), what);
        assertEquals(status, p.getInt("status"), what);
        assertFalse(rsp.body().contains("Exception") || rsp.body().contains("<html"), what);
        return p;
    }

    private static JsonObject register(String name, String permissions, String more) throws Exception {
        return ok(call("POST", "clients", admin(), """
                {"name":"%s","description":"IT %s","unit":"ward-26740","permissions":[%s]%s}"""
                .formatted(name, RUN, permissions, more)), 201);
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    @Test
    void adminsManageClientsAndTheTokenIsShownOnce() throws Exception {
        String name = "it-crud-" + RUN;
        HttpResponse<String> created = call("POST", "clients", admin(), """
                {"name":"%s","description":"<b>Tổng đài</b> 1022","unit":"ward-26740","permissions":["posts:read","stats:read"],
                 "rateLimitPerMinute":120,"expiresAt":"2099-01-31T17:00:00Z"}""".formatted(name));
        JsonObject c = ok(created, 201);
        long id = c.getJsonNumber("id").longValue();
        String token = c.getString("token");
        assertTrue(token.matches("ln_[a-z0-9]{12}_[A-Za-z0-9_-]{43}"), token);
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/clients/" + id));
        assertEquals(name, c.getString("name"));
        assertEquals("<b>Tổng đài</b> 1022", c.getString("description"), "stored as text");
        assertEquals("ward-26740", c.getString("unit"));
        assertEquals(List.of("posts:read", "stats:read"), c.getJsonArray("permissions").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(120, c.getInt("rateLimitPerMinute"));
        assertEquals("2099-01-31T17:00:00Z", c.getString("expiresAt"));
        assertEquals("active", c.getString("status"));
        assertEquals(token.substring(3, 15), c.getString("tokenPrefix"));
        assertEquals("admin", c.getString("createdBy"));

        // never again: not in the list, not in the client
        String secret = token.substring(16);
        HttpResponse<String> list = call("GET", "clients", admin(), null);
        ok(list, 200);
        assertFalse(list.body().contains(secret), "the list holds no token");
        assertFalse(list.body().contains("\"token\""));
        HttpResponse<String> one = call("GET", "clients/" + id, admin(), null);
        JsonObject read = ok(one, 200);
        assertFalse(one.body().contains(secret));
        assertFalse(read.containsKey("token"));
        assertTrue(AdminApi.object(list.body()).getJsonArray("clients").stream()
                .anyMatch(v -> v.asJsonObject().getString("name").equals(name)));

        // change: what the body leaves out stays
        JsonObject changed = ok(call("PUT", "clients/" + id, admin(), "{\"permissions\":[\"analyze\"],\"expiresAt\":null}"), 200);
        assertEquals(List.of("analyze"), changed.getJsonArray("permissions").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(120, changed.getInt("rateLimitPerMinute"));
        assertFalse(changed.containsKey("expiresAt"));
        assertEquals("<b>Tổng đài</b> 1022", changed.getString("description"));

        // refusals
        problem(call("POST", "clients", admin(), """
                {"name":"%s","unit":"ward-26740","permissions":["analyze"]}""".formatted(name)), 409, "conflict");
        assertTrue(problem(call("POST", "clients", admin(), """
                {"name":"it-x-%s","unit":"no-such-unit","permissions":["analyze"]}""".formatted(RUN)), 400, "bad-request")
                .getString("detail").contains("unknown unit"));
        assertTrue(problem(call("POST", "clients", admin(), """
                {"name":"it-x-%s","unit":"ward-26740","permissions":["posts:write"]}""".formatted(RUN)), 400, "bad-request")
                .getString("detail").contains("unknown permission"));
        problem(call("POST", "clients", admin(), """
                {"name":"<script>alert(1)</script>","unit":"ward-26740","permissions":["analyze"]}"""), 400, "bad-request");
        problem(call("POST", "clients", admin(), """
                {"name":"it-x-%s","unit":"ward-26740","permissions":["analyze"],"expiresAt":"2001-01-01T00:00:00Z"}"""
                .formatted(RUN)), 400, "bad-request");
        problem(call("POST", "clients", admin(), """
                {"name":"it-x-%s","unit":"ward-26740","permissions":["analyze"],"rateLimitPerMinute":0}""".formatted(RUN)),
                400, "bad-request");
        problem(call("GET", "clients/999999999", admin(), null), 404, "not-found");
        problem(call("POST", "clients/999999999/revoke", admin(), null), 404, "not-found");
        problem(call("POST", "clients/" + id + "/rotate", admin(), "{\"overlapHours\":100000}"), 400, "bad-request");

        // the audit of the admin's changes names no token
        List<String> trail = new ArrayList<>();
        if (ItEnvironment.get("it.db.url").startsWith("jdbc:postgresql:")) {
            for (String action : List.of("api-client.register", "api-client.change")) {
                trail.addAll(awaitAudit(action, "api-client:" + id));
            }
            assertTrue(trail.get(0).contains("name=" + name + " unit=ward-26740"), trail.toString());
            trail.forEach(t -> assertFalse(t.contains(secret), t));
        }
        ok(call("POST", "clients/" + id + "/revoke", admin(), null), 200);
    }

    @Test
    void onlyAdminsSignedInAsAccountsManageClients() throws Exception {
        JsonObject c = register("it-nonadmin-" + RUN, "\"sources:admin\",\"posts:read\"", "");
        String token = c.getString("token");
        long id = c.getJsonNumber("id").longValue();
        String analyst = basic("phantich.q1", ItEnvironment.get("it.demo.password"));
        String body = "{\"name\":\"it-sneaky-" + RUN + "\",\"unit\":\"ward-26740\",\"permissions\":[\"posts:read\"]}";
        for (String[] r : new String[][] {{"GET", "clients"}, {"GET", "clients/" + id}, {"POST", "clients"},
                {"PUT", "clients/" + id}, {"POST", "clients/" + id + "/rotate"}, {"POST", "clients/" + id + "/revoke"}}) {
            String json = r[0].equals("GET") ? null : r[1].endsWith("revoke") ? null : r[1].endsWith("rotate") ? "{}" : body;
            problem(call(r[0], r[1], null, json), 401, "unauthenticated");
            problem(call(r[0], r[1], analyst, json), 403, "forbidden");
            // a valid token is known, but people run the clients, not systems: forbidden (AdminOnlyFilter)
            problem(call(r[0], r[1], bearer(token), json), 403, "forbidden");
            // not the admin's name: wrong passwords count towards its sign-in lockout
            problem(call(r[0], r[1], basic("nobody-" + r[0].toLowerCase() + r[1].length() + "-" + RUN, "wrong-password"), json),
                    401, "unauthenticated");
        }
        assertEquals("active", ok(call("GET", "clients/" + id, admin(), null), 200).getString("status"), "nothing changed");
        ok(call("POST", "clients/" + id + "/revoke", admin(), null), 200);
    }

    @Test
    void aTokenOpensWhatItsPermissionsAllowUntilRevoked() throws Exception {
        String name = "it-sources-" + RUN;
        JsonObject c = register(name, "\"sources:admin\"", "");
        String token = c.getString("token");
        long id = c.getJsonNumber("id").longValue();
        HttpResponse<String> sources = call("GET", "sources?m=" + RUN, bearer(token), null);
        ok(sources, 200);

        JsonObject reader = register("it-reader-" + RUN, "\"posts:read\",\"stats:read\"", "");
        JsonObject refused = problem(call("GET", "sources?m=" + RUN, bearer(reader.getString("token")), null), 403, "forbidden");
        assertTrue(refused.getString("detail").contains("sources:admin"), refused.toString());
        problem(call("POST", "sources", bearer(reader.getString("token")), "{}"), 403, "forbidden");

        // a wrong secret with a real prefix, garbage, an empty bearer
        problem(call("GET", "sources", bearer(token.substring(0, 16) + "A".repeat(43)), null), 401, "unauthenticated");
        problem(call("GET", "sources", bearer("ln_not-a-token"), null), 401, "unauthenticated");
        problem(call("GET", "sources", "Bearer ", null), 401, "unauthenticated");
        problem(call("GET", "sources", "Token " + token, null), 401, "unauthenticated");

        // the calls are audited under the client and its unit
        if (ItEnvironment.get("it.db.url").startsWith("jdbc:postgresql:")) {
            String row = apiCall("client:" + name, "/api/v1/sources?m=" + RUN + " status=200");
            assertTrue(row.matches("client:" + name + "\\|ward-26740\\|ok\\|GET /api/v1/sources\\?m=" + RUN + " status=200 rows=\\d+"), row);
            assertEquals("client:it-reader-" + RUN + "|ward-26740|denied|GET /api/v1/sources?m=" + RUN + " status=403",
                    apiCall("client:it-reader-" + RUN, "/api/v1/sources?m=" + RUN + " status=403"));
        }

        // revoked: its own type, for every token of the client
        ok(call("POST", "clients/" + id + "/revoke", admin(), null), 200);
        problem(call("GET", "sources?m=" + RUN + "r", bearer(token), null), 401, "token-revoked");
        if (ItEnvironment.get("it.db.url").startsWith("jdbc:postgresql:")) {
            // the refused call names the system that still presents the token
            assertEquals("client:" + name + "|ward-26740|denied|GET /api/v1/sources?m=" + RUN + "r status=401",
                    apiCall("client:" + name, "/api/v1/sources?m=" + RUN + "r status=401"));
        }
        assertEquals("revoked", ok(call("GET", "clients/" + id, admin(), null), 200).getString("status"));
        problem(call("POST", "clients/" + id + "/rotate", admin(), "{}"), 400, "bad-request");
        ok(call("POST", "clients/" + reader.getJsonNumber("id").longValue() + "/revoke", admin(), null), 200);
        if (ItEnvironment.get("it.db.url").startsWith("jdbc:postgresql:")) {
            List<String> revoke = awaitAudit("api-client.revoke", "api-client:" + id);
            assertEquals(List.of("name=" + name), revoke);
        }
    }

    @Test
    void anExpiredTokenIsRefusedWithItsOwnType() throws Exception {
        Instant soon = Instant.now().plusSeconds(3);
        JsonObject c = register("it-expiry-" + RUN, "\"sources:admin\"", ",\"expiresAt\":\"" + soon + "\"");
        String token = c.getString("token");
        ok(call("GET", "sources", bearer(token), null), 200);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), soon).toMillis()) + 1500);
        JsonObject p = problem(call("GET", "sources", bearer(token), null), 401, "token-expired");
        assertFalse(p.toString().contains(token.substring(16)));
        assertEquals("expired", ok(call("GET", "clients/" + c.getJsonNumber("id").longValue(), admin(), null), 200)
                .getString("status"));
        ok(call("POST", "clients/" + c.getJsonNumber("id").longValue() + "/revoke", admin(), null), 200);
    }

    @Test
    void aRotatedTokenWorksThroughItsOverlapAndAZeroOverlapEndsItAtOnce() throws Exception {
        JsonObject c = register("it-rotate-" + RUN, "\"sources:admin\"", "");
        long id = c.getJsonNumber("id").longValue();
        String first = c.getString("token");
        HttpResponse<String> rotated = call("POST", "clients/" + id + "/rotate", admin(), "{\"overlapHours\":2}");
        JsonObject r = ok(rotated, 200);
        String second = r.getString("token");
        assertNotEquals(first, second);
        assertEquals(second.substring(3, 15), r.getString("tokenPrefix"));
        Instant until = Instant.parse(r.getString("previousTokenValidUntil"));
        assertTrue(Duration.between(Instant.now(), until).toMinutes() > 110, until.toString());
        ok(call("GET", "sources", bearer(first), null), 200);
        ok(call("GET", "sources", bearer(second), null), 200);
        HttpResponse<String> read = call("GET", "clients/" + id, admin(), null);
        assertFalse(read.body().contains(first.substring(16)) || read.body().contains(second.substring(16)));

        // no overlap: the replaced token stops now, the one before it is long gone
        String third = ok(call("POST", "clients/" + id + "/rotate", admin(), "{\"overlapHours\":0}"), 200).getString("token");
        problem(call("GET", "sources", bearer(second), null), 401, "unauthenticated");
        problem(call("GET", "sources", bearer(first), null), 401, "unauthenticated");
        ok(call("GET", "sources", bearer(third), null), 200);
        if (ItEnvironment.get("it.db.url").startsWith("jdbc:postgresql:")) {
            List<String> trail = awaitAudit("api-client.rotate", "api-client:" + id);
            assertEquals(2, trail.size(), trail.toString());
            assertTrue(trail.get(0).endsWith("overlap=120min"), trail.toString());
            assertTrue(trail.get(1).endsWith("overlap=0min"), trail.toString());
            for (String t : trail) {
                for (String token : List.of(first, second, third)) {
                    assertFalse(t.contains(token.substring(16)), t);
                }
            }
        }
        ok(call("POST", "clients/" + id + "/revoke", admin(), null), 200);
        problem(call("GET", "sources", bearer(third), null), 401, "token-revoked");
    }

    @Test
    void theRateLimitAnswers429WithRetryAfter() throws Exception {
        JsonObject c = register("it-rate-" + RUN, "\"sources:admin\"", ",\"rateLimitPerMinute\":3");
        String token = c.getString("token");
        for (int i = 0; i < 3; i++) {
            ok(call("GET", "sources", bearer(token), null), 200);
        }
        HttpResponse<String> fourth = call("GET", "sources", bearer(token), null);
        JsonObject p = problem(fourth, 429, "rate-limited");
        long retryAfter = Long.parseLong(fourth.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "3 a minute: a call every 20 s, not " + retryAfter);
        assertEquals(retryAfter, p.getJsonNumber("retryAfter").longValue());
        // another client is not slowed down by this one
        JsonObject other = register("it-rate-other-" + RUN, "\"sources:admin\"", ",\"rateLimitPerMinute\":3");
        ok(call("GET", "sources", bearer(other.getString("token")), null), 200);
        ok(call("POST", "clients/" + c.getJsonNumber("id").longValue() + "/revoke", admin(), null), 200);
        ok(call("POST", "clients/" + other.getJsonNumber("id").longValue() + "/revoke", admin(), null), 200);
    }

    @Test
    void malformedBodiesAreRefusedWithProblems() throws Exception {
        String name = "it-bad-" + RUN;
        problem(call("POST", "clients", admin(), "{\"name\":"), 400, "invalid-json");
        problem(call("POST", "clients", admin(), "[]"), 400, "invalid-json");
        problem(call("POST", "clients", admin(), ""), 400, "invalid-json");
        problem(call("POST", "clients", admin(), "nul"), 400, "invalid-json");
        problem(call("POST", "clients", admin(), "[".repeat(5000)), 400, "invalid-json");
        JsonObject unknown = problem(call("POST", "clients", admin(), """
                {"name":"%s","unit":"ward-26740","permissions":["analyze"],"token":"ln_mine"}""".formatted(name)),
                400, "invalid-json");
        assertTrue(unknown.getString("detail").contains("unknown field \"token\""), unknown.toString());
        problem(call("POST", "clients", admin(), """
                {"name":"%s","unit":"ward-26740","permissions":"analyze"}""".formatted(name)), 400, "bad-request");
        problem(call("POST", "clients", admin(), """
                {"name":"%s","unit":"ward-26740","permissions":["analyze"],"rateLimitPerMinute":"many"}""".formatted(name)),
                400, "bad-request");
        problem(call("POST", "clients", admin(), """
                {"name":"%s","unit":"ward-26740","permissions":["analyze"],"rateLimitPerMinute":1e40}""".formatted(name)),
                400, "bad-request");
        problem(call("POST", "clients", admin(), """
                {"name":"%s","unit":"ward-26740","permissions":["analyze"],"expiresAt":"tomorrow"}""".formatted(name)),
                400, "bad-request");
        byte[] latin1 = ("{\"name\":\"" + name + "\",\"description\":\"T\u1ed5ng \u0111\u00e0i\",\"unit\":\"ward-26740\","
                + "\"permissions\":[\"analyze\"]}").getBytes(StandardCharsets.ISO_8859_1);
        latin1[latin1.length - 5] = (byte) 0xC3; // a lone lead byte inside the body
        problem(call("POST", "clients", admin(), latin1, "application/json"), 400, "invalid-encoding");
        byte[] huge = ("{\"name\":\"" + name + "\",\"unit\":\"ward-26740\",\"permissions\":[\"analyze\"],\"description\":\""
                + "x".repeat(2_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        problem(call("POST", "clients", admin(), huge, "application/json"), 413, "body-too-large");
        problem(call("POST", "clients", admin(), """
                {"name":"%s","unit":"ward-26740","permissions":["analyze"],"description":"%s"}""".formatted(name, "d".repeat(1001))),
                400, "bad-request");
        problem(call("POST", "clients", admin(), "name=x".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded"),
                415, "unsupported-media-type");
        problem(call("PUT", "clients/1", admin(), "{\"name\":\"renamed\"}"), 400, "invalid-json");
        problem(call("DELETE", "clients", admin(), null), 405, "method-not-allowed");
        problem(call("GET", "clients/abc", admin(), null), 404, "not-found");
        problem(call("GET", "clients/99999999999999999999999", admin(), null), 404, "not-found");
        // nothing of it was stored
        HttpResponse<String> list = call("GET", "clients", admin(), null);
        assertFalse(ok(list, 200).getJsonArray("clients").stream()
                .anyMatch(v -> v.asJsonObject().getString("name").equals(name)), list.body());
    }

    /** The audit details of an admin action on a client, oldest first, once the background writer has them. */
    private static List<String> awaitAudit(String action, String target) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<String> found = AdminApi.auditDetails(action, target);
            if (!found.isEmpty() || System.nanoTime() > deadline) {
                List<String> oldestFirst = new ArrayList<>(found);
                java.util.Collections.reverse(oldestFirst);
                return oldestFirst;
            }
            Thread.sleep(200);
        }
    }

    /** {@code actor|unit|outcome|detail} of the one api.call row of this caller whose detail holds this. */
    private static String apiCall(String actor, String detail) throws Exception {
        String db = ItEnvironment.get("it.db.url");
        Assumptions.assumeTrue(db.startsWith("jdbc:postgresql:"));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        try (Connection c = DriverManager.getConnection(db, System.getProperty("it.db.user", "postgres"), "")) {
            while (true) {
                try (PreparedStatement s = c.prepareStatement("SELECT actor, unit_code, outcome, detail FROM audit_events"
                        + " WHERE action = 'api.call' AND actor = ? AND detail LIKE ?")) {
                    s.setString(1, actor);
                    s.setString(2, "%" + detail + "%");
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next()) {
                            String row = r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4);
                            assertFalse(r.next(), "one row");
                            return row;
                        }
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no api.call row of " + actor + " ending " + detail);
                }
                Thread.sleep(200);
            }
        }
    }
}
