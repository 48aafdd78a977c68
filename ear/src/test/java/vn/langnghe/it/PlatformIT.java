package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Deployment smoke test: the real EAR in a real Payara domain, against the Solr and database that the
 * build started. Ordered because the last test takes Solr away.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @Test
    @Order(1)
    void readinessIsUpWithSolrAndDatabase() throws Exception {
        JsonObject health = waitFor("health/ready", h -> "UP".equals(h.getString("status")), 120);
        Map<String, String> checks = checks(health);
        assertEquals("UP", checks.get("solr"), health.toString());
        assertEquals("UP", checks.get("database"), health.toString());
    }

    @Test
    @Order(2)
    void livenessIsUp() throws Exception {
        HttpResponse<String> rsp = ItEnvironment.get(ItEnvironment.client(), "health/live");
        assertEquals(200, rsp.statusCode());
        assertEquals("UP", json(rsp.body()).getString("status"));
    }

    @Test
    @Order(3)
    void statusReportsVersionDocumentsSolrModeAndDatabase() throws Exception {
        // The demo dataset is loaded through the indexing path shortly after deployment.
        // the demo replay source has run and the outbox is empty
        JsonObject status = waitFor("api/v1/status", s -> s.getJsonNumber("documents").longValue() >= 700
                && s.getJsonNumber("harvestWaiting").longValue() == 0, 180);
        assertTrue(status.getString("version").matches("\\d+\\.\\d+\\.\\d+.*"), status.toString());
        assertEquals("standalone", status.getString("solrMode"));
        String expectedDb = ItEnvironment.get("it.db.url").startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2";
        assertEquals(expectedDb, status.getString("database"));
        assertTrue(status.getJsonNumber("documents").longValue() >= 500, status.toString());
    }

    @Test
    @Order(4)
    void loginPageRendersInVietnamese() throws Exception {
        HttpResponse<String> rsp = ItEnvironment.get(ItEnvironment.client(), "login.xhtml");
        assertEquals(200, rsp.statusCode());
        Document page = Jsoup.parse(rsp.body());
        assertNotNull(page.getElementById("login:username"), "username field");
        assertNotNull(page.getElementById("login:password"), "password field");
        assertTrue(page.text().contains("Đăng nhập"), page.text());
        assertEquals("vi", page.selectFirst("html").attr("lang"));
    }

    @Test
    @Order(5)
    void dashboardNeedsSignIn() throws Exception {
        HttpResponse<String> rsp = ItEnvironment.get(ItEnvironment.client(), "dashboard.xhtml");
        assertEquals(302, rsp.statusCode());
        assertTrue(rsp.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    }

    @Test
    @Order(6)
    void wrongPasswordIsRefused() throws Exception {
        HttpClient client = ItEnvironment.client();
        HttpResponse<String> rsp = ItEnvironment.signIn(client, "admin", "not-the-password");
        assertEquals(200, rsp.statusCode());
        assertTrue(Jsoup.parse(rsp.body()).text().contains("không đúng"), rsp.body());
        assertEquals(302, ItEnvironment.get(client, "dashboard.xhtml").statusCode());
    }

    @Test
    @Order(7)
    void adminSeesTheWholeCityOnTheDashboard() throws Exception {
        HttpClient client = ItEnvironment.client();
        HttpResponse<String> login = ItEnvironment.signIn(client, "admin", ItEnvironment.get("it.admin.password"));
        assertEquals(302, login.statusCode(), login.body());
        HttpResponse<String> rsp = ItEnvironment.get(client, "dashboard.xhtml");
        assertEquals(200, rsp.statusCode());
        Document page = Jsoup.parse(rsp.body());
        long total = number(page.selectFirst(".ln-total-number").text());
        long documents = json(ItEnvironment.get(client, "api/v1/status").body()).getJsonNumber("documents").longValue();
        assertEquals(documents, total);
        // every platform bar, every sentiment bar and 30 day columns
        long platformSum = page.select("#platforms tr").stream()
                .mapToLong(tr -> number(tr.selectFirst(".ln-count").text())).sum();
        assertEquals(total, platformSum);
        assertEquals(3, page.select("#sentiments tr").size());
        assertEquals(30, page.select("#days .ln-column").size());
        assertTrue(page.select("#days .ln-column").stream().anyMatch(c -> Long.parseLong(c.attr("data-count")) > 0));
    }

    @Test
    @Order(8)
    void wardAnalystSeesOnlyTheWardScope() throws Exception {
        HttpClient client = ItEnvironment.client();
        assertEquals(302, ItEnvironment.signIn(client, "phantich.q1", ItEnvironment.get("it.demo.password")).statusCode());
        Document page = Jsoup.parse(ItEnvironment.get(client, "dashboard.xhtml").body());
        long scoped = number(page.selectFirst(".ln-total-number").text());
        long all = json(ItEnvironment.get(client, "api/v1/status").body()).getJsonNumber("documents").longValue();
        assertTrue(scoped > 0 && scoped < all, "q1 scope " + scoped + " of " + all);
    }

    @Test
    @Order(9)
    void browserSignsInAndSeesTheDashboard() throws Exception {
        long documents = json(ItEnvironment.get(ItEnvironment.client(), "api/v1/status").body())
                .getJsonNumber("documents").longValue();
        Browser.assumeInstalled();
        // a browser that prefers English still gets Vietnamese until the user switches
        try (Browser browser = new Browser("en-US")) {
            WebDriver web = browser.driver;
            browser.open("");
            WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
            assertTrue(web.getCurrentUrl().endsWith("/login.xhtml"), web.getCurrentUrl());
            assertTrue(web.getTitle().startsWith("Đăng nhập"), web.getTitle());
            browser.screenshot("login");
            browser.assertNoCspViolation("the login page");

            web.findElement(By.id("login:username")).sendKeys("admin");
            web.findElement(By.id("login:password")).sendKeys(ItEnvironment.get("it.admin.password"));
            web.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
            assertTrue(web.getCurrentUrl().endsWith("/dashboard.xhtml"), web.getCurrentUrl());
            assertEquals(documents, number(web.findElement(By.className("ln-total-number")).getText()));
            assertTrue(web.findElement(By.id("platforms")).getText().contains("Facebook"));
            assertTrue(web.findElement(By.id("sentiments")).getText().contains("Tiêu cực"));
            browser.screenshot("dashboard-vi");
            browser.assertNoCspViolation("the dashboard");

            web.findElement(By.id("topbar:lang-en")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sentiments"), "Negative"));
            assertTrue(web.getTitle().startsWith("Overview"), web.getTitle());
            browser.screenshot("dashboard-en");
            browser.assertNoCspViolation("the dashboard in English");

            // the password page posts back under the policy too: empty fields are named, nothing changes
            web.findElement(By.id("topbar:nav-password")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("password:submit"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password:messages"), "password"));
            browser.assertNoCspViolation("the password page");

            web.findElement(By.id("topbar:logout")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
            browser.open("dashboard.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
            browser.assertNoCspViolation("the login page after signing out");
        }
    }

    @Test
    @Order(99)
    void readinessSaysWhichPartIsDownWhenSolrStops() throws Exception {
        long pid = Long.parseLong(ItEnvironment.get("it.solr.pid"));
        ProcessHandle solr = ProcessHandle.of(pid).orElseThrow();
        solr.destroy();
        solr.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        HttpResponse<String> rsp = ItEnvironment.get(ItEnvironment.client(), "health/ready");
        assertEquals(503, rsp.statusCode());
        Map<String, String> checks = checks(json(rsp.body()));
        assertEquals("DOWN", checks.get("solr"), rsp.body());
        assertEquals("UP", checks.get("database"), rsp.body());
        JsonObject status = json(ItEnvironment.get(ItEnvironment.client(), "api/v1/status").body());
        assertEquals(-1, status.getJsonNumber("documents").longValue());
        assertEquals("unavailable", status.getString("solrMode"));
        assertFalse(status.getString("database").isEmpty());
        // back as it was for the test classes that come after
        ItEnvironment.script("it-solr", "start");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static long number(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private static JsonObject json(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }

    private static Map<String, String> checks(JsonObject health) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
    }

    /** Polls a JSON endpoint until the condition holds; fails with the last answer after the timeout. */
    private static JsonObject waitFor(String path, java.util.function.Predicate<JsonObject> ok, int seconds)
            throws Exception {
        HttpClient client = ItEnvironment.client();
        String last = "";
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> rsp = ItEnvironment.get(client, path);
            last = rsp.statusCode() + " " + rsp.body();
            if (rsp.body().startsWith("{")) {
                JsonObject o = json(rsp.body());
                if (ok.test(o)) {
                    return o;
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(path + " did not reach the expected state in " + seconds + " s: " + last);
    }
}
