package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14's audit page against the real EAR (Payara, PostgreSQL when reachable): failed and successful
 * sign-ins are recorded and shown, filtering by account (in the URL) works, five failed sign-ins for one
 * account raise the flag with its reason, a hostile username is shown as text, the CSV downloads with the
 * browser's session and parses (BOM, header, the rows, formula neutralised), the download is itself
 * audited, and a non-admin is refused the page and the CSV. In Vietnamese and English; screenshots for
 * the user guide.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditPageIT {
    /** A made-up account: its failures are the only rows with this actor. */
    private static final String GUESSED = "ke-do-" + Long.toHexString(System.nanoTime());
    private static final String HOSTILE = "=HYPERLINK(\"x\")<script>alert(1)</script>";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void deployed() throws Exception {
        ItEnvironment.awaitDeployment();
    }

    /**
     * Searches and exports are recorded by pages still to come: on PostgreSQL (which another process may
     * open while Payara runs) a week of them is appended to the trail the way the application appends
     * (the same appender, under the chain's lock), so the usage charts and the export flag have data.
     * The account {@code bao.cax} exports 30,000 rows today after a month of 100 a day.
     */
    private static boolean seededUsage;

    @Test
    @Order(0)
    void usageOfAMonth() throws Exception {
        String url = ItEnvironment.get("it.db.url");
        if (!url.startsWith("jdbc:postgresql:")) {
            return;
        }
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(System.getenv().getOrDefault("LANGNGHE_IT_PG_USER", "postgres"));
        java.time.LocalDate today = java.time.LocalDate.now(vn.langnghe.audit.AuditFilter.CITY);
        List<vn.langnghe.audit.AuditRecord> events = new ArrayList<>();
        String[][] units = {{"so-xay-dung", "lan.sxd", "9"}, {"so-y-te", "minh.syt", "6"}, {"cong-an-tp", "bao.cax", "4"},
                {"so-giao-duc-dao-tao", "hoa.sgd", "2"}};
        for (int day = 30; day >= 0; day--) {
            for (String[] u : units) {
                int searches = Integer.parseInt(u[2]) + (day * 7 + u[0].length()) % 5;
                for (int i = 0; i < searches; i++) {
                    events.add(event(today.minusDays(day).atTime(8 + i % 9, 10 + i), u[1], u[0], "search",
                            "q=\"ngập nước\" region=hcmc"));
                }
                long rows = u[1].equals("bao.cax") && day == 0 ? 30_000 : 100;
                if (day % 2 == 0 || u[1].equals("bao.cax")) {
                    events.add(event(today.minusDays(day).atTime(16, 30), u[1], u[0], "export", "rows=" + rows + " format=xlsx"));
                }
            }
        }
        new vn.langnghe.audit.AuditAppender(ds).append(events);
        seededUsage = true;
    }

    private static vn.langnghe.audit.AuditRecord event(java.time.LocalDateTime cityTime, String actor, String unit,
                                                       String action, String detail) {
        java.time.LocalDateTime at = cityTime.isAfter(java.time.LocalDateTime.now(vn.langnghe.audit.AuditFilter.CITY))
                ? java.time.LocalDateTime.now(vn.langnghe.audit.AuditFilter.CITY).minusMinutes(5) : cityTime;
        return new vn.langnghe.audit.AuditRecord(at.atZone(vn.langnghe.audit.AuditFilter.CITY).toInstant(), actor, unit,
                action, null, "10.20.30.40", vn.langnghe.audit.Outcome.OK, detail);
    }

    @Test
    @Order(1)
    void signInsFailAndSucceed() throws Exception {
        HttpClient client = ItEnvironment.client();
        // five wrong sign-ins: the most the sign-in rate limit lets through for one username in a minute,
        // and the flag's threshold
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> rsp = ItEnvironment.signIn(client, GUESSED, "wrong-" + i);
            assertEquals(200, rsp.statusCode(), "a refused sign-in shows the page again");
        }
        assertEquals(200, ItEnvironment.signIn(ItEnvironment.client(), HOSTILE, "wrong").statusCode());
        assertEquals(302, ItEnvironment.signIn(ItEnvironment.client(), "admin", ItEnvironment.get("it.admin.password")).statusCode());
    }

    @Test
    @Order(2)
    void aNonAdminIsRefusedThePageAndTheCsv() throws Exception {
        HttpClient analyst = ItEnvironment.client();
        assertEquals(302, ItEnvironment.signIn(analyst, "phantich.q1", ItEnvironment.get("it.demo.password")).statusCode());
        HttpResponse<String> page = ItEnvironment.get(analyst, "audit.xhtml");
        assertEquals(403, page.statusCode());
        assertFalse(page.body().contains(GUESSED), "nothing of the trail in the refusal");
        HttpResponse<String> csv = ItEnvironment.get(analyst, "audit/export.csv?account=" + GUESSED);
        assertEquals(403, csv.statusCode());
        assertFalse(csv.body().contains(GUESSED));
        assertFalse(ItEnvironment.get(analyst, "dashboard.xhtml").body().contains("nav-audit"), "no link to it either");
        // without a sign-in, the CSV is not served either
        assertTrue(ItEnvironment.get(ItEnvironment.client(), "audit/export.csv").statusCode() != 200);
    }

    @Test
    @Order(3)
    void adminSeesFiltersFlagsAndDownloadsTheCsv() throws Exception {
        Browser.assumeInstalled();
        try (Browser browser = new Browser("vi")) {
            WebDriver web = browser.driver;
            WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(60));
            browser.open("login.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
            web.findElement(By.id("login:username")).sendKeys("admin");
            web.findElement(By.id("login:password")).sendKeys(ItEnvironment.get("it.admin.password"));
            web.findElement(By.id("login:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-audit")));

            // the whole trail of the week, newest first, in Vietnamese
            web.findElement(By.id("nav-audit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logForm:log")));
            assertTrue(web.getTitle().startsWith("Nhật ký kiểm toán"), web.getTitle());
            String all = web.findElement(By.id("logForm:log")).getText();
            assertTrue(all.contains("login"), all);
            assertTrue(all.contains("Bị từ chối") && all.contains("Thành công"), "outcome badges: " + all);
            String flags = web.findElement(By.id("flags")).getText();
            assertTrue(flags.contains("5 lần đăng nhập sai vào tài khoản " + GUESSED), flags);
            assertTrue(flags.contains("Nhiều lần đăng nhập sai"), flags);
            assertTrue(flags.contains("cảnh báo từ 5 lần trong 15 phút"), flags);
            // the hostile username is text, not markup: no script element came from it
            assertTrue(web.findElement(By.id("logForm:log")).getText().contains("<script>alert(1)</script>")
                    || flags.contains("<script>"), "the hostile name shown as text");
            assertEquals(0, web.findElements(By.xpath("//script[contains(., 'alert(1)')]")).size());
            if (seededUsage) {
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#searchesChart canvas")));
                assertEquals(3, web.findElements(By.cssSelector(".ln-chart canvas")).size(), "three charts drawn");
                String top = web.findElement(By.id("topUnits")).getText();
                assertTrue(top.indexOf("so-xay-dung") < top.indexOf("so-giao-duc-dao-tao"), "busiest unit first: " + top);
                assertTrue(flags.contains("bao.cax đã xuất 30.000 dòng"), flags);
            }
            tall(web);
            browser.screenshot("audit-vi");

            // filtering by account through the form: the URL carries it, the table holds only its rows
            WebElement account = web.findElement(By.id("auditForm:account_input"));
            account.clear();
            account.sendKeys(GUESSED);
            web.findElement(By.id("auditForm:apply")).click();
            wait.until(ExpectedConditions.urlContains("account=" + GUESSED));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "5"));
            List<String> actors = texts(web, "#logForm\\:log .ln-audit-actor");
            assertEquals(5, actors.size(), actors.toString());
            assertTrue(actors.stream().allMatch(GUESSED::equals), actors.toString());
            assertEquals(5, web.findElements(By.cssSelector("#logForm\\:log [data-outcome='denied']")).size());
            assertEquals(1, web.findElements(By.cssSelector("#flags .ln-flag[data-kind='FAILED_SIGN_INS_ACCOUNT']")).size());

            // the CSV with the browser's session, as the link gives it
            String href = web.findElement(By.id("auditForm:csv")).getAttribute("href");
            assertTrue(href.contains("/audit/export.csv?") && href.contains("account=" + GUESSED), href);
            Cookie session = web.manage().getCookieNamed("JSESSIONID");
            HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, csv.statusCode(), new String(csv.body(), StandardCharsets.UTF_8));
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
            assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
            byte[] body = csv.body();
            assertEquals(0xEF, body[0] & 0xFF, "UTF-8 byte order mark");
            assertEquals(0xBB, body[1] & 0xFF);
            assertEquals(0xBF, body[2] & 0xFF);
            List<List<String>> rows = parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
            assertEquals(List.of("time (Asia/Ho_Chi_Minh)", "actor", "unit", "action", "target", "client address", "outcome",
                    "detail", "id"), rows.get(0));
            assertEquals(6, rows.size(), "header and five rows: " + rows);
            for (List<String> row : rows.subList(1, rows.size())) {
                assertEquals(GUESSED, row.get(1));
                assertEquals("login", row.get(3));
                assertEquals("denied", row.get(6));
                assertEquals("unknown account", row.get(7));
                assertTrue(row.get(0).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"), row.get(0));
            }

            // the hostile name: its CSV cell cannot be run as a formula
            HttpResponse<byte[]> hostile = HttpClient.newHttpClient().send(HttpRequest.newBuilder(ItEnvironment.base()
                    .resolve("audit/export.csv?account=" + URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8)))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            List<List<String>> hostileRows = parseCsv(new String(hostile.body(), 3, hostile.body().length - 3, StandardCharsets.UTF_8));
            assertEquals(2, hostileRows.size(), hostileRows.toString());
            assertEquals("'" + HOSTILE, hostileRows.get(1).get(1));

            // bad input: a date that is not one is named, and nothing else is lost
            browser.open("audit.xhtml?account=" + GUESSED + "&from=31-12-2026");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logForm:log")));
            assertTrue(web.findElement(By.id("auditForm:messages")).getText().contains("Ngày bắt đầu không hợp lệ"),
                    web.findElement(By.id("auditForm:messages")).getText());
            assertEquals(5, texts(web, "#logForm\\:log .ln-audit-actor").size());

            // the download is in the trail
            browser.open("audit.xhtml?action=audit.export");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logForm:log")));
            String exports = web.findElement(By.id("logForm:log")).getText();
            assertTrue(exports.contains("rows=5 account=" + GUESSED), exports);

            // the chain, checked on demand
            browser.open("audit.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("auditForm:verify")));
            web.findElement(By.id("auditForm:verify")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("auditForm:chainStatus")));
            assertTrue(web.findElement(By.id("auditForm:chainStatus")).getText().startsWith("Chuỗi nguyên vẹn"),
                    web.findElement(By.id("auditForm:chainStatus")).getText());

            // English
            web.findElement(By.id("topbar:lang-en")).click();
            wait.until(ExpectedConditions.titleContains("Audit log"));
            String english = web.findElement(By.id("flags")).getText();
            assertTrue(english.contains("5 failed sign-ins for the account " + GUESSED), english);
            assertTrue(english.contains("flagged from 5 within 15 minutes"), english);
            assertTrue(web.findElement(By.id("logForm:log")).getText().contains("Denied"));
            assertTrue(web.findElement(By.id("auditForm:chainStatus")).getText().startsWith("The chain is intact"),
                    "the chain's result follows the language: " + web.findElement(By.id("auditForm:chainStatus")).getText());
            tall(web);
            browser.screenshot("audit-en");
            browser.open("audit.xhtml?account=" + GUESSED);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logForm:log")));
            assertTrue(web.findElement(By.id("total")).getText().startsWith("5 records"), web.findElement(By.id("total")).getText());
            tall(web);
            browser.screenshot("audit-account-en");
        }
    }

    /** The whole page in the screenshot (the window grows to the page's height, within reason). */
    private static void tall(WebDriver web) {
        Object height = ((org.openqa.selenium.JavascriptExecutor) web).executeScript("return document.body.scrollHeight");
        int h = Math.min(3600, Math.max(900, ((Number) height).intValue() + 400));
        web.manage().window().setSize(new org.openqa.selenium.Dimension(1280, h));
    }

    private static List<String> texts(WebDriver web, String css) {
        return web.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** RFC 4180: quoted fields with doubled quotes, CRLF line ends. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
