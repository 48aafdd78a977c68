package vn.langnghe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 15's export page against the real EAR with the demo data: the ward analyst (no personal-data
 * clearance) opens {@code /export.xhtml} with a search state, sees its summary and total, exports CSV and
 * XLSX with the progress shown, and downloads each file with the browser's session: rows == the total
 * shown, Vietnamese intact, authors pseudonyms. Another account cannot download the job, nobody signed
 * out can, a file goes after one download, a cancel stops the export, a bad search state is refused in
 * plain words, hostile search text is shown as text, and the audit log has one {@code export} row with
 * {@code rows=N}. Screenshots in Vietnamese and English for the user guide.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExportPageIT {
    private static final String SEARCH = "export.xhtml?f=topic:flooding&sort=newest";
    private static String otherAccountsJob;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ItEnvironment.ear();
    }

    @BeforeAll
    static void deployed() throws Exception {
        ItEnvironment.awaitDeployment();
    }


    /** Starts an export in the format and waits for the download link; returns its URL. */
    private static String export(WebDriver web, WebDriverWait wait, String format) {
        web.findElement(By.cssSelector("label[for='exportForm:format:" + (format.equals("xlsx") ? 0 : 1) + "']")).click();
        web.findElement(By.id("exportForm:start")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("exportForm:download")));
        return web.findElement(By.id("exportForm:download")).getAttribute("href");
    }

    private static HttpResponse<byte[]> fetch(String url, String sessionId) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (sessionId != null) {
            r.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    @Order(1)
    void theWardAnalystExportsCsvAndXlsxAndDownloadsThem() throws Exception {
        Browser.assumeInstalled();
        try (Browser browser = new Browser("vi")) {
            WebDriver web = browser.driver;
            WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(60));
            browser.signIn("phantich.q1", ItEnvironment.get("it.demo.password"));
            browser.open(SEARCH);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
            assertTrue(web.getTitle().startsWith("Xuất dữ liệu"), web.getTitle());
            long total = Long.parseLong(web.findElement(By.id("total")).getText().strip());
            assertTrue(total > 0, "the ward has flooding posts");
            assertTrue(web.findElement(By.id("summaryFilters")).getText().contains("Chủ đề: Ngập nước"),
                    web.findElement(By.id("summaryFilters")).getText());
            assertTrue(web.findElement(By.id("summarySort")).getText().contains("Mới nhất"));
            browser.screenshot("export-vi-start");

            // CSV: the progress panel, then the link; the file with the browser's session
            String csvUrl = export(web, wait, "csv");
            assertTrue(csvUrl.contains("/export/download?job="), csvUrl);
            String done = web.findElement(By.id("exportForm:done")).getText();
            assertTrue(done.contains("Đã xuất xong " + total + " dòng"), done);
            String session = web.manage().getCookieNamed("JSESSIONID").getValue();

            // another account's session gets nothing, and does not use the download up
            HttpClient admin = ItEnvironment.client();
            assertEquals(302, ItEnvironment.signIn(admin, "admin", ItEnvironment.get("it.admin.password")).statusCode());
            HttpResponse<String> foreign = admin.send(HttpRequest.newBuilder(URI.create(csvUrl)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, foreign.statusCode());
            assertFalse(foreign.body().contains("Tác giả"), "nothing of the file in the refusal");
            HttpResponse<String> anonymous = ItEnvironment.client().send(HttpRequest.newBuilder(URI.create(csvUrl)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertNotEquals(200, anonymous.statusCode(), "signed out: the login page, never the file");
            assertFalse(anonymous.body().contains("Tác giả"));

            HttpResponse<byte[]> csv = fetch(csvUrl, session);
            assertEquals(200, csv.statusCode(), new String(csv.body(), StandardCharsets.UTF_8));
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            String disposition = csv.headers().firstValue("Content-Disposition").orElse("");
            assertTrue(disposition.matches("attachment; filename=\"langnghe-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.csv\"; "
                    + "filename\\*=UTF-8''langnghe-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.csv"), disposition);
            byte[] body = csv.body();
            assertEquals(0xEF, body[0] & 0xFF, "UTF-8 byte order mark");
            List<CSVRecord> rows;
            try (CSVParser p = CSVParser.parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
                rows = p.getRecords();
            }
            assertEquals(total + 1, rows.size(), "header + one row per post the search counts");
            assertEquals("Nội dung", rows.get(0).get(7), "Vietnamese headers intact");
            assertTrue(rows.stream().skip(1).anyMatch(r -> r.get(7).matches(".*[ạảãàáâậầấẩẫăắằặẳẵđêềếểễệôồốổỗộơờớởỡợưừứửữự].*")),
                    "Vietnamese text intact");
            assertTrue(rows.stream().skip(1).allMatch(r -> r.get(5).isEmpty() || r.get(5).matches("Tác giả [0-9a-f]{6}")),
                    "an uncleared unit's file has pseudonyms, never names");
            assertTrue(rows.stream().skip(1).allMatch(r -> r.get(9).contains("flooding")), "the filter holds");
            assertEquals(404, fetch(csvUrl, session).statusCode(), "one download: the file is gone");

            // XLSX of the same search: real dates, the same rows
            web.findElement(By.id("exportForm:again")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("exportForm:start")));
            String xlsxUrl = export(web, wait, "xlsx");
            browser.screenshot("export-vi");
            HttpResponse<byte[]> xlsx = fetch(xlsxUrl, session);
            assertEquals(200, xlsx.statusCode());
            assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet sheet = wb.getSheetAt(0);
                assertEquals(total, sheet.getLastRowNum(), "rows == the total shown");
                assertEquals("Thời gian (giờ Việt Nam)", sheet.getRow(0).getCell(1).getStringCellValue());
                assertTrue(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(1)), "a real Excel date");
                assertEquals(rows.get(1).get(0), sheet.getRow(1).getCell(0).getStringCellValue(), "the same order");
                assertEquals(rows.get(1).get(7), sheet.getRow(1).getCell(7).getStringCellValue(), "the same text, intact");
            }

            // in English
            web.findElement(By.id("exportForm:again")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("exportForm:start")));
            web.findElement(By.id("topbar:lang-en")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Export"));
            assertTrue(web.findElement(By.id("summaryFilters")).getText().contains("Topic: Flooding"));
            otherAccountsJob = export(web, wait, "csv");
            assertTrue(web.findElement(By.id("exportForm:done")).getText().contains("Export finished: " + total + " rows"));
            browser.screenshot("export-en");
        }
    }

    @Test
    @Order(2)
    void aCancelStopsTheExportAndNothingIsLeftToDownload() throws Exception {
        Browser.assumeInstalled();
        try (Browser browser = new Browser("en")) {
            WebDriver web = browser.driver;
            WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(60));
            browser.signIn("admin", ItEnvironment.get("it.admin.password"));
            browser.open("export.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
            web.findElement(By.id("exportForm:start")).click();
            // the demo data exports in well under a second: cancel when the button is still there
            wait.until(d -> !d.findElements(By.id("exportForm:cancel")).isEmpty()
                    || !d.findElements(By.id("exportForm:done")).isEmpty());
            boolean cancelled = false;
            if (!web.findElements(By.id("exportForm:cancel")).isEmpty()) {
                try {
                    web.findElement(By.id("exportForm:cancel")).click();
                    cancelled = true;
                } catch (org.openqa.selenium.StaleElementReferenceException finishedMeanwhile) {
                    // the poll replaced it: the export was done first
                }
            }
            wait.until(d -> !d.findElements(By.id("exportForm:again")).isEmpty());
            if (cancelled && !web.findElements(By.id("exportForm:cancelled")).isEmpty()) {
                assertTrue(web.findElement(By.id("exportForm:cancelled")).getText().contains("Export cancelled"));
            }
            // the first test's job is the ward analyst's: the admin cannot take it either
            if (otherAccountsJob != null) {
                String session = web.manage().getCookieNamed("JSESSIONID").getValue();
                assertEquals(404, fetch(otherAccountsJob, session).statusCode());
            }
        }
    }

    @Test
    @Order(3)
    void aBadSearchStateIsRefusedInPlainWordsAndHostileTextIsText() throws Exception {
        Browser.assumeInstalled();
        try (Browser browser = new Browser("vi")) {
            WebDriver web = browser.driver;
            WebDriverWait wait = new WebDriverWait(web, Duration.ofSeconds(60));
            browser.signIn("phantich.q1", ItEnvironment.get("it.demo.password"));
            browser.open("export.xhtml?sort=bogus");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("exportError")));
            assertTrue(web.findElement(By.id("exportError")).getText().contains("chỉ sắp xếp được theo"),
                    web.findElement(By.id("exportError")).getText());
            assertTrue(web.findElements(By.id("exportForm:start")).isEmpty(), "nothing to start");
            browser.open("export.xhtml?f=author:someone");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("exportError")));
            assertTrue(web.findElement(By.id("exportError")).getText().contains("dữ liệu cá nhân"));
            browser.open("export.xhtml?q=" + java.net.URLEncoder.encode("<script>alert(1)</script> ngập", StandardCharsets.UTF_8));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summaryQuery")));
            assertTrue(web.findElement(By.id("summaryQuery")).getText().contains("<script>alert(1)</script> ngập"));
            assertEquals(0, web.findElements(By.xpath("//script[contains(., 'alert(1)')]")).size());
            assertTrue(((List<?>) ((org.openqa.selenium.JavascriptExecutor) web)
                    .executeScript("return window.__dialogs")).isEmpty(), "no script ran");
        }
    }

    @Test
    @Order(4)
    void theAuditLogHasTheExportWithItsRows() throws Exception {
        HttpClient admin = ItEnvironment.client();
        assertEquals(302, ItEnvironment.signIn(admin, "admin", ItEnvironment.get("it.admin.password")).statusCode());
        List<String> details = List.of();
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            HttpResponse<String> csv = ItEnvironment.get(admin, "audit/export.csv?account=phantich.q1&action=export");
            assertEquals(200, csv.statusCode(), csv.body());
            try (CSVParser p = CSVParser.parse(csv.body().substring(1), CSVFormat.RFC4180)) {
                details = p.getRecords().stream().skip(1).map(r -> r.get(7)).toList();
            }
            if (details.size() >= 3) {
                break;
            }
            Thread.sleep(500);
        }
        assertTrue(details.stream().anyMatch(d -> d.matches("rows=\\d+ format=csv q=\"\" f=\\[topic:flooding\\] sort=newest total=\\d+")),
                details.toString());
        assertTrue(details.stream().anyMatch(d -> d.startsWith("rows=") && d.contains(" format=xlsx ")), details.toString());
        for (String d : details) {
            String rows = d.substring("rows=".length(), d.indexOf(' '));
            assertTrue(d.endsWith("total=" + rows) || d.contains(" capped="), "rows=N is the total exported: " + d);
        }
    }
}
