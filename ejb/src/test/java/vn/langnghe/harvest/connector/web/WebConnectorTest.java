package vn.langnghe.harvest.connector.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.Options;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorContractTest;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.Credentials;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.SourceConfigException;

/** The web connector over HTTP: the contract on a sitemap, then single URLs and hostile documents. */
class WebConnectorTest extends ConnectorContractTest {
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> PAGES = List.of("lich-cat-dien-phuong-tan-thuan", "phan-luong-giao-thong-cau-kenh-te",
            "tiem-chung-mo-rong-tram-y-te-phuong", "nao-vet-kenh-tau-hu", "tuyen-sinh-mam-non-2025",
            "thu-gom-rac-cong-kenh", "ho-tro-ho-ngheo-sua-nha");

    @Override
    protected String contentType() {
        return "application/xml; charset=UTF-8";
    }

    @Override
    protected Connector connector() {
        return open(new WebConfig(WebConfig.Mode.SITEMAP, baseUrl() + "/sitemap.xml", "", 3, 1_000_000), context());
    }

    static Connector open(WebConfig config, ConnectorContext ctx) {
        return new WebConnectorFactory().open(config, Credentials.NONE, ctx);
    }

    private Connector url(String path) {
        return open(new WebConfig(WebConfig.Mode.URL, baseUrl() + path, "", 10, 1_000_000), context());
    }

    private ResponseDefinitionBuilder xml(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", contentType())
                .withBody(body.replace("${base}", baseUrl()));
    }

    private static ResponseDefinitionBuilder html(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8").withBody(body);
    }

    private static String notice(String slug) {
        String words = slug.replace('-', ' ');
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Thông báo: " + words
                + "</title><script>track('" + slug + "')</script></head><body><nav>Trang chủ | Thông báo</nav>"
                + "<h1>Thông báo " + words + "</h1><p>UBND phường thông báo đến người dân về việc " + words
                + ". Mọi thắc mắc xin liên hệ bộ phận một cửa.</p><footer>UBND phường Tân Thuận</footer></body></html>";
    }

    @Override
    protected List<String> stubAllPages() {
        server.stubFor(get(urlPathEqualTo("/sitemap.xml")).willReturn(xml(fixture("web/sitemap.xml"))));
        List<String> ids = new ArrayList<>();
        for (String slug : PAGES) {
            server.stubFor(get(urlPathEqualTo("/thong-bao/" + slug + ".html")).willReturn(html(notice(slug))));
            ids.add(baseUrl() + "/thong-bao/" + slug + ".html");
        }
        return ids;
    }

    @Override
    protected void stubEmpty() {
        server.stubFor(get(urlPathEqualTo("/sitemap.xml")).willReturn(xml(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"></urlset>")));
    }

    @Override
    protected void stubFirstPage(ResponseDefinitionBuilder reply) {
        server.stubFor(get(urlPathEqualTo("/sitemap.xml")).willReturn(reply));
    }

    @Override
    protected ResponseDefinitionBuilder expiredCredentialsReply() {
        return aResponse().withStatus(401).withHeader("WWW-Authenticate", "Basic realm=\"Mang noi bo\"");
    }

    @Override
    protected ResponseDefinitionBuilder rateLimitReply(int seconds) {
        return aResponse().withStatus(429).withHeader("Retry-After", Integer.toString(seconds));
    }

    @Override
    protected DamagedCursor damagedCursor() {
        return new DamagedCursor("since=1752000000000&map=1&pos=-x", "pos", "-x");
    }

    @Override
    protected String firstPageBody() {
        return fixture("web/sitemap.xml").replace("${base}", baseUrl());
    }

    // ---- sitemaps ----

    @Test
    void sitemapPagesKeepOnlyVisibleTextAndTheirDates() throws ConnectorException {
        stubAllPages();
        HarvestedItem first = connector().fetch(null).items().get(0);
        assertEquals("web:" + baseUrl() + "/thong-bao/lich-cat-dien-phuong-tan-thuan.html", first.id());
        assertEquals("page", first.kind());
        assertEquals("Thông báo: lich cat dien phuong tan thuan", first.title());
        assertEquals(Instant.parse("2025-07-15T01:00:00Z"), first.createdAt(), "the lastmod");
        assertFalse(first.html());
        assertTrue(first.text().contains("UBND phường thông báo"), first.text());
        assertFalse(first.text().contains("track(") || first.text().contains("Trang chủ") || first.text().contains("Tân Thuận"),
                "no script, navigation or footer: " + first.text());
    }

