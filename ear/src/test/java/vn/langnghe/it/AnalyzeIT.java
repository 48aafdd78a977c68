package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/v1/analyze} against the real EAR, with a client token: one text, a batch of 1,000 (timed),
 * the permission, the limits and malformed bodies as problems, and the audit event's row count. Nothing
 * is indexed: the index's document count does not move.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnalyzeIT {
    private static final String MARK = "an" + System.nanoTime();
    private static String analyzer;
    private static String reader;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void deployed() throws Exception {
        ItEnvironment.awaitDeployment();
        analyzer = client("analyze");
        reader = client("posts:read");
    }

    static String client(String permission) throws Exception {
        String body = "{\"name\":\"analyze-it-" + permission.replace(':', '-') + "-" + System.nanoTime()
                + "\",\"unit\":\"ward-26740\",\"permissions\":[\"" + permission + "\"],\"rateLimitPerMinute\":6000}";
        return AdminApi.object(AdminApi.admin(AdminApi.post("api/v1/clients", body), 201).body()).getString("token");
    }

    static HttpResponse<String> analyze(String token, byte[] body, String contentType, String query) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(AdminApi.uri("api/v1/analyze" + (query == null ? "" : "?" + query)))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return ItEnvironment.client().send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> analyze(String token, String json) throws Exception {
        return analyze(token, json.getBytes(StandardCharsets.UTF_8), "application/json", null);
    }

    private static JsonObject problem(HttpResponse<String> rsp, int status, String type) {
        assertEquals(status, rsp.statusCode(), rsp.body());
        assertTrue(rsp.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), rsp.headers().toString());
        JsonObject p = AdminApi.object(rsp.body());
        assertEquals("/api/v1/problems/" + type, p.getString("type"), rsp.body());
        return p;
    }

    @Test
    void oneTextAndABatchOfAThousandAreAnalysedAndNothingIsIndexed() throws Exception {
        long documents = AdminApi.object(AdminApi.send(AdminApi.get("api/v1/status"), null, null).body()).getJsonNumber("documents").longValue();
        HttpResponse<String> one = analyze(analyzer, """
                {"title":"Phản ánh 1022","text":"Đường Nguyễn Huệ phường Sài Gòn ngập nặng quá, bực mình"}""");
        assertEquals(200, one.statusCode(), one.body());
        JsonObject a = AdminApi.object(one.body());
        assertEquals("vi", a.getString("language"));
        assertEquals("negative", a.getJsonObject("sentiment").getString("label"));
        assertTrue(a.getJsonObject("regions").getJsonArray("units").toString().contains("\"name\":\"Phường Sài Gòn\""), one.body());

        JsonArrayBuilder items = Json.createArrayBuilder();
        for (int i = 0; i < 1000; i++) {
            items.add(Json.createObjectBuilder().add("id", "1022-" + i).add("text", "Kẹt xe kinh khủng ở vòng xoay Hàng Xanh, xe máy chen lấn số " + i));
        }
        byte[] batch = Json.createObjectBuilder().add("items", items).build().toString().getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        HttpResponse<String> rsp = analyze(analyzer, batch, "application/json", "m=" + MARK);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("AnalyzeIT: 1000 short texts over HTTP in " + ms + " ms");
        assertEquals(200, rsp.statusCode(), rsp.body());
        JsonObject b = AdminApi.object(rsp.body());
        assertEquals(1000, b.getInt("count"));
        assertEquals("1022-0", b.getJsonArray("items").getJsonObject(0).getString("id"));
        assertEquals("1022-999", b.getJsonArray("items").getJsonObject(999).getString("id"));
        assertTrue(ms < 30_000, ms + " ms");
        assertEquals(documents, AdminApi.object(AdminApi.send(AdminApi.get("api/v1/status"), null, null).body())
                .getJsonNumber("documents").longValue(), "nothing is indexed");
        auditedWithRows("m=" + MARK, 1000);
    }

    @Test
    void theAnalyzePermissionIsNeeded() throws Exception {
        problem(analyze(reader, "{\"text\":\"x\"}"), 403, "forbidden");
        problem(analyze(null, "{\"text\":\"x\"}"), 401, "unauthenticated");
        // the demo analyst may (Basic), as the pages let analysts analyse
        HttpRequest.Builder b = AdminApi.post("api/v1/analyze", "{\"text\":\"Cảm ơn phường\"}");
        assertEquals(200, AdminApi.send(b, "phantich.q1", ItEnvironment.get("it.demo.password")).statusCode());
    }

    @Test
    void malformedAndOversizedBodiesAreProblems() throws Exception {
        problem(analyze(analyzer, "{\"text\":"), 400, "invalid-json");
        problem(analyze(analyzer, "{\"txt\":\"a\"}"), 400, "bad-request");
        problem(analyze(analyzer, "{\"items\":[{\"id\":\"a\",\"text\":\"x\",\"extra\":1}]}"), 400, "bad-request");
        byte[] latin1 = "{\"text\":\"Cảm ơn\"}".getBytes(StandardCharsets.ISO_8859_1);
        latin1[10] = (byte) 0xC3;
        latin1[11] = (byte) 0x28;
        problem(analyze(analyzer, latin1, "application/json", null), 400, "invalid-encoding");
        problem(analyze(analyzer, "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8), "text/plain", null), 415, "unsupported-media-type");
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 1001; i++) {
            many.add(Json.createObjectBuilder().add("text", "x"));
        }
        problem(analyze(analyzer, Json.createObjectBuilder().add("items", many).build().toString()), 400, "bad-request");
        char[] longText = new char[20_001];
        Arrays.fill(longText, 'a');
        problem(analyze(analyzer, "{\"text\":\"" + new String(longText) + "\"}"), 400, "bad-request");
        // 9 MB: over the 8 MB limit
        byte[] huge = new byte[9 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        problem(analyze(analyzer, huge, "application/json", null), 413, "body-too-large");
    }

    /** The call's audit event names the client and the number of texts (the background writer may lag). */
    private static void auditedWithRows(String marker, int rows) throws Exception {
        String db = ItEnvironment.get("it.db.url");
        Assumptions.assumeTrue(db.startsWith("jdbc:postgresql:"), "the audit table is read from PostgreSQL only");
        try (Connection c = DriverManager.getConnection(db, System.getProperty("it.db.user", "postgres"), "")) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (true) {
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT actor, detail FROM audit_events WHERE action = 'api.call' AND detail LIKE ?")) {
                    s.setString(1, "%" + marker + "%");
                    try (ResultSet r = s.executeQuery()) {
                        if (r.next()) {
                            assertTrue(r.getString(1).startsWith("client:analyze-it-analyze-"), r.getString(1));
                            assertTrue(r.getString(2).endsWith("status=200 rows=" + rows), r.getString(2));
                            return;
                        }
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no api.call row for " + marker);
                }
                Thread.sleep(200);
            }
        }
    }
}
