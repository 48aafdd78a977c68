package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Small helpers for calling the admins' JSON API (units, accounts) over HTTP Basic in the ITs. */
final class AdminApi {
    private AdminApi() {
    }

    static URI uri(String path) {
        return ItEnvironment.base().resolve(path);
    }

    static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    static HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    static HttpRequest.Builder put(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest.Builder b, String user, String password) throws Exception {
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return ItEnvironment.client().send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As the admin over HTTP Basic; fails unless the status is the expected one. */
    static HttpResponse<String> admin(HttpRequest.Builder b, int expected) throws Exception {
        HttpResponse<String> rsp = send(b, "admin", ItEnvironment.get("it.admin.password"));
        assertEquals(expected, rsp.statusCode(), rsp.request().method() + " " + rsp.uri() + ": " + rsp.body());
        return rsp;
    }

    static JsonStructure json(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.read();
        }
    }

    static JsonObject object(String body) {
        return (JsonObject) json(body);
    }

    static String error(HttpResponse<String> rsp) {
        return object(rsp.body()).getString("detail");
    }

    /**
     * The details of the audit events of an action in the test database, newest first (read with psql:
     * the ITs have no JDBC driver of their own). The ITs run on PostgreSQL (bin/langnghe it-start).
     */
    static List<String> auditDetails(String action, String target) throws Exception {
        String url = ItEnvironment.get("it.db.url");
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalStateException("the audit trail is read with psql from PostgreSQL, not " + url);
        }
        URI db = URI.create(url.substring("jdbc:".length()));
        Process p = new ProcessBuilder("psql", "-h", db.getHost(), "-p", Integer.toString(db.getPort() < 0 ? 5432 : db.getPort()),
                "-U", "postgres", "-d", db.getPath().substring(1), "-tA", "-v", "ON_ERROR_STOP=1",
                "-c", "SELECT detail FROM audit_events WHERE action = '" + action.replace("'", "")
                        + "' AND target = '" + target.replace("'", "") + "' ORDER BY id DESC")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + out);
        }
        List<String> lines = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (!l.isBlank()) {
                lines.add(l);
            }
        }
        return lines;
    }
}