    @Test
    void aSitemapIndexWalksItsSitemapsAndLaterRunsTakeOnlyChangedPages() throws Exception {
        server.stubFor(get(urlPathEqualTo("/sitemap_index.xml")).willReturn(xml(fixture("web/sitemap-index.xml"))));
        server.stubFor(get(urlPathEqualTo("/sitemaps/news.xml")).willReturn(xml(fixture("web/sitemap-news.xml"))));
        server.stubFor(get(urlPathEqualTo("/sitemaps/pages.xml")).willReturn(xml(fixture("web/sitemap-pages.xml"))));
        server.stubFor(get(urlPathEqualTo("/tin-tuc/ngap-duong-tran-xuan-soan.html")).willReturn(html(
                "<html><head><title>Ngập</title></head><body><p>Nước ngập nửa bánh xe trên đường Trần Xuân Soạn.</p></body></html>")));
        server.stubFor(get(urlPathEqualTo("/tin-tuc/khanh-thanh-cau-di-bo.html")).willReturn(html(
                "<html><body><p>Cầu đi bộ dài 120 m nối phường Tân Hưng với Khánh Hội.</p></body></html>")));
        server.stubFor(get(urlPathEqualTo("/tin-tuc/bai-da-go.html")).willReturn(aResponse().withStatus(404)));
        server.stubFor(get(urlPathEqualTo("/gioi-thieu.html")).willReturn(html(
                "<html><head><title>Giới thiệu phường</title></head><body><p>Phường Tân Hưng được thành lập năm 2025.</p></body></html>")));
        server.stubFor(get(urlPathEqualTo("/bao-cao/ngap-nuoc-thang-6.pdf")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf")
                .withBody(TestDocuments.pdf("Bao cao ngap nuoc thang 6", "Thang 6 co 14 diem ngap tren dia ban phuong Tan Hung."))));

        Connector c = open(new WebConfig(WebConfig.Mode.SITEMAP, baseUrl() + "/sitemap_index.xml", "", 10, 1_000_000), context());
        List<HarvestedItem> items = new ArrayList<>();
        Page p = c.fetch(null);
        items.addAll(p.items());
        List<String> notes = new ArrayList<>(p.notes());
        assertTrue(p.more(), "the second sitemap follows");
        p = c.fetch(p.nextCursor());
        items.addAll(p.items());
        notes.addAll(p.notes());
        assertFalse(p.more());
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("2 sitemap entries skipped: "), notes.get(0));
        assertTrue(notes.get(0).contains("/tin-tuc/bai-da-go.html (HTTP 404)"), notes.get(0));
        assertTrue(notes.get(0).contains("(another host)"), notes.get(0));
        assertEquals(List.of("/tin-tuc/ngap-duong-tran-xuan-soan.html", "/tin-tuc/khanh-thanh-cau-di-bo.html",
                "/gioi-thieu.html", "/bao-cao/ngap-nuoc-thang-6.pdf"),
                items.stream().map(i -> i.nativeId().substring(baseUrl().length())).toList(),
                "the other host's page and the deleted page are skipped");
        HarvestedItem news = items.get(0);
        assertEquals("article", news.kind());
        assertEquals("Đường Trần Xuân Soạn ngập sâu sau mưa chiều", news.title());
        assertEquals(Instant.parse("2025-07-15T01:40:00Z"), news.createdAt(), "the news publication date");
        HarvestedItem report = items.get(3);
        assertEquals("Bao cao ngap nuoc thang 6", report.title());
        assertTrue(report.text().contains("14 diem ngap"), report.text());
        server.verify(0, getRequestedFor(urlPathEqualTo("/khuyen-mai.html")));

