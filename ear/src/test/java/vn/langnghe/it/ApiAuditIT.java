package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every API call is an {@code api.call} audit event: called as an admin (HTTP Basic and the page's
 * session), anonymously and as the ward analyst, the rows in {@code audit_events} name the caller and
 * their unit, the method, path and query, the status as outcome, the client address and, for the sources
 * list, the rows returned. The rows are read from the environment's PostgreSQL (an H2 file is held
 * open by the server and cannot be read from here).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiAuditIT {
    private static final String MARK = "it" + System.nanoTime();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void deployed() throws Exception {
        ItEnvironment.awaitDeployment();
    }

    @Test
    void everyCallIsRecordedWithCallerUnitRequestAndOutcome() throws Exception {
        String db = ItEnvironment.get("it.db.url");
        Assumptions.assumeTrue(db.startsWith("jdbc:postgresql:"), "the audit table is read from PostgreSQL only");

        String admin = ItEnvironment.get("it.admin.password");
        String analyst = ItEnvironment.get("it.demo.password");
        assertEquals(200, call(ItEnvironment.client(), "status?who=anon&m=" + MARK, null).statusCode());
        assertEquals(401, call(ItEnvironment.client(), "sources?who=anon&m=" + MARK, null).statusCode());
        HttpResponse<String> list = call(ItEnvironment.client(), "sources?who=admin&m=" + MARK, basic("admin", admin));
        assertEquals(200, list.statusCode(), list.body());
        int sources = jakarta.json.Json.createReader(new java.io.StringReader(list.body())).readObject()
                .getJsonArray("sources").size();
        assertEquals(403, call(ItEnvironment.client(), "sources?who=analyst-basic&m=" + MARK, basic("phantich.q1", analyst)).statusCode());

        HttpClient adminSession = ItEnvironment.client();
        assertEquals(302, ItEnvironment.signIn(adminSession, "admin", admin).statusCode());
        assertEquals(200, call(adminSession, "status?who=admin-session&m=" + MARK, null).statusCode());
        HttpClient analystSession = ItEnvironment.client();
        assertEquals(302, ItEnvironment.signIn(analystSession, "phantich.q1", analyst).statusCode());
        assertEquals(200, call(analystSession, "status?who=analyst-session&m=" + MARK, null).statusCode());
        assertEquals(403, call(analystSession, "sources?who=analyst-session&m=" + MARK, null).statusCode());

        try (Connection c = DriverManager.getConnection(db, System.getProperty("it.db.user", "postgres"), "")) {
            assertEquals("anonymous|null|ok|GET /api/v1/status?who=anon&m=" + MARK + " status=200|127.0.0.1",
                    row(c, "status?who=anon&"));
            assertEquals("anonymous|null|denied|GET /api/v1/sources?who=anon&m=" + MARK + " status=401|127.0.0.1",
                    row(c, "sources?who=anon&"));
            assertEquals("admin|city-admin|ok|GET /api/v1/sources?who=admin&m=" + MARK + " status=200 rows=" + sources
                    + "|127.0.0.1", row(c, "sources?who=admin&"));
            assertEquals("phantich.q1|ward-26740|denied|GET /api/v1/sources?who=analyst-basic&m=" + MARK
                    + " status=403|127.0.0.1", row(c, "sources?who=analyst-basic&"));
            assertEquals("admin|city-admin|ok|GET /api/v1/status?who=admin-session&m=" + MARK + " status=200|127.0.0.1",
                    row(c, "status?who=admin-session&"));
            assertEquals("phantich.q1|ward-26740|ok|GET /api/v1/status?who=analyst-session&m=" + MARK
                    + " status=200|127.0.0.1", row(c, "status?who=analyst-session&"));
            assertEquals("phantich.q1|ward-26740|denied|GET /api/v1/sources?who=analyst-session&m=" + MARK
                    + " status=403|127.0.0.1", row(c, "sources?who=analyst-session&"));
        }
    }

    /** The one api.call row whose detail names this path and this run; waits for the background writer. */
    private static String row(Connection c, String pathAndWho) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try (PreparedStatement s = c.prepareStatement("SELECT actor, unit_code, outcome, detail, client_address,"
                    + " occurred_at FROM audit_events WHERE action = 'api.call' AND detail LIKE ? AND detail LIKE ?")) {
                s.setString(1, "%/api/v1/" + pathAndWho + "%");
                s.setString(2, "%m=" + MARK + " %");
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        String row = r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4)
                                + "|" + r.getString(5);
                        assertNotNull(r.getTimestamp(6));
                        assertTrue(!r.next(), "one row for " + pathAndWho);
                        return row;
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no api.call row for " + pathAndWho + " within 20 s");
            }
            Thread.sleep(200);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> call(HttpClient client, String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(ItEnvironment.base() + "api/v1/" + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
