package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
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
 * The admins' pages in a real Chromium, in Vietnamese and in English: an admin creates a unit and an
 * account, the new user signs in with the one-time password and must change it, the admin narrows the
 * unit's scope to a ward and the user's dashboard total changes, grants the personal-data clearance
 * and the user's "my account" says so, and disabling the account ends the user's open session at the
 * next click. The screenshots of the docs are taken on the way (ear/target/screenshots).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminPagesIT {
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final String NEW_PASSWORD = "Song-Sai-Gon-chieu-" + RUN;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void indexed() throws Exception {
        ItEnvironment.awaitDeployment();
        // the demo dataset must be in the index for the dashboard totals to mean something
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
    void vietnamese() throws Exception {
        walkThrough("vi", "Tổ dân phố thử nghiệm " + RUN);
    }

    @Test
    @Order(2)
    void english() throws Exception {
        walkThrough("en", "Tổ thử nghiệm tiếng Anh " + RUN);
    }

    private void walkThrough(String lang, String unitName) throws Exception {
        Browser.assumeInstalled();
        String unit = "ward-it-" + lang + "-" + RUN;
        String user = "it.page." + lang + "." + RUN;
        try (Browser admin = new Browser(lang); Browser person = new Browser(lang)) {
            try {
                steps(lang, unitName, unit, user, admin, person);
            } catch (RuntimeException | AssertionError e) {
                admin.screenshot("failed-admin-" + lang);
                person.screenshot("failed-person-" + lang);
                throw e;
            }
        }
    }

    private void steps(String lang, String unitName, String unit, String user, Browser admin, Browser person)
            throws Exception {
        {
            WebDriver web = admin.driver;
            WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(30));
            admin.signIn("admin", ItEnvironment.get("it.admin.password"));
            if (lang.equals("en")) {
                web.findElement(By.id("topbar:lang-en")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav-dashboard"), "Overview"));
            }

            // --- a new unit under the former Quận 1, through the page's dialog
            web.findElement(By.id("nav-units")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unitForm:tree")));
            assertTrue(web.findElement(By.tagName("h1")).getText().contains(lang.equals("vi") ? "Đơn vị" : "Units"));
            // the standing unit is a top-level node: selecting it shows its scope
            clickNode(web, wait, "Ban quản trị Lắng Nghe");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unitCode"), "city-admin"));
            assertTrue(web.findElement(By.id("currentScope")).getText()
                    .contains(lang.equals("vi") ? "Toàn thành phố" : "Whole city"));
            admin.screenshot("units-" + lang);

            web.findElement(By.id("unitForm:add")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("newUnitForm:code")));
            web.findElement(By.id("newUnitForm:code")).sendKeys("Bad Code");
            web.findElement(By.id("newUnitForm:name")).sendKeys(unitName);
            js(web, "PF('parentMenu').selectValue('area-q1')");
            web.findElement(By.id("newUnitForm:create")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("newUnitForm:newUnitMessages"),
                    lang.equals("vi") ? "Chữ thường không dấu" : "Lower-case letters a-z"));
            WebElement code = web.findElement(By.id("newUnitForm:code"));
            code.clear();
            code.sendKeys(unit);
            web.findElement(By.id("newUnitForm:create")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unitCode"), unit));
            assertTrue(web.findElement(By.id("currentScope")).getText().contains("Quận 1 (cũ) (q1)"),
                    "the parent's scope: " + web.findElement(By.id("currentScope")).getText());

            // --- an account of that unit, with a one-time password
            web.findElement(By.id("nav-accounts")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accountsForm:accounts")));
            web.findElement(By.id("accountsForm:add")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editorForm:username")));
            web.findElement(By.id("editorForm:username")).sendKeys(user);
            web.findElement(By.id("editorForm:displayName")).sendKeys("Nguyễn <i>Thử</i> " + lang);
            js(web, "PF('accountUnitMenu').selectValue('" + unit + "')");
            web.findElement(By.id("editorForm:save")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedForm:password")));
            String password = web.findElement(By.id("issuedForm:password")).getAttribute("value");
            assertTrue(password.length() >= 12, password);
            assertTrue(web.findElement(By.id("issuedForm")).getText().contains(user));
            web.findElement(By.id("issuedForm:copy")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("copied")));
            admin.screenshot("accounts-password-" + lang);
            web.findElement(By.id("issuedForm:done")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("issuedForm:password")));
            filterAccounts(web, wait, user);
            String row = wait.ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("accountsForm:accounts_data")).getText());
            assertTrue(row.contains("Nguyễn <i>Thử</i> " + lang), "the name as text, escaped: " + row);
            assertTrue(row.contains(lang.equals("vi") ? "Phải đổi mật khẩu" : "Must change password"), row);
            filterAccounts(web, wait, "");
            admin.screenshot("accounts-" + lang);

            // --- the new user signs in and must choose a password first
            WebDriver p = person.driver;
            WebDriverWait pw = new WebDriverWait(p, Duration.ofSeconds(30));
            person.signIn(user, password);
            pw.until(ExpectedConditions.presenceOfElementLocated(By.id("change-required")));
            if (lang.equals("en")) {
                // Vietnamese whatever the browser asks for, until the user switches
                assertTrue(p.findElement(By.id("meRoles")).getText().contains("Chuyên viên phân tích"));
                p.findElement(By.id("topbar:lang-en")).click();
                pw.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meRoles"), "Analyst"));
            }
            assertTrue(p.getCurrentUrl().endsWith("/password.xhtml"), p.getCurrentUrl());
            assertTrue(p.findElement(By.id("meUnit")).getText().contains(unitName));
            assertTrue(p.findElement(By.id("meRoles")).getText().contains(lang.equals("vi") ? "Chuyên viên phân tích" : "Analyst"));
            assertTrue(p.findElement(By.id("meScope")).getText().contains("Quận 1 (cũ) (q1)"));
            assertTrue(p.findElement(By.id("meClearance")).getText().contains(lang.equals("vi") ? "Không được" : "No personal-data"));
            person.screenshot("my-account-" + lang);
            p.findElement(By.id("password:current")).sendKeys(password);
            p.findElement(By.id("password:chosen")).sendKeys(NEW_PASSWORD);
            p.findElement(By.id("password:repeated")).sendKeys(NEW_PASSWORD);
            p.findElement(By.id("password:submit")).click();
            pw.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
            long q1Total = total(p);

            // --- the admin narrows the unit's scope to one ward: the user's total changes
            admin.open("units.xhtml?unit=" + unit);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unitCode"), unit));
            js(web, "PF('areasMenu').uncheckAll(); PF('wardsMenu').selectValue('26737')");
            web.findElement(By.id("unitForm:saveScope")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("currentScope"), "(26737)"));
            assertFalse(web.findElement(By.id("currentScope")).getText().contains("(q1)"));
            p.navigate().refresh();
            pw.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
            long wardTotal = total(p);
            assertTrue(wardTotal > 0 && wardTotal < q1Total, "ward " + wardTotal + " of q1 " + q1Total);

            // --- the clearance, with its reason
            js(web, "PF('clearanceSwitch').check()");
            web.findElement(By.id("unitForm:saveClearance")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unitForm:editor"),
                    lang.equals("vi") ? "Hãy ghi lý do" : "Give the reason"));
            js(web, "PF('clearanceSwitch').check()");
            web.findElement(By.id("unitForm:reason")).sendKeys("Quyết định thử nghiệm " + RUN);
            web.findElement(By.id("unitForm:saveClearance")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unitForm:messages"),
                    lang.equals("vi") ? "Đã cấp quyền" : "clearance granted"));
            js(web, "window.scrollTo(0, 0)");
            admin.screenshot("units-scope-" + lang);
            person.open("password.xhtml");
            pw.until(ExpectedConditions.presenceOfElementLocated(By.id("meClearance")));
            assertTrue(p.findElement(By.id("meClearance")).getText().contains(lang.equals("vi") ? "Được xem" : "May see"));
            assertTrue(p.findElement(By.id("meScope")).getText().contains("(26737)"));
            if (lang.equals("en")) {
                person.screenshot("my-account-en");
            }

            // --- a reset on the page gives a new one-time password
            admin.open("accounts.xhtml");
            filterAccounts(web, wait, user);
            click(wait, By.cssSelector("[id$=':reset']"));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmResetForm:yes"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedForm:password")));
            assertFalse(password.equals(web.findElement(By.id("issuedForm:password")).getAttribute("value")));
            web.findElement(By.id("issuedForm:done")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("issuedForm:password")));

            // --- disabling ends the user's open session at the next click
            person.open("dashboard.xhtml");
            pw.until(ExpectedConditions.presenceOfElementLocated(By.id("change-required")));
            filterAccounts(web, wait, user);
            click(wait, By.cssSelector("[id$=':toggle']"));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmToggleForm:yes"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountsForm:accounts_data"),
                    lang.equals("vi") ? "Đã vô hiệu hoá" : "Disabled"));
            p.findElement(By.id("topbar:lang-" + (lang.equals("vi") ? "en" : "vi"))).click();
            pw.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
            assertTrue(p.getCurrentUrl().endsWith("/login.xhtml"), p.getCurrentUrl());
            person.open("password.xhtml");
            pw.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        }
    }


    private static void clickNode(WebDriver web, WebDriverWait wait, String label) {
        By node = By.xpath("//*[@id='unitForm:tree']//span[contains(@class,'ui-treenode-label')][normalize-space(.)='" + label + "']");
        wait.until(ExpectedConditions.elementToBeClickable(node)).click();
    }

    private static void filterAccounts(WebDriver web, WebDriverWait wait, String text) {
        WebElement search = web.findElement(By.id("accountsForm:text"));
        search.clear();
        search.sendKeys(text);
        String before = web.findElement(By.id("accountsForm:accounts_data")).getText();
        web.findElement(By.id("accountsForm:filter")).click();
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return PrimeFaces.ajax.Queue.isEmpty()"));
        if (!text.isEmpty()) {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountsForm:accounts_data"), text));
        } else {
            wait.until(d -> !d.findElement(By.id("accountsForm:accounts_data")).getText().equals(before)
                    || d.findElement(By.id("accountsForm:accounts_data")).getText().contains("admin"));
        }
    }

    /** Clicks an element of a table that Ajax may render again meanwhile. */
    private static void click(WebDriverWait wait, By by) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    private static long total(WebDriver web) {
        return Long.parseLong(web.findElement(By.className("ln-total-number")).getText().replaceAll("[^0-9]", ""));
    }

    private static void js(WebDriver web, String script) {
        ((JavascriptExecutor) web).executeScript(script);
    }
}