        // the news page changes; the pages sitemap does not
        server.stubFor(get(urlPathEqualTo("/sitemap_index.xml")).willReturn(xml(fixture("web/sitemap-index.xml")
                .replace("2025-07-15T09:00:00+07:00", "2025-07-15T09:50:00+07:00"))));
        server.stubFor(get(urlPathEqualTo("/sitemaps/news.xml")).willReturn(xml(fixture("web/sitemap-news.xml")
                .replace("<lastmod>2025-07-14T18:00:00+07:00</lastmod>", "<lastmod>2025-07-15T09:50:00+07:00</lastmod>"))));
        server.resetRequests();
        Page later = c.fetch(p.nextCursor());
        assertFalse(later.more());
        assertEquals(List.of(baseUrl() + "/tin-tuc/khanh-thanh-cau-di-bo.html"),
                later.items().stream().map(HarvestedItem::nativeId).toList());
        server.verify(0, getRequestedFor(urlPathEqualTo("/sitemaps/pages.xml")));
        assertTrue(c.fetch(later.nextCursor()).items().isEmpty(), "nothing changed since");
    }

    @Test
    void aGzipSitemapIsReadAndAGzipBombIsNot() throws Exception {
        server.stubFor(get(urlPathEqualTo("/sitemap.xml.gz")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/gzip").withBody(gzip(firstPageBody()))));
        stubAllPages();
        Page p = open(new WebConfig(WebConfig.Mode.SITEMAP, baseUrl() + "/sitemap.xml.gz", "", 3, 1_000_000), context()).fetch(null);
        assertEquals(3, p.items().size());

        String bomb = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><!--"
                + " ".repeat(30 * 1024 * 1024) + "--></urlset>";
        server.stubFor(get(urlPathEqualTo("/bomb.xml.gz")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/gzip").withBody(gzip(bomb))));
        BadReplyException e = assertThrows(BadReplyException.class, () ->
                open(new WebConfig(WebConfig.Mode.SITEMAP, baseUrl() + "/bomb.xml.gz", "", 3, 1_000_000), context()).fetch(null));
        assertTrue(e.getMessage().contains("expands to more than 20 MB"), e.getMessage());
    }

    @Test
    void aSitemapWithADoctypeIsRefused() {
        stubFirstPage(xml("<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>&x;</loc></url></urlset>"));
        BadReplyException e = assertThrows(BadReplyException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void aSitemapOverTheProtocolsFiftyThousandUrlsIsRefusedWhileStreaming() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < 50_001; i++) {
            b.append("<url><loc>").append(baseUrl()).append("/p/").append(i).append("</loc></url>");
        }
        stubFirstPage(xml(b.append("</urlset>").toString()));
        BadReplyException e = assertThrows(BadReplyException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("more than 50000 entries"), e.getMessage());
        server.verify(0, getRequestedFor(urlPathEqualTo("/p/0")));
    }

    // ---- single URLs ----

    @Test
    void aPageFullOfScriptsKeepsOnlyItsVisibleTextAndIsTakenAgainOnlyWhenChanged() throws ConnectorException {
        server.stubFor(get(urlPathEqualTo("/cat-dien.html")).withHeader("If-None-Match", absent())
                .willReturn(html(fixture("web/page-scripts.html")).withHeader("ETag", "\"v1\"")));
        server.stubFor(get(urlPathEqualTo("/cat-dien.html")).withHeader("If-None-Match", equalTo("\"v1\""))
                .willReturn(aResponse().withStatus(304)));
        Connector c = url("/cat-dien.html");
        Page p = c.fetch(null);
        HarvestedItem page = p.items().get(0);
        assertEquals("Lịch cắt điện phường Tân Thuận ngày 17/7", page.title());
        assertTrue(page.text().contains("Huỳnh Tấn Phát") && page.text().contains("nước dự trữ"), page.text());
        for (String hidden : List.of("_gaq", "schema.org", "SEO headline", "cookie", "mobile", "renderAdSlot", "Mua nhà",
                "track", "loadMap", "__STATE__", "không-phải-nội-dung", "bật JavaScript", "Tìm kiếm", "© 2025", "Liên hệ")) {
            assertFalse(page.text().contains(hidden), "'" + hidden + "' is not visible text: " + page.text());
        }
        Page again = c.fetch(p.nextCursor());
        assertTrue(again.items().isEmpty(), "304: unchanged");
        server.verify(getRequestedFor(urlPathEqualTo("/cat-dien.html")).withHeader("If-None-Match", equalTo("\"v1\"")));
    }

    /** A page with an ad in an iframe's srcdoc and data in scripts, one of them ended early by a "</script>" in a string. */
    static final String PAGE_WITH_SCRIPT_DATA = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Cắt nước</title>"
            + "<script type=\"application/ld+json\">{\"a\":\"b\"}</script></head><body>"
            + "<p>Quận 4 cắt nước từ 22h ngày 16/7.</p>"
            + "<iframe srcdoc=\"<p>secret ad</p>\"></iframe>"
            + "<script>window.__DATA__={\"x\":\"y\"}</script>"
            + "<script>window.__EMBED__={\"tweet\":\"<script async src=x.js></script>\"}</script>"
            + "<p>Người dân nên trữ nước.</p></body></html>";

    @Test
    void anIframesSrcdocAndScriptDataAreNotText() throws ConnectorException {
        server.stubFor(get(urlPathEqualTo("/cat-nuoc.html")).willReturn(html(PAGE_WITH_SCRIPT_DATA)));
        String text = url("/cat-nuoc.html").fetch(null).items().get(0).text();
        assertEquals("Quận 4 cắt nước từ 22h ngày 16/7.\nNgười dân nên trữ nước.", text);
    }

    @Test
    void aPageOfOnlyScriptsIsRefusedWithAReason() {
        server.stubFor(get(urlPathEqualTo("/dich-vu-cong")).willReturn(html(fixture("web/page-only-scripts.html"))));
        BadReplyException e = assertThrows(BadReplyException.class, () -> url("/dich-vu-cong").fetch(null));
        assertTrue(e.getMessage().contains("only scripts"), e.getMessage());
    }

    @Test
    void readsDocxXlsxPdfAndTextFiles() throws Exception {
        server.stubFor(get(urlPathEqualTo("/files/ke-hoach.docx")).willReturn(aResponse().withStatus(200)
                // a server that does not know the type: the content decides
                .withHeader("Content-Type", "application/octet-stream")
                .withBody(TestDocuments.docx("Kế hoạch chống ngập 2025", "Nâng cấp 12 tuyến cống trên đường Nguyễn Văn Linh.",
                        "Lắp thêm 4 trạm bơm di động tại phường Tân Phong."))));
        server.stubFor(get(urlPathEqualTo("/files/phan-anh.xlsx")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", XLSX).withBody(TestDocuments.xlsx(new String[] {"Ngày", "Nội dung"},
                        new String[] {"14/07/2025", "Rác ùn ứ ở chợ Tân Mỹ"}, new String[] {"15/07/2025", "Đèn đường hẻm 12 hỏng"}))));
        server.stubFor(get(urlPathEqualTo("/files/bao-cao.pdf")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf")
                .withBody(TestDocuments.pdf("Bao cao giao thong", "Nut giao Nguyen Van Linh - Huynh Tan Phat ket xe moi sang."))));
        server.stubFor(get(urlPathEqualTo("/files/ghi-chu.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("Họp tổ dân phố lúc 19h thứ bảy về việc thu gom rác.")));

        HarvestedItem docx = url("/files/ke-hoach.docx").fetch(null).items().get(0);
        assertEquals("Kế hoạch chống ngập 2025", docx.title());
        assertTrue(docx.text().contains("12 tuyến cống") && docx.text().contains("trạm bơm di động"), docx.text());
        HarvestedItem xlsx = url("/files/phan-anh.xlsx").fetch(null).items().get(0);
        assertTrue(xlsx.text().contains("Rác ùn ứ ở chợ Tân Mỹ") && xlsx.text().contains("Đèn đường hẻm 12 hỏng"), xlsx.text());
        HarvestedItem pdf = url("/files/bao-cao.pdf").fetch(null).items().get(0);
        assertTrue(pdf.text().contains("ket xe moi sang"), pdf.text());
        assertEquals("Bao cao giao thong", pdf.title());
        HarvestedItem txt = url("/files/ghi-chu.txt").fetch(null).items().get(0);
        assertEquals("Họp tổ dân phố lúc 19h thứ bảy về việc thu gom rác.", txt.text());
        assertEquals(NOW, txt.createdAt(), "no date anywhere: when it was read");
    }

    @Test
    void anUnsupportedFileTypeIsNamed() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        server.stubFor(get(urlPathEqualTo("/anh.png")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/png").withBody(png)));
        BadReplyException e = assertThrows(BadReplyException.class, () -> url("/anh.png").fetch(null));
        assertTrue(e.getMessage().contains("image/png") && e.getMessage().contains("only HTML, PDF, DOCX, XLSX and TXT"),
                e.getMessage());
    }

    @Test
    void aZipBombDocxIsRefused() throws IOException {
        byte[] bomb = TestDocuments.zipBombDocx();
        assertTrue(bomb.length < 1024 * 1024, "small on the wire: " + bomb.length);
        server.stubFor(get(urlPathEqualTo("/files/bom.docx")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", DOCX).withBody(bomb)));
        BadReplyException e = assertThrows(BadReplyException.class, () -> url("/files/bom.docx").fetch(null));
        assertTrue(e.getMessage().contains("zip bomb") && e.getMessage().contains("word/document.xml"), e.getMessage());
    }

    @Test
    void invalidUtf8TextIsRefused() {
        byte[] text = "Phản ánh: đường ngập".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[text.length + 1];
        System.arraycopy(text, 0, bad, 0, text.length);
        bad[text.length] = (byte) 0xFF; // never valid in UTF-8
        server.stubFor(get(urlPathEqualTo("/files/phan-anh.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain; charset=utf-8").withBody(bad)));
        BadReplyException e = assertThrows(BadReplyException.class, () -> url("/files/phan-anh.txt").fetch(null));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void textOverTheLimitIsCutAndSaysWhere() throws ConnectorException {
        String line = "Người dân phản ánh kẹt xe trên đường Nguyễn Văn Linh mỗi sáng. ";
        server.stubFor(get(urlPathEqualTo("/files/dai.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain; charset=utf-8").withBody(line.repeat(2_000))));
        Connector c = open(new WebConfig(WebConfig.Mode.URL, baseUrl() + "/files/dai.txt", "", 10, 50_000), context());
        String text = c.fetch(null).items().get(0).text();
        assertTrue(text.length() <= 50_000 + 60, "about the limit: " + text.length());
        assertTrue(text.endsWith("[…] (text cut at 50,000 characters)"), text.substring(text.length() - 80));
    }

    @Test
    void aHundredMegabyteBodyIsRefusedWhileStreamingInBoundedMemory() {
        // chunked, so no Content-Length gives the size away: the fetcher must count as it reads
        WireMockServer chunked = new WireMockServer(options().dynamicPort()
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.ALWAYS));
        chunked.start();
        try {
            chunked.stubFor(get(urlPathEqualTo("/files/khong-lo.pdf")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/pdf").withBody(new byte[100 * 1024 * 1024])));
            Connector c = open(new WebConfig(WebConfig.Mode.URL, chunked.baseUrl() + "/files/khong-lo.pdf", "", 10, 1_000_000),
                    context());
            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadAllocatedBytes();
            BadReplyException e = assertThrows(BadReplyException.class, () -> c.fetch(null));
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertTrue(e.getMessage().contains("larger than the limit of 20 MB"), e.getMessage());
            assertTrue(allocated < 64L * 1024 * 1024, "read at most the limit, not the body: " + allocated / (1024 * 1024) + " MB");
        } finally {
            chunked.stop();
        }
    }

    @Test
    void aMissingPageIsAConfigError() {
        server.stubFor(get(urlPathEqualTo("/khong-co.html")).willReturn(aResponse().withStatus(404)));
        assertThrows(SourceConfigException.class, () -> url("/khong-co.html").fetch(null));
    }

    @Test
    void credentialsGoOnlyToTheConfiguredHost() throws ConnectorException {
        server.stubFor(get(urlPathEqualTo("/noi-bo/bao-cao.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain; charset=utf-8").withBody("Báo cáo nội bộ tuần 28.")));
        Connector c = new WebConnectorFactory().open(new WebConfig(WebConfig.Mode.URL, baseUrl() + "/noi-bo/bao-cao.txt", "", 10,
                1_000_000), new Credentials(java.util.Map.of("username", "canbo", "password", "bi-mat")), context());
        assertEquals("Báo cáo nội bộ tuần 28.", c.fetch(null).items().get(0).text());
        server.verify(getRequestedFor(urlPathEqualTo("/noi-bo/bao-cao.txt")).withHeader("Authorization",
                equalTo("Basic " + java.util.Base64.getEncoder().encodeToString("canbo:bi-mat".getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void validationNamesEachProblem() {
        var f = new WebConnectorFactory();
        assertTrue(f.validate(f.defaultConfig()).isEmpty());
        assertEquals(List.of("folder must be an absolute path", "pageSize must be between 1 and 500"),
                f.validate(new WebConfig(WebConfig.Mode.FOLDER, "", "uploads", 0, 1_000_000)));
        assertEquals(List.of("url must be an http(s) URL: \"file:///etc/passwd\" does not start with http:// or https://"),
                f.validate(new WebConfig(WebConfig.Mode.URL, "file:///etc/passwd", "", 10, 1_000_000)));
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

}
