package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 15's search page against the real EAR and the demo data: anonymous /search goes to the sign-in
 * page; the admin searches a word, drills into a facet and back (chip), the back button and a bookmarked
 * URL give the same search again, a chart click adds its filter, a syntax error is said inline, "ket xe"
 * finds "kẹt xe", the language switch keeps the search; the ward analyst sees only its scope. No page
 * breaks the Content-Security-Policy (Browser.close). Screenshots for the user guide in both languages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchPageIT {
    private static final String KET_XE = "search?q=" + URLEncoder.encode("kẹt xe", StandardCharsets.UTF_8);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void indexed() throws Exception {
        ItEnvironment.awaitDeployment();
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject s = AdminApi.object(ItEnvironment.get(ItEnvironment.client(), "api/v1/status").body());
            if (s.getJsonNumber("documents").longValue() >= 700 && s.getJsonNumber("harvestWaiting").longValue() == 0) {
                return;
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("the demo dataset was not indexed within 240 s");
    }

    @Test
    @Order(1)
    void anAnonymousVisitorIsSentToTheSignInPage() throws Exception {
        for (String path : List.of("search", KET_XE + "&f=sentiment:negative", "post?id=x")) {
            HttpResponse<String> rsp = ItEnvironment.get(ItEnvironment.client(), path);
            assertEquals(302, rsp.statusCode(), path + ": " + rsp.body());
            String location = rsp.headers().firstValue("Location").orElse("");
            assertTrue(location.contains("login.xhtml"), path + " → " + location);
            assertFalse(rsp.body().contains("ln-hit"), "no result leaks to an anonymous visitor");
        }
    }

    @Test
    @Order(2)
    void theAdminSearchesRefinesAndComesBack() throws Exception {
        Browser.assumeInstalled();
        try (Browser browser = new Browser("vi")) {
            WebDriver web = browser.driver;
            WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(60));
            browser.signIn("admin", ItEnvironment.get("it.admin.password"));
            assertTrue(web.findElement(By.id("nav-search")).getAttribute("href").endsWith("/search"));

            // --- a word: results with the word marked
            browser.open(KET_XE);
            long all = total(web, wait);
            assertTrue(all > 0, "kẹt xe is in the demo data");
            String marked = web.findElement(By.cssSelector("#hits mark")).getText().toLowerCase();
            assertTrue(marked.contains("kẹt") || marked.contains("xe"), marked);
            assertFalse(web.findElements(By.cssSelector("#chart-volume canvas")).isEmpty(), "the volume chart is drawn");
            browser.assertNoCspViolation("search");

            // --- a facet value: URL and count change, a chip appears; removing the chip comes back
            WebElement negative = web.findElement(By.cssSelector("#facet-sentiment a[data-value=negative]"));
            String expected = negative.findElement(By.className("ln-facet-count")).getText();
            negative.click();
            wait.until(ExpectedConditions.urlContains("f=sentiment:negative"));
            long narrowed = total(web, wait);
            assertEquals(Long.parseLong(expected.replaceAll("[^0-9]", "")) >= narrowed, true, "counts include near-duplicates");
            assertTrue(narrowed < all && narrowed > 0, narrowed + " of " + all);
            assertTrue(web.findElement(By.cssSelector("#facet-sentiment a[data-value=negative]")).getAttribute("class").contains("ln-selected"));
            String bookmark = web.getCurrentUrl();
            String firstHit = web.findElement(By.cssSelector("#hits li")).getAttribute("data-id");
            web.findElement(By.cssSelector("#chips a[data-key='sentiment:negative']")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("f=sentiment")));
            assertEquals(all, total(web, wait));

            // --- the back button returns to the refinement before
            web.navigate().back();
            wait.until(ExpectedConditions.urlContains("f=sentiment:negative"));
            assertEquals(narrowed, total(web, wait));

            // --- a bookmarked URL reopened shows the same search
            browser.open("dashboard.xhtml");
            web.get(bookmark);
            assertEquals(narrowed, total(web, wait));
            assertEquals(firstHit, web.findElement(By.cssSelector("#hits li")).getAttribute("data-id"));

            // --- the region facet drills down one level and the chip names the place
            browser.open("search");
            long everything = total(web, wait);
            WebElement area = web.findElement(By.cssSelector("#facet-region a[data-value^='1/hcmc/']"));
            String areaValue = area.getAttribute("data-value");
            area.click();
            wait.until(ExpectedConditions.urlContains("f=region:" + areaValue));
            assertTrue(total(web, wait) < everything);
            List<WebElement> wards = web.findElements(By.cssSelector("#facet-region a[data-value^='2/" + areaValue.substring(2) + "/']"));
            if (!wards.isEmpty()) {
                String ward = wards.get(0).getAttribute("data-value");
                wards.get(0).click();
                wait.until(ExpectedConditions.urlContains("f=region:" + ward));
                assertFalse(web.getCurrentUrl().contains("f=region:" + areaValue + "&") || web.getCurrentUrl().endsWith("f=region:" + areaValue),
                        "the ward replaces its area: " + web.getCurrentUrl());
            }

            // --- a chart click adds that filter
            browser.open(KET_XE);
            total(web, wait);
            clickFirstItem(web, "chart-topic");
            wait.until(ExpectedConditions.urlContains("f=topic:"));
            assertTrue(total(web, wait) > 0);
            browser.assertNoCspViolation("chart click");

            // --- a syntax error is said inline, in plain words; the page stays usable
            browser.open("search?q=" + URLEncoder.encode("\"kẹt xe", StandardCharsets.UTF_8) + "&f=sentiment:negative");
            WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
            assertTrue(error.getText().contains("Không hiểu được câu tìm kiếm"), error.getText());
            String source = web.getPageSource();
            assertFalse(source.contains("SearchRequestException") || source.contains(".java:") || source.contains("at vn.langnghe"),
                    "no stack trace");
            assertTrue(web.findElement(By.id("q")).getAttribute("value").contains("kẹt xe"));
            web.findElement(By.cssSelector("#chips a[data-key='q']")).click();
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("q=")));
            assertTrue(total(web, wait) > 0, "after removing the words the filter alone answers");

            // --- diacritics ignored by default: "ket xe" finds "kẹt xe"; exact diacritics finds fewer
            browser.open("search?q=ket+xe");
            long folded = total(web, wait);
            assertTrue(folded >= all, folded + " >= " + all);
            assertTrue(web.findElement(By.id("hits")).getText().toLowerCase().contains("kẹt xe"));
            web.findElement(By.id("exact")).click();
            wait.until(ExpectedConditions.urlContains("exact=1"));
            assertTrue(total(web, wait) < folded);

            // --- typing a search and pressing Enter
            browser.open("search?f=sentiment:negative");
            total(web, wait);
            WebElement q = web.findElement(By.id("q"));
            q.sendKeys("kẹt xe\n");
            wait.until(ExpectedConditions.urlContains("q=k%E1%BA%B9t+xe"));
            // the browser's form encoding writes the colon as %3A; the page reads both
            assertTrue(web.getCurrentUrl().contains("f=sentiment%3Anegative"), "the filters stay: " + web.getCurrentUrl());
            assertEquals(narrowed, total(web, wait));

            // --- screenshots at 1280×720, then English by the language switch, which keeps the search
            web.manage().window().setSize(new Dimension(1280, 720));
            browser.open(KET_XE);
            total(web, wait);
            browser.screenshot("search-vi");
            web.findElement(By.id("topbar:lang-en")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "results"));
            assertTrue(web.getCurrentUrl().contains("q=k%E1%BA%B9t+xe"), web.getCurrentUrl());
            assertEquals(all, total(web, wait));
            browser.screenshot("search-en");
            browser.assertNoCspViolation("search in English");
        }
    }

    @Test
    @Order(3)
    void theWardAnalystSeesOnlyItsScope() throws Exception {
        Browser.assumeInstalled();
        long cityTotal;
        try (Browser browser = new Browser("vi")) {
            WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(60));
            browser.signIn("admin", ItEnvironment.get("it.admin.password"));
            browser.open("search");
            cityTotal = total(browser.driver, wait);
        }
        try (Browser browser = new Browser("vi")) {
            WebDriver web = browser.driver;
            WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(60));
            browser.signIn("phantich.q1", ItEnvironment.get("it.demo.password"));
            browser.open("dashboard.xhtml");
            long dashboard = Long.parseLong(wait.until(ExpectedConditions.presenceOfElementLocated(By.className("ln-total-number")))
                    .getText().replaceAll("[^0-9]", ""));
            browser.open("search");
            long ward = total(web, wait);
            assertTrue(ward > 0 && ward <= dashboard, ward + " in search, " + dashboard + " on the dashboard (near-duplicates once)");
            assertTrue(ward < cityTotal, ward + " < " + cityTotal);
            assertTrue(web.findElements(By.id("chart-author-box")).isEmpty(), "no author chart without clearance");
            assertTrue(web.findElements(By.id("facet-author")).isEmpty(), "no author facet without clearance");
            // a filter outside the reader's rights is refused in words, not a stack trace
            browser.open("search?f=author:someone");
            assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error"))).getText().contains("dữ liệu cá nhân"));
            browser.assertNoCspViolation("ward analyst's search");
        }
    }


    private static long total(WebDriver web, WebDriverWait wait) {
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
        return Long.parseLong(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total-number")))
                .getText().replaceAll("[^0-9]", ""));
    }

    /** Clicks the first bar of a chart where Chart.js drew it. */
    @SuppressWarnings("unchecked")
    private static void clickFirstItem(WebDriver web, String chartId) {
        WebElement canvas = new WebDriverWait(web, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + chartId + " canvas")));
        new WebDriverWait(web, Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !!(window.Chart && Chart.getChart(arguments[0]));", canvas));
        Map<String, Object> p = (Map<String, Object>) ((JavascriptExecutor) web).executeScript(
                "var c = Chart.getChart(arguments[0]); var e = c.getDatasetMeta(0).data[0];"
                        + "var base = e.base === undefined ? e.x : e.base;"
                        + "return {x: (e.x + base) / 2, y: e.y, w: arguments[0].clientWidth, h: arguments[0].clientHeight};", canvas);
        double x = ((Number) p.get("x")).doubleValue() - ((Number) p.get("w")).doubleValue() / 2;
        double y = ((Number) p.get("y")).doubleValue() - ((Number) p.get("h")).doubleValue() / 2;
        new Actions(web).moveToElement(canvas, (int) x, (int) y).click().perform();
    }
}
