package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Saved queries in a real Chromium (issue 15). The demo analyst of the ward of Sài Gòn saves the search
 * page's URL state ({@code ?new=1&q=kẹt xe&f=sentiment:negative&from=7d}) as a private query, finds it
 * listed with a link to {@code /search?} and the same state, shares it with her unit; a colleague of the
 * same unit sees it read-only and duplicates it, a user of another unit does not see it; she deletes it
 * after a confirmation. Bad states save nothing; a hostile name is shown as text. Every change is in the
 * audit trail. Screenshots for the user guide (vi, en) are taken on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SavedQueriesPageIT {
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final String OWNER = "phantich.q1";
    private static final String COLLEAGUE = "it.saved.colleague." + RUN;
    private static final String STRANGER = "it.saved.stranger." + RUN;
    /** The canonical state of {@code q=kẹt xe&f=sentiment:negative&from=7d}, as the open link carries it. */
    private static final String STATE = "q=k%E1%BA%B9t%20xe&f=sentiment%3Anegative&from=7d";
    private static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)> Đêm \"nguy\" & 'hiểm'";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void accounts() throws Exception {
        ItEnvironment.awaitDeployment();
        // a colleague in the owner's unit and a user of another unit, each past the first-password change
        for (String[] a : List.of(new String[] {COLLEAGUE, "ward-26740", "analyst"}, new String[] {STRANGER, "so-xay-dung", "analyst"})) {
            String generated = AuthorisationMatrixIT.issuePassword(a[0], a[1], a[2]);
            HttpClient session = ItEnvironment.client();
            assertEquals(302, ItEnvironment.signIn(session, a[0], generated).statusCode(), a[0]);
            AuthorisationMatrixIT.changePassword(session, generated);
        }
    }

    @Test
    void saveShareDuplicateDelete() throws Exception {
        Browser.assumeInstalled();
        try (Browser owner = new Browser("vi"); Browser colleague = new Browser("en"); Browser stranger = new Browser("vi")) {
            try {
                steps(owner, colleague, stranger);
            } catch (RuntimeException | AssertionError e) {
                owner.screenshot("failed-saved-owner");
                colleague.screenshot("failed-saved-colleague");
                stranger.screenshot("failed-saved-stranger");
                throw e;
            }
        }
    }

    private void steps(Browser owner, Browser colleague, Browser stranger) throws Exception {
        WebDriver web = owner.driver;
        WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(30));
        owner.signIn(OWNER, ItEnvironment.get("it.demo.password"));
        assertEquals(1, web.findElements(By.id("nav-saved")).size(), "the nav link for every signed-in role");

        // --- bad states: a clear refusal, no dialog, nothing saved
        owner.open("saved-queries.xhtml?new=1&q=a&f=nosuchfacet:x");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("savedForm:messages")));
        assertTrue(text(web, "savedForm:messages").contains("Tìm kiếm có một bộ lọc không tồn tại"), text(web, "savedForm:messages"));
        assertFalse(web.findElement(By.id("editorForm:name")).isDisplayed(), "no dialog for a bad state");
        owner.open("saved-queries.xhtml?new=1&q=a&from=h%C3%B4m-qua");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("savedForm:messages")));
        assertTrue(text(web, "savedForm:messages").contains("Thời gian không hợp lệ"), text(web, "savedForm:messages"));
        assertFalse(web.findElement(By.id("editorForm:name")).isDisplayed());

        // --- the search page's save link: the dialog, prefilled with the state in words
        // as the search page links it, typed as a person would: the browser encodes the address
        web.get(ItEnvironment.base() + "saved-queries.xhtml?new=1&q=kẹt xe&f=sentiment:negative&from=7d&page=3");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editorForm:name")));
        String summary = text(web, "editorForm:summary");
        assertTrue(summary.contains("“kẹt xe”") && summary.contains("Sắc thái: Tiêu cực") && summary.contains("7 ngày qua"), summary);
        web.findElement(By.id("editorForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editorForm:editorMessages"), "Hãy đặt tên"));
        String name = "Kẹt xe tiêu cực " + RUN;
        web.findElement(By.id("editorForm:name")).sendKeys(name);
        web.findElement(By.id("editorForm:description")).sendKeys("Theo dõi phản ánh giao thông & ngập");
        owner.screenshot("saved-queries-new-vi");
        web.findElement(By.id("editorForm:save")).click();
        wait.until(ExpectedConditions.urlContains("saved="));
        long id = Long.parseLong(web.getCurrentUrl().replaceAll(".*saved=(\\d+).*", "$1"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("justSavedOpen")));
        assertTrue(text(web, "justSavedNote").contains(name));
        String href = web.findElement(By.id("justSavedOpen")).getAttribute("href");
        assertEquals(ItEnvironment.base().resolve("search?" + STATE).toString(), href, "the same state, paging dropped");
        WebElement row = row(web, wait, id);
        assertTrue(row.getText().contains(name) && row.getText().contains("Riêng tư") && row.getText().contains(OWNER), row.getText());
        assertEquals(href, row.findElement(By.cssSelector("a.ln-saved-open")).getAttribute("href"));
        assertFalse(AdminApi.auditDetails("saved-query.create", "saved-query:" + id).isEmpty(), "create audited");

        // --- a hostile name is text, nothing runs
        owner.open("saved-queries.xhtml?new=1&q=%3Cscript%3E");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editorForm:name")));
        web.findElement(By.id("editorForm:name")).sendKeys(HOSTILE);
        web.findElement(By.id("editorForm:save")).click();
        wait.until(ExpectedConditions.urlContains("saved="));
        long hostileId = Long.parseLong(web.getCurrentUrl().replaceAll(".*saved=(\\d+).*", "$1"));
        WebElement hostileRow = row(web, wait, hostileId);
        assertTrue(hostileRow.getText().contains(HOSTILE), hostileRow.getText());
        assertTrue(text(web, "justSavedNote").contains(HOSTILE));
        assertEquals(0L, ((JavascriptExecutor) web).executeScript("return document.querySelectorAll('.ln-saved img, .ln-saved script').length"));
        assertEquals(List.of(), ((JavascriptExecutor) web).executeScript("return window.__dialogs"), "no script of the name ran");
        owner.assertNoCspViolation("saved queries with a hostile name");

        // --- the owner edits: a new name, shared with her unit
        row(web, wait, id).findElement(By.cssSelector("button[id$=':edit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editorForm:name")));
        wait.until(ExpectedConditions.attributeToBe(By.id("editorForm:name"), "value", name));
        String shared = name + " (chia sẻ)";
        WebElement nameInput = web.findElement(By.id("editorForm:name"));
        nameInput.clear();
        nameInput.sendKeys(shared);
        web.findElement(By.cssSelector("label[for='editorForm:visibility:1']")).click();
        web.findElement(By.id("editorForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("savedForm:messages"), "Đã lưu thay đổi"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editorForm:name")));
        row = row(web, wait, id);
        assertTrue(row.getText().contains(shared) && row.getText().contains("Cả đơn vị"), row.getText());
        List<String> update = AdminApi.auditDetails("saved-query.update", "saved-query:" + id);
        assertTrue(update.get(0).contains("visibility private → unit"), update.toString());
        js(web, "window.scrollTo(0, 0)");
        owner.screenshot("saved-queries-vi");

        // --- a colleague of the same unit: sees it read-only, duplicates it
        WebDriver c = colleague.driver;
        WebDriverWait cw = new WebDriverWait(c, Duration.ofSeconds(30));
        colleague.signIn(COLLEAGUE, AuthorisationMatrixIT.NEW_PASSWORD);
        c.findElement(By.id("topbar:lang-en")).click();
        cw.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav-saved"), "Saved queries"));
        c.findElement(By.id("nav-saved")).click();
        WebElement theirs = row(c, cw, id);
        assertTrue(theirs.getText().contains(shared) && theirs.getText().contains("Whole unit"), theirs.getText());
        assertTrue(theirs.findElements(By.cssSelector("button[id$=':delete']")).isEmpty(), "only the owner deletes");
        assertTrue(c.findElements(By.cssSelector("a[data-saved-id='" + hostileId + "']")).isEmpty(), "private stays private");
        theirs.findElement(By.cssSelector("button[id$=':edit']")).click();
        cw.until(ExpectedConditions.visibilityOfElementLocated(By.id("editorForm:readOnlyNote")));
        assertTrue(text(c, "editorForm:readOnlyNote").contains(OWNER));
        assertEquals("true", c.findElement(By.id("editorForm:name")).getAttribute("readonly"));
        assertTrue(c.findElements(By.id("editorForm:save")).isEmpty(), "no save for a colleague");
        c.findElement(By.id("editorForm:cancel")).click();
        cw.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editorForm:name")));
        row(c, cw, id).findElement(By.cssSelector("button[id$=':duplicate']")).click();
        String copyName = "Copy of " + shared;
        cw.until(ExpectedConditions.textToBePresentInElementLocated(By.id("savedForm:messages"), copyName));
        cw.until(d -> d.findElement(By.id("savedForm:saved_data")).getText().contains(copyName));
        js(c, "window.scrollTo(0, 0)");
        colleague.screenshot("saved-queries-en");

        // --- a user of another unit sees none of it
        stranger.signIn(STRANGER, AuthorisationMatrixIT.NEW_PASSWORD);
        stranger.open("saved-queries.xhtml");
        WebDriverWait sw = new WebDriverWait(stranger.driver, Duration.ofSeconds(30));
        sw.until(ExpectedConditions.presenceOfElementLocated(By.id("savedEmpty")));
        assertTrue(text(stranger.driver, "savedEmpty").contains("Chưa có truy vấn nào"), text(stranger.driver, "savedEmpty"));
        assertFalse(stranger.driver.getPageSource().contains("Kẹt xe tiêu cực " + RUN), "nothing of the other unit's queries");
        stranger.screenshot("saved-queries-empty-vi");
        // nor by address: a hand-made ?saved=<id> names nothing
        stranger.open("saved-queries.xhtml?saved=" + id);
        sw.until(ExpectedConditions.presenceOfElementLocated(By.id("savedEmpty")));
        assertTrue(stranger.driver.findElements(By.id("justSavedOpen")).isEmpty());

        // --- the owner deletes, after a confirmation; the colleague's copy stays
        owner.open("saved-queries.xhtml");
        row(web, wait, id).findElement(By.cssSelector("button[id$=':delete']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmDeleteForm:yes")));
        assertTrue(text(web, "confirmDeleteForm").contains(shared));
        web.findElement(By.id("confirmDeleteForm:no")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirmDeleteForm:yes")));
        assertTrue(row(web, wait, id).isDisplayed(), "kept when the answer is no");
        row(web, wait, id).findElement(By.cssSelector("button[id$=':delete']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmDeleteForm:yes")));
        web.findElement(By.id("confirmDeleteForm:yes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("savedForm:messages"), "Đã xoá truy vấn"));
        wait.until(d -> d.findElements(By.cssSelector("a[data-saved-id='" + id + "']")).isEmpty());
        assertFalse(AdminApi.auditDetails("saved-query.delete", "saved-query:" + id).isEmpty(), "delete audited");
        colleague.driver.navigate().refresh();
        cw.until(d -> d.findElement(By.id("savedForm:saved_data")).getText().contains(copyName));
        assertTrue(colleague.driver.findElements(By.cssSelector("a[data-saved-id='" + id + "']")).isEmpty());
        owner.assertNoCspViolation("saved queries");
    }

    /** An admin has every link of the header; at 1280 px it still holds on one line, in both languages. */
    @Test
    void theAdminsHeaderHoldsOnOneLine() throws Exception {
        Browser.assumeInstalled();
        try (Browser admin = new Browser("vi")) {
            admin.signIn("admin", ItEnvironment.get("it.admin.password"));
            admin.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 720));
            admin.open("saved-queries.xhtml");
            WebDriverWait wait = new WebDriverWait(admin.driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-saved")));
            assertOneLine(admin, "vi");
            admin.driver.findElement(By.id("topbar:lang-en")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nav-saved"), "Saved queries"));
            assertOneLine(admin, "en");
        }
    }

    private static void assertOneLine(Browser b, String lang) {
        Number header = (Number) js(b.driver, "return document.querySelector('.ln-header').getBoundingClientRect().height");
        Number overflow = (Number) js(b.driver, "var h = document.querySelector('.ln-header'); return h.scrollWidth - h.clientWidth");
        b.screenshot("saved-queries-admin-header-" + lang);
        assertTrue(header.doubleValue() < 70 && overflow.intValue() <= 0, lang + ": header " + header + " px high, " + overflow + " px too wide");
    }

    /** The row of a saved query, once the table shows it. */
    private static WebElement row(WebDriver web, WebDriverWait wait, long id) {
        return wait.ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[@data-saved-id='" + id + "']/ancestor::tr[1]")));
    }

    private static String text(WebDriver web, String id) {
        return web.findElement(By.id(id)).getText();
    }

    private static Object js(WebDriver web, String script) {
        return ((JavascriptExecutor) web).executeScript(script);
    }

}
