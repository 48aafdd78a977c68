package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sources through the JSON API and the admin page, against the real EAR in the Payara domain the build
 * started: the API's round trip, secrets that never come back, clear 400s, 401/403/404, the page's
 * access rules and escaping, and a real Chromium adding, running and deleting a source.
 * It waits for the status answer, not for readiness: PlatformIT stops Solr at its end, and sources live
 * in the database (the runs here fill the outbox whether or not Solr is there to drain it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SourcesIT {
    private static final String SECRET = "tok-" + Long.toHexString(System.nanoTime()) + "-never-shown";

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
    void withoutSignInTheApiSays401() throws Exception {
        HttpResponse<String> rsp = send(HttpRequest.newBuilder(uri("api/v1/sources")).GET(), null, null);
        assertEquals(401, rsp.statusCode(), rsp.body());
        // both ways in are named: a client's bearer token and an account's Basic credentials
        assertTrue(rsp.headers().allValues("WWW-Authenticate").stream().anyMatch(v -> v.startsWith("Basic ")), rsp.headers().toString());
        assertTrue(rsp.headers().allValues("WWW-Authenticate").stream().anyMatch(v -> v.startsWith("Bearer ")), rsp.headers().toString());
        assertTrue(json(rsp.body()).getString("detail").contains("sign-in required"), rsp.body());
        assertEquals("/api/v1/problems/unauthenticated", json(rsp.body()).getString("type"));

        HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("api/v1/sources")).GET(), "admin", "not-the-password");
        assertEquals(401, wrong.statusCode(), wrong.body());
        assertEquals(401, send(HttpRequest.newBuilder(uri("api/v1/sources/types")).GET(), null, null).statusCode());
        assertEquals(401, send(post("api/v1/sources", "{}"), null, null).statusCode());
    }

    @Test
    @Order(2)
    void analystsGet403() throws Exception {
        String analyst = "phantich.q1";
        String pw = ItEnvironment.get("it.demo.password");
        HttpResponse<String> rsp = send(HttpRequest.newBuilder(uri("api/v1/sources")).GET(), analyst, pw);
        assertEquals(403, rsp.statusCode(), rsp.body());
        assertEquals("the admin role is required", json(rsp.body()).getString("detail"));
        assertEquals(403, send(post("api/v1/sources", "{\"name\":\"x\",\"type\":\"replay\"}"), analyst, pw).statusCode());

        // the same with the sign-in page's session
        HttpClient session = ItEnvironment.client();
        assertEquals(302, ItEnvironment.signIn(session, analyst, pw).statusCode());
        assertEquals(403, session.send(HttpRequest.newBuilder(uri("api/v1/sources")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> page = ItEnvironment.get(session, "sources.xhtml");
        assertEquals(403, page.statusCode());
        assertNotNull(Jsoup.parse(page.body()).getElementById("forbidden"), page.body());
        Document dashboard = Jsoup.parse(ItEnvironment.get(session, "dashboard.xhtml").body());
        assertNotNull(dashboard.getElementById("nav-dashboard"));
        assertNull(dashboard.getElementById("nav-sources"), "analysts get no link to the sources page");
    }

    @Test
    @Order(3)
    void typesDescribeTheirForms() throws Exception {
        JsonObject types = json(admin(HttpRequest.newBuilder(uri("api/v1/sources/types")).GET(), 200).body());
        Map<String, JsonObject> byType = types.getJsonArray("types").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(t -> t.getString("type"), t -> t));
        assertTrue(byType.keySet().containsAll(List.of("mastodon", "replay")), byType.keySet().toString());
        JsonObject mastodon = byType.get("mastodon");
        assertEquals(List.of("accessToken"), strings(mastodon.getJsonArray("credentialNames")));
        JsonObject timeline = mastodon.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").equals("timeline")).findFirst().orElseThrow();
        assertEquals("CHOICE", timeline.getString("kind"));
        assertEquals(100, byType.get("replay").getJsonObject("defaults").getInt("pageSize"));
    }

    @Test
    @Order(4)
    void createReadEditPauseResumeCheckDelete() throws Exception {
        String name = "IT replay " + System.nanoTime();
        HttpResponse<String> created = admin(post("api/v1/sources", """
                {"name":"%s","type":"replay","config":{"pageSize":50},"intervalSeconds":3600,"paused":true}
                """.formatted(name)), 201);
        JsonObject s = json(created.body());
        long id = s.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/sources/" + id),
                created.headers().toString());
        assertEquals(name, s.getString("name"));
        assertEquals("replay", s.getString("type"));
        assertEquals(50, s.getJsonObject("config").getInt("pageSize"));
        assertEquals(3600, s.getInt("intervalSeconds"));
        assertTrue(s.getBoolean("paused"));
        assertEquals("IDLE", s.getString("runState"));
        assertTrue(s.isNull("nextRunAt"), s.toString());

        JsonObject read = json(admin(HttpRequest.newBuilder(uri("api/v1/sources/" + id)).GET(), 200).body());
        assertEquals(s, read);
        assertTrue(json(admin(HttpRequest.newBuilder(uri("api/v1/sources")).GET(), 200).body())
                .getJsonArray("sources").getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getJsonNumber("id").longValue() == id));

        // an edit changes what it names and keeps the rest
        JsonObject edited = json(admin(put("api/v1/sources/" + id,
                "{\"name\":\"" + name + " (sửa)\",\"config\":{\"pageSize\":25},\"intervalSeconds\":7200}"), 200).body());
        assertEquals(name + " (sửa)", edited.getString("name"));
        assertEquals(25, edited.getJsonObject("config").getInt("pageSize"));
        assertEquals(s.getJsonObject("config").getJsonNumber("seed"), edited.getJsonObject("config").getJsonNumber("seed"));
        assertEquals(7200, edited.getInt("intervalSeconds"));
        assertTrue(edited.getBoolean("paused"));
        // what a GET returns can be PUT back as it is
        assertEquals(edited, json(admin(put("api/v1/sources/" + id, edited.toString()), 200).body()));

        JsonObject resumed = json(admin(post("api/v1/sources/" + id + "/resume", ""), 200).body());
        assertFalse(resumed.getBoolean("paused"));
        assertFalse(resumed.isNull("nextRunAt"), resumed.toString());
        JsonObject paused = json(admin(post("api/v1/sources/" + id + "/pause", ""), 200).body());
        assertTrue(paused.getBoolean("paused"));

        JsonObject check = json(admin(post("api/v1/sources/" + id + "/check", ""), 200).body());
        assertTrue(check.getBoolean("ok"), check.toString());
        assertEquals("ok", check.getString("kind"));

        admin(post("api/v1/sources/" + id + "/reset-cursor", ""), 200);

        // run now: the run record shows what was fetched
        assertEquals(202, admin(post("api/v1/sources/" + id + "/run", ""), 202).statusCode());
        JsonObject done = waitForSource(id, o -> o.getString("runState").equals("OK"), 120);
        assertTrue(done.getInt("runItems") > 0, done.toString());
        assertTrue(done.getInt("runPages") > 0, done.toString());
        assertTrue(done.getJsonNumber("totalItems").longValue() >= done.getInt("runItems"), done.toString());
        assertFalse(done.isNull("runFinishedAt"), done.toString());

        admin(HttpRequest.newBuilder(uri("api/v1/sources/" + id)).DELETE(), 204);
        assertEquals(404, send(HttpRequest.newBuilder(uri("api/v1/sources/" + id)).GET(), "admin", adminPassword()).statusCode());
    }

    @Test
    @Order(5)
    void credentialsAreTakenButNeverReturned() throws Exception {
        String name = "IT mastodon " + System.nanoTime();
        HttpResponse<String> created = admin(post("api/v1/sources", """
                {"name":"%s","type":"mastodon","config":{"instanceUrl":"http://127.0.0.1:9","hashtag":"saigon"},
                 "credentials":{"accessToken":"%s"},"paused":true}""".formatted(name, SECRET)), 201);
        assertFalse(created.body().contains(SECRET), created.body());
        JsonObject s = json(created.body());
        long id = s.getJsonNumber("id").longValue();
        assertEquals(List.of("accessToken"), strings(s.getJsonArray("credentialsSet")));
        assertFalse(s.containsKey("credentials"));

        // a blank or missing secret keeps the stored one
        HttpResponse<String> edited = admin(put("api/v1/sources/" + id, "{\"credentials\":{\"accessToken\":\"\"}}"), 200);
        assertEquals(List.of("accessToken"), strings(json(edited.body()).getJsonArray("credentialsSet")));
        HttpResponse<String> read = admin(HttpRequest.newBuilder(uri("api/v1/sources/" + id)).GET(), 200);
        HttpResponse<String> list = admin(HttpRequest.newBuilder(uri("api/v1/sources")).GET(), 200);
        // the check fails (nothing listens there) and says so, without the secret
        HttpResponse<String> check = admin(post("api/v1/sources/" + id + "/check", ""), 200);
        assertFalse(json(check.body()).getBoolean("ok"), check.body());
        // nor on the admin page
        HttpClient session = ItEnvironment.client();
        assertEquals(302, ItEnvironment.signIn(session, "admin", adminPassword()).statusCode());
        HttpResponse<String> page = ItEnvironment.get(session, "sources.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(name), "the page lists the new source");
        for (HttpResponse<String> r : List.of(edited, read, list, check, page)) {
            assertFalse(r.body().contains(SECRET), r.uri() + " shows the secret");
        }
        admin(HttpRequest.newBuilder(uri("api/v1/sources/" + id)).DELETE(), 204);
    }

    @Test
    @Order(6)
    void badInputIs400WithEveryProblem() throws Exception {
        JsonObject bad = json(admin(post("api/v1/sources",
                "{\"name\":\"IT bad\",\"type\":\"replay\",\"config\":{\"pageSize\":0}}"), 400).body());
        assertEquals("invalid source", bad.getString("detail"));
        assertEquals(List.of("pageSize must be between 1 and 1000"), strings(bad.getJsonArray("problems")));

        JsonObject notNumber = json(admin(post("api/v1/sources",
                "{\"name\":\"IT bad\",\"type\":\"replay\",\"config\":{\"pageSize\":\"many\",\"colour\":\"red\"}}"), 400).body());
        List<String> problems = strings(notNumber.getJsonArray("problems"));
        assertTrue(problems.stream().anyMatch(p -> p.contains("colour")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("not a whole number")), problems.toString());

        assertTrue(strings(json(admin(post("api/v1/sources", "{\"name\":\"IT bad\",\"type\":\"myspace\"}"), 400).body())
                .getJsonArray("problems")).get(0).startsWith("unknown type \"myspace\""));
        assertTrue(strings(json(admin(post("api/v1/sources", "{\"name\":\"IT bad\",\"type\":\"replay\",\"intervalSeconds\":1}"), 400)
                .body()).getJsonArray("problems")).get(0).startsWith("intervalSeconds must be between"));
        assertTrue(strings(json(admin(post("api/v1/sources", "{\"name\":"), 400).body()).getJsonArray("problems"))
                .get(0).startsWith("the body is not valid JSON"));
        assertTrue(strings(json(admin(post("api/v1/sources", "{\"type\":\"replay\"}"), 400).body()).getJsonArray("problems"))
                .contains("name is required"));
        // a secret for a type that takes none is refused without being echoed
        HttpResponse<String> creds = admin(post("api/v1/sources",
                "{\"name\":\"IT bad\",\"type\":\"replay\",\"credentials\":{\"password\":\"" + SECRET + "\"}}"), 400);
        assertFalse(creds.body().contains(SECRET), creds.body());
        // nothing was kept
        assertFalse(admin(HttpRequest.newBuilder(uri("api/v1/sources")).GET(), 200).body().contains("IT bad"));
    }

    @Test
    @Order(7)
    void unknownSourcesAre404() throws Exception {
        for (String path : List.of("api/v1/sources/987654321", "api/v1/sources/abc")) {
            HttpResponse<String> rsp = send(HttpRequest.newBuilder(uri(path)).GET(), "admin", adminPassword());
            assertEquals(404, rsp.statusCode(), path + " " + rsp.body());
            assertTrue(json(rsp.body()).containsKey("detail"), rsp.body());
        }
        for (String action : List.of("pause", "resume", "run", "check", "reset-cursor")) {
            assertEquals(404, send(post("api/v1/sources/987654321/" + action, ""), "admin", adminPassword()).statusCode(), action);
        }
        assertEquals(404, send(put("api/v1/sources/987654321", "{}"), "admin", adminPassword()).statusCode());
        assertEquals(404, send(HttpRequest.newBuilder(uri("api/v1/sources/987654321")).DELETE(), "admin", adminPassword()).statusCode());
    }

    @Test
    @Order(8)
    void theAdminSessionWorksAndCrossSiteWritesAreRefused() throws Exception {
        HttpClient session = ItEnvironment.client();
        assertEquals(302, ItEnvironment.signIn(session, "admin", adminPassword()).statusCode());
        assertEquals(200, session.send(HttpRequest.newBuilder(uri("api/v1/sources")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> forged = session.send(post("api/v1/sources", "{\"name\":\"IT forged\",\"type\":\"replay\",\"paused\":true}")
                .header("Origin", "http://evil.example").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode(), forged.body());
        HttpResponse<String> same = session.send(post("api/v1/sources", "{\"name\":\"IT session\",\"type\":\"replay\",\"paused\":true}")
                .header("Origin", ItEnvironment.base().toString().replaceAll("/$", "")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, same.statusCode(), same.body());
        long id = json(same.body()).getJsonNumber("id").longValue();
        assertEquals(204, session.send(HttpRequest.newBuilder(uri("api/v1/sources/" + id)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertFalse(admin(HttpRequest.newBuilder(uri("api/v1/sources")).GET(), 200).body().contains("IT forged"));

        // the page: only signed-in admins
        assertEquals(302, ItEnvironment.get(ItEnvironment.client(), "sources.xhtml").statusCode());
        Document dashboard = Jsoup.parse(ItEnvironment.get(session, "dashboard.xhtml").body());
        assertNotNull(dashboard.getElementById("nav-sources"), "admins get a link to the sources page");
    }

    @Test
    @Order(9)
    void namesAndErrorsFromUsersAreShownAsText() throws Exception {
        String evil = "<img src=x onerror=\"window.__xss=1\"> <script>window.__xss=2</script> " + System.nanoTime();
        long id = json(admin(post("api/v1/sources", Json.createObjectBuilder().add("name", evil).add("type", "replay")
                .add("paused", true).build().toString()), 201).body()).getJsonNumber("id").longValue();
        try {
            HttpClient session = ItEnvironment.client();
            assertEquals(302, ItEnvironment.signIn(session, "admin", adminPassword()).statusCode());
            Document page = Jsoup.parse(ItEnvironment.get(session, "sources.xhtml").body());
            assertTrue(page.select("img[src=x]").isEmpty(), "the name became markup");
            assertTrue(page.select("script").stream().noneMatch(s -> s.data().contains("__xss=2")), "the name became a script");
            assertTrue(page.select(".ln-source-name").stream().anyMatch(e -> e.text().equals(evil)), "the name is shown as text");
        } finally {
            admin(HttpRequest.newBuilder(uri("api/v1/sources/" + id)).DELETE(), 204);
        }
    }

    @Test
    @Order(10)
    void browserAddsRunsAndDeletesASource() throws Exception {
        Browser.assumeInstalled();
        String replayLabel = json(admin(HttpRequest.newBuilder(uri("api/v1/sources/types")).GET(), 200).body())
                .getJsonArray("types").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("type").equals("replay")).findFirst().orElseThrow().getString("displayName");
        String name = "Nguồn thử <b>" + System.nanoTime() + "</b>";
        // a name that would run script if it reached the page, or the confirmation's script, unescaped
        String evil = "x\"');window.__xss=3;//<img src=x onerror=\"window.__xss=1\"> " + System.nanoTime();
        long evilId = json(admin(post("api/v1/sources", Json.createObjectBuilder().add("name", evil).add("type", "replay")
                .add("paused", true).build().toString()), 201).body()).getJsonNumber("id").longValue();
        try (Browser browser = new Browser("vi")) {
            WebDriver web = browser.driver;
            WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(30));
            browser.open("login.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username"))).sendKeys("admin");
            web.findElement(By.id("login:password")).sendKeys(adminPassword());
            web.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-sources"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("sourcesForm:add")));
            assertTrue(web.getTitle().startsWith("Nguồn dữ liệu"), web.getTitle());
            browser.assertNoCspViolation("the sources page");

            // add: the dialog's fields come from the chosen type
            web.findElement(By.id("sourcesForm:add")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editorForm:name"))).sendKeys(name);
            // a click on the list while its panel is still opening can be lost: try the choice again then
            for (int attempt = 1; ; attempt++) {
                if (!web.findElement(By.id("editorForm:type_panel")).isDisplayed()) {
                    web.findElement(By.id("editorForm:type")).click();
                }
                wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#editorForm\\:type_panel li[data-label='" + replayLabel + "']"))).click();
                try {
                    new WebDriverWait(web, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("input[data-field='seed']")));
                    break;
                } catch (org.openqa.selenium.TimeoutException e) {
                    if (attempt == 3) {
                        browser.screenshot("sources-type-not-chosen");
                        throw e;
                    }
                }
            }
            WebElement pageSize = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("input[data-field='pageSize']")));
            assertEquals("100", pageSize.getAttribute("value"), "the type's default");
            pageSize.clear();
            pageSize.sendKeys("200");
            WebElement interval = web.findElement(By.id("editorForm:interval"));
            interval.clear();
            interval.sendKeys("30");
            web.findElement(By.cssSelector("#editorForm\\:createPaused .ui-chkbox-box")).click();
            browser.screenshot("sources-dialog");
            browser.assertNoCspViolation("the add dialog");
            web.findElement(By.id("editorForm:save")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editorForm:name")));
            By row = By.xpath("//tr[.//div[contains(@class,'ln-source-name') and normalize-space(.)="
                    + xpathLiteral(name) + "]]");
            WebElement added = wait.until(ExpectedConditions.visibilityOfElementLocated(row));
            assertTrue(added.getText().contains("Tạm dừng"), added.getText());
            assertTrue(added.getText().contains("30 phút"), added.getText());
            assertTrue(web.findElement(By.id("sourcesForm:messages")).getText().contains("Đã lưu nguồn"));
            long id = Long.parseLong(added.findElement(By.cssSelector(".ln-source-name")).getAttribute("data-source-id"));
            JsonObject saved = json(admin(HttpRequest.newBuilder(uri("api/v1/sources/" + id)).GET(), 200).body());
            assertEquals(200, saved.getJsonObject("config").getInt("pageSize"));
            assertEquals(1800, saved.getInt("intervalSeconds"));
            assertTrue(saved.getBoolean("paused"));

            // run now: the row follows the run (the page polls while it runs) until it is done
            web.findElement(row).findElement(By.cssSelector("button[id$=':run']")).click();
            // (the poll replaces the table's rows under our feet: a stale row is looked up again)
            wait.withTimeout(Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class).until(d -> {
                WebElement r = d.findElement(row);
                return r.findElement(By.cssSelector("[data-state]")).getAttribute("data-state").equals("OK")
                        && !r.findElement(By.cssSelector(".ln-run-items")).getText().equals("0");
            });
            browser.screenshot("sources");
            browser.assertNoCspViolation("the sources page while a source ran");
            assertNull(((JavascriptExecutor) web).executeScript("return window.__xss"));

            // delete, after confirming
            // (the table is re-rendered by its poll and after each action: a stale row is looked up again)
            wait.ignoring(StaleElementReferenceException.class).until(d -> {
                d.findElement(row).findElement(By.cssSelector("button[id$=':delete']")).click();
                return true;
            });
            clickWhenFree(wait, By.id("sourcesForm:confirmYes"));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(row));
            assertEquals(404, send(HttpRequest.newBuilder(uri("api/v1/sources/" + id)).GET(), "admin", adminPassword())
                    .statusCode());

            // the confirmation shows a name as text
            By evilRow = By.xpath("//tr[.//div[@data-source-id='" + evilId + "']]");
            wait.ignoring(StaleElementReferenceException.class).until(d -> {
                d.findElement(evilRow).findElement(By.cssSelector("button[id$=':delete']")).click();
                return true;
            });
            wait.until(ExpectedConditions.elementToBeClickable(By.id("sourcesForm:confirmNo")));
            assertTrue(web.findElement(By.id("sourcesForm:confirm")).getText().contains(evil),
                    web.findElement(By.id("sourcesForm:confirm")).getText());
            clickWhenFree(wait, By.id("sourcesForm:confirmNo"));
            assertNull(((JavascriptExecutor) web).executeScript("return window.__xss"));
            assertEquals(evil, wait.ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(evilRow).findElement(By.cssSelector(".ln-source-name")).getText()));

            web.findElement(By.id("topbar:lang-en")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sourcesForm:add"), "Add source"));
            browser.screenshot("sources-en");
            browser.assertNoCspViolation("the sources page in English");
        } finally {
            send(HttpRequest.newBuilder(uri("api/v1/sources/" + evilId)).DELETE(), "admin", adminPassword());
        }
    }

    // ---- helpers ----

    private static String adminPassword() {
        return ItEnvironment.get("it.admin.password");
    }

    private static java.net.URI uri(String path) {
        return ItEnvironment.base().resolve(path);
    }

    private static HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder put(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Sends with HTTP Basic (or nothing when user is null), without any session. */
    private static HttpResponse<String> send(HttpRequest.Builder b, String user, String password) throws Exception {
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return ItEnvironment.client().send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As admin over HTTP Basic; fails unless the status is the expected one. */
    private static HttpResponse<String> admin(HttpRequest.Builder b, int expected) throws Exception {
        HttpResponse<String> rsp = send(b, "admin", adminPassword());
        assertEquals(expected, rsp.statusCode(), rsp.request().method() + " " + rsp.uri() + ": " + rsp.body());
        return rsp;
    }

    private static JsonObject waitForSource(long id, java.util.function.Predicate<JsonObject> ok, int seconds)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            last = json(admin(HttpRequest.newBuilder(uri("api/v1/sources/" + id)).GET(), 200).body());
            if (ok.test(last)) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("source " + id + " did not get there in " + seconds + " s: " + last);
    }

    /**
     * Clicks once no overlay covers the element: a confirmation dialog's modal mask can still cover its
     * own buttons for a moment while the dialog shows (seen once in CI as ElementClickInterceptedException),
     * and a dialog still opening under load refuses clicks on its buttons (ElementNotInteractableException,
     * the parent of both).
     */
    private static void clickWhenFree(WebDriverWait wait, By by) {
        wait.ignoring(org.openqa.selenium.ElementNotInteractableException.class).until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    private static JsonObject json(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }

    private static List<String> strings(jakarta.json.JsonArray a) {
        return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String xpathLiteral(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        return "concat('" + s.replace("'", "',\"'\",'") + "')";
    }
}
