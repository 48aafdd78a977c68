package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The retention page against the real EAR, Solr and database: analysts are refused and get no link; an
 * admin in a real Chromium sees the period and its origin, is refused a period of 0 days, changes it
 * after a confirmation whose count is the index's own, purges now after a second confirmation, and sees
 * the purge's record with the posts it removed, which are gone from Solr while newer posts stay.
 * The posts purged are this test's own, written 12 years back; the period set (3,650 days) leaves the
 * demo posts and other tests' posts alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RetentionPageIT {
    private static final ZoneId CITY = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int OLD_POSTS = 7;
    private static final String PREFIX = "retention-it-" + Long.toHexString(System.nanoTime());

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void deployed() throws Exception {
        ItEnvironment.awaitDeployment();
    }

    @Test
    @Order(1)
    void analystsAreRefusedTheRetentionPage() throws Exception {
        HttpClient session = ItEnvironment.client();
        assertEquals(302, ItEnvironment.signIn(session, "phantich.q1", ItEnvironment.get("it.demo.password")).statusCode());
        HttpResponse<String> page = ItEnvironment.get(session, "retention.xhtml");
        assertEquals(403, page.statusCode());
        assertNotNull(Jsoup.parse(page.body()).getElementById("forbidden"), page.body());
        Document dashboard = Jsoup.parse(ItEnvironment.get(session, "dashboard.xhtml").body());
        assertNotNull(dashboard.getElementById("nav-dashboard"));
        assertNull(dashboard.getElementById("nav-retention"), "analysts get no link to the retention page");
        assertEquals(302, ItEnvironment.get(ItEnvironment.client(), "retention.xhtml").statusCode(),
                "without sign-in: sent to the login page");
    }

    @Test
    @Order(2)
    void anAdminChangesThePeriodAndPurgesNow() throws Exception {
        Browser.assumeInstalled();
        // 7 posts of this test 12 years old, 2 of 5 years ago: a 10-year period purges the first only
        Instant old = Instant.now().minus(Duration.ofDays(12 * 365));
        Instant recent = Instant.now().minus(Duration.ofDays(5 * 365));
        JsonArrayBuilder docs = Json.createArrayBuilder();
        for (int i = 0; i < OLD_POSTS; i++) {
            docs.add(doc(PREFIX + "-old-" + i, old.plus(Duration.ofHours(i))));
        }
        docs.add(doc(PREFIX + "-new-0", recent)).add(doc(PREFIX + "-new-1", recent.plusSeconds(60)));
        solrUpdate(docs.build().toString());
        String cutoff = LocalDate.now(CITY).minusDays(3650).atStartOfDay(CITY).toInstant().toString();
        long due = solrCount("created_at:[* TO \"" + cutoff + "\"}");
        assertTrue(due >= OLD_POSTS, "this test's old posts are due: " + due);

        try (Browser browser = new Browser("vi")) {
            WebDriver web = browser.driver;
            WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(30));
            browser.open("login.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username"))).sendKeys("admin");
            web.findElement(By.id("login:password")).sendKeys(ItEnvironment.get("it.admin.password"));
            web.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-retention"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("currentDays")));
            assertTrue(web.getTitle().startsWith("Lưu giữ dữ liệu"), web.getTitle());
            assertTrue(web.findElement(By.id("nextRun")).getText().contains("Lần xoá tự động tiếp theo"),
                    web.findElement(By.id("nextRun")).getText());
            int before = Integer.parseInt(web.findElement(By.id("currentDays")).getText());
            assertTrue(before >= 1 && before <= 3650, "a period in force: " + before);

            // 0 days is refused with a clear message, and nothing changes
            WebElement days = web.findElement(By.id("retentionForm:days"));
            days.clear();
            days.sendKeys("0");
            web.findElement(By.id("retentionForm:previewChange")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("retentionForm:messages"), "ít nhất là 1 ngày"));
            assertTrue(!web.findElement(By.id("retentionForm:changeDialog")).isDisplayed());

            // 3650 days: the confirmation counts the posts the index holds before the cutoff
            days = web.findElement(By.id("retentionForm:days"));
            days.clear();
            days.sendKeys("3650");
            web.findElement(By.id("retentionForm:previewChange")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("retentionForm:changeDialog")));
            assertEquals(Long.toString(due), web.findElement(By.id("changeCount")).getAttribute("textContent"));
            String question = web.findElement(By.id("changeQuestion")).getText();
            assertTrue(question.contains("3650 ngày") || question.contains("3.650 ngày"), question);
            browser.screenshot("retention-confirm-vi");
            clickWhenFree(wait, By.id("retentionForm:changeYes"));
            wait.until(ExpectedConditions.textToBe(By.id("currentDays"), "3650"));
            wait.until(d -> "ADMIN".equals(d.findElement(By.id("origin")).getAttribute("data-origin")));
            assertTrue(web.findElement(By.id("origin")).getText().contains("admin"), web.findElement(By.id("origin")).getText());

            // purge now, after a confirmation with the same count
            web.findElement(By.id("retentionForm:previewPurge")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("retentionForm:purgeDialog")));
            assertEquals(Long.toString(due), web.findElement(By.id("purgeCount")).getAttribute("textContent"));
            clickWhenFree(wait, By.id("retentionForm:purgeYes"));
            // the record appears (newest first) once the purge has finished
            new WebDriverWait(web, Duration.ofSeconds(90)).until(d -> {
                var outcomes = d.findElements(By.cssSelector("#retentionForm\\:records .ln-outcome"));
                return !outcomes.isEmpty() && "ok".equals(outcomes.get(0).getAttribute("data-outcome"));
            });
            WebElement row = web.findElements(By.cssSelector("#retentionForm\\:records tbody tr")).get(0);
            assertEquals(Long.toString(due), row.findElement(By.cssSelector(".ln-solr-deleted")).getText().replaceAll("[.,]", ""));
            assertTrue(row.getText().contains("Quản trị viên") && row.getText().contains("admin"), row.getText());
            assertTrue(row.getText().contains("Hoàn tất"), row.getText());
            browser.screenshot("retention-vi");
            ((JavascriptExecutor) web).executeScript("document.getElementById('retentionForm:records').scrollIntoView()");
            browser.screenshot("retention-records-vi");

            web.findElement(By.id("topbar:lang-en")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nextRun"), "Next automatic purge"));
            assertTrue(web.findElement(By.id("retentionForm:records")).getText().contains("Done"));
            browser.screenshot("retention-en");
        }
        assertEquals(0, solrCount("id:" + PREFIX.replace("-", "\\-") + "\\-old\\-*"), "the old posts are gone from Solr");
        assertEquals(2, solrCount("id:" + PREFIX.replace("-", "\\-") + "\\-new\\-*"), "the newer posts stay");
        assertEquals(0, solrCount("created_at:[* TO \"" + cutoff + "\"}"));
    }

    // ---- helpers ----

    private static JsonObject doc(String id, Instant createdAt) {
        return Json.createObjectBuilder().add("id", id).add("platform", "facebook").add("kind", "post")
                .add("text", "bài cũ " + id).add("author_name", "Nguyễn Văn Cũ").add("language", "vi")
                .add("created_at", createdAt.toString()).build();
    }

    private static URI solr(String path) {
        return URI.create(ItEnvironment.get("it.solr.url").split(",")[0] + "/posts/" + path);
    }

    private static void solrUpdate(String json) throws Exception {
        HttpResponse<String> rsp = ItEnvironment.client().send(HttpRequest.newBuilder(solr("update?commit=true"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, rsp.statusCode(), rsp.body());
    }

    private static long solrCount(String q) throws Exception {
        HttpResponse<String> rsp = ItEnvironment.client().send(HttpRequest.newBuilder(
                solr("select?rows=0&wt=json&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, rsp.statusCode(), rsp.body());
        try (JsonReader r = Json.createReader(new StringReader(rsp.body()))) {
            return r.readObject().getJsonObject("response").getJsonNumber("numFound").longValue();
        }
    }

    /** Clicks once no modal mask covers the element (see SourcesIT). */
    private static void clickWhenFree(WebDriverWait wait, By by) {
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            d.findElement(by).click();
            return true;
        });
    }
}
