package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admins' page of API clients in a real Chromium, in Vietnamese and in English: an admin registers
 * a system (a hostile description shown as text), copies the token shown once, the token opens
 * {@code /api/v1/sources}; a rotation with an overlap shows a new token and both work; the revocation,
 * after a confirmation, ends both. The header with the new link stays on one line at 1280 px. The
 * screenshots of the docs are taken on the way (ear/target/screenshots: clients-vi.png, clients-en.png).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClientsPageIT {
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final String HOSTILE = "<img src=x onerror=alert(1)> Tổng đài \"1022\" & <b>cổng</b>";

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
    void vietnamese() throws Exception {
        walkThrough("vi");
    }

    @Test
    @Order(2)
    void english() throws Exception {
        walkThrough("en");
    }

    private void walkThrough(String lang) throws Exception {
        Browser.assumeInstalled();
        try (Browser admin = new Browser(lang)) {
            try {
                steps(lang, admin);
            } catch (RuntimeException | AssertionError e) {
                admin.screenshot("failed-clients-" + lang);
                throw e;
            }
        }
    }

    private void steps(String lang, Browser admin) throws Exception {
        boolean vi = lang.equals("vi");
        String name = "it-page-" + lang + "-" + RUN;
        WebDriver web = admin.driver;
        WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(30));
        admin.signIn("admin", ItEnvironment.get("it.admin.password"));
        if (!vi) {
            web.findElement(By.id("topbar:lang-en")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav-dashboard"), "Overview"));
        }
        web.findElement(By.id("nav-clients")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("clientsForm:clients")));
        assertEquals(vi ? "Kết nối API" : "API clients", web.findElement(By.tagName("h1")).getText());
        assertHeaderOnOneLine(web);

        // --- register: a form mistake first, then the real thing
        web.findElement(By.id("clientsForm:add")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clientEditorForm:name")));
        web.findElement(By.id("clientEditorForm:name")).sendKeys("X");
        click(web, By.id("clientEditorForm:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clientEditorForm:editorMessages"),
                vi ? "chữ thường không dấu" : "lower-case letters a-z"));
        WebElement field = web.findElement(By.id("clientEditorForm:name"));
        field.clear();
        field.sendKeys(name);
        web.findElement(By.id("clientEditorForm:description")).sendKeys(HOSTILE);
        js(web, "PF('clientUnitMenu').selectValue('ward-26740')");
        // posts:read is ticked for a new client; sources:admin as well, for the API call below
        click(web, By.cssSelector("label[for='clientEditorForm:permissions:3']"));
        WebElement rate = web.findElement(By.id("clientEditorForm:rate"));
        rate.clear();
        rate.sendKeys("120");
        click(web, By.id("clientEditorForm:save"));

        // --- the token, once, with a warning and a copy button
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedForm:token")));
        String token = web.findElement(By.id("issuedForm:token")).getAttribute("value");
        assertTrue(token.matches("ln_[a-z0-9]{12}_[A-Za-z0-9_-]{43}"), token);
        String dialog = web.findElement(By.id("issuedForm")).getText();
        assertTrue(dialog.contains(name), dialog);
        assertTrue(dialog.contains(vi ? "chỉ hiện một lần" : "shown only this once"), dialog);
        web.findElement(By.id("issuedForm:copy")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("copied")));
        assertEquals(token, selected(web), "the copy button copies the token (the field's selection)");
        web.findElement(By.id("issuedForm:done")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("issuedForm:token")));
        assertTrue(!web.getPageSource().contains(token.substring(16)), "the token is gone from the page");

        String row = row(web, wait, name);
        assertTrue(row.contains(HOSTILE), "the description as text: " + row);
        assertTrue(row.contains(vi ? "Đang hoạt động" : "Active"), row);
        assertTrue(row.contains("ln_" + token.substring(3, 15) + "_…"), row);
        assertTrue(row.contains(vi ? "Đọc bài viết, Quản trị nguồn dữ liệu" : "Read posts, Administer sources"), row);
        assertEquals(List.of(), js(web, "return window.__dialogs"), "no script of the description ran");

        // --- the copied token works on the API
        assertEquals(200, api(token).statusCode());

        // --- rotate with an overlap: a new token, shown once; both work
        rowButton(web, name, "rotate").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rotateForm:overlap")));
        WebElement overlap = web.findElement(By.id("rotateForm:overlap"));
        overlap.clear();
        overlap.sendKeys("1");
        web.findElement(By.id("rotateForm:yes")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedForm:token")));
        String rotated = wait.until(d -> {
            String v = d.findElement(By.id("issuedForm:token")).getAttribute("value");
            return v != null && !v.isEmpty() ? v : null;
        });
        assertNotEquals(token, rotated);
        web.findElement(By.id("issuedForm:done")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("issuedForm:token")));
        assertEquals(200, api(token).statusCode(), "the old token in its overlap");
        assertEquals(200, api(rotated).statusCode());
        row = row(web, wait, name);
        assertTrue(row.contains("ln_" + rotated.substring(3, 15) + "_…"), row);
        assertTrue(row.contains(vi ? "Mã cũ còn dùng được đến" : "Old token works until"), row);
        admin.screenshot("clients-" + lang);

        // --- revoke, after a confirmation: both tokens are refused
        rowButton(web, name, "revoke").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("revokeForm:yes")));
        assertTrue(web.findElement(By.id("revokeForm")).getText().contains(name));
        web.findElement(By.id("revokeForm:yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("clientsForm:messages"), name));
        row = row(web, wait, name);
        assertTrue(row.contains(vi ? "Đã thu hồi" : "Revoked"), row);
        for (String t : List.of(token, rotated)) {
            HttpResponse<String> refused = api(t);
            assertEquals(401, refused.statusCode(), refused.body());
            JsonObject p = AdminApi.object(refused.body());
            assertEquals("/api/v1/problems/token-revoked", p.getString("type"));
        }
        admin.assertNoCspViolation("the API clients page (" + lang + ")");
    }

    /** The header's links, language switch and sign-out sit on one line. */
    private static void assertHeaderOnOneLine(WebDriver web) {
        Object lines = js(web, """
                var tops = {};
                document.querySelectorAll('header.ln-header a, header.ln-header button, header.ln-header .ln-brand')
                    .forEach(function (e) { var r = e.getBoundingClientRect(); if (r.height > 0) tops[Math.round(r.top + r.height / 2)] = 1; });
                var centres = Object.keys(tops).map(Number);
                return Math.max.apply(null, centres) - Math.min.apply(null, centres);""");
        assertTrue(((Number) lines).intValue() <= 12, "the header wraps: its items' centres differ by " + lines + " px");
    }

    private static String selected(WebDriver web) {
        return String.valueOf(js(web, "var e = document.getElementById('issuedForm:token');"
                + " return e.value.substring(e.selectionStart, e.selectionEnd);"));
    }

    private static String row(WebDriver web, WebDriverWait wait, String name) {
        return wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(
                By.xpath("//tbody[@id='clientsForm:clients_data']/tr[.//span[contains(@class,'ln-client-name')][normalize-space(.)='"
                        + name + "']]")).getText());
    }

    private static WebElement rowButton(WebDriver web, String name, String action) {
        return web.findElement(By.xpath("//tbody[@id='clientsForm:clients_data']/tr[.//span[contains(@class,'ln-client-name')]"
                + "[normalize-space(.)='" + name + "']]//button[substring(@id, string-length(@id) - "
                + action.length() + ") = ':" + action + "']"));
    }

    private static HttpResponse<String> api(String token) throws Exception {
        return ItEnvironment.client().send(HttpRequest.newBuilder(URI.create(ItEnvironment.base() + "api/v1/sources"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Object js(WebDriver web, String script, Object... args) {
        return ((JavascriptExecutor) web).executeScript(script, args);
    }

    /** Clicks an element of a dialog whose content scrolls (it fits the window). */
    private static void click(WebDriver web, By by) {
        WebElement e = web.findElement(by);
        js(web, "arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }
}
