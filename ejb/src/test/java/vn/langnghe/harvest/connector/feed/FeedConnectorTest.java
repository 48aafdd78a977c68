package vn.langnghe.harvest.connector.feed;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.langnghe.analysis.Analyzer;
import vn.langnghe.pipeline.PostAssembler;
import vn.langnghe.harvest.connector.BadReplyException;
import vn.langnghe.harvest.connector.Connector;
import vn.langnghe.harvest.connector.ConnectorContext;
import vn.langnghe.harvest.connector.ConnectorContractTest;
import vn.langnghe.harvest.connector.ConnectorException;
import vn.langnghe.harvest.connector.Credentials;
import vn.langnghe.harvest.connector.CredentialsRejectedException;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.harvest.connector.Page;
import vn.langnghe.harvest.connector.RateLimitedException;
import vn.langnghe.index.Post;

class FeedConnectorTest extends ConnectorContractTest {
    private static final String PATH = "/rss/tin-moi-nhat.rss";
    private static final String VNE = "https://vnexpress.net/";

    @Override
    protected String contentType() {
        return "application/rss+xml; charset=UTF-8";
    }

    @Override
    protected Connector connector() {
        return open(new FeedConfig(baseUrl() + PATH, false, 50), context());
    }

    private Connector open(FeedConfig config, ConnectorContext ctx) {
        return new FeedConnectorFactory().open(config, new Credentials(
                java.util.Map.of("username", "bandoc", "password", "mat-khau-1")), ctx);
    }

    private ResponseDefinitionBuilder feed(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", contentType())
                .withBody(body.replace("${base}", baseUrl()));
    }

    @Override
    protected List<String> stubAllPages() {
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("page", absent())
                .willReturn(feed(fixture("feed/vnexpress-page1.rss"))));
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("page", equalTo("2"))
                .willReturn(feed(fixture("feed/vnexpress-page2.rss"))));
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("page", equalTo("3"))
                .willReturn(feed(fixture("feed/vnexpress-page3.rss"))));
        return List.of(VNE + "ket-xe-keo-dai-tren-cau-sai-gon-gio-cao-diem-sang-4912001.html",
                VNE + "mua-lon-gay-ngap-sau-duong-nguyen-huu-canh-4911987.html",
                VNE + "benh-vien-cho-ray-mo-them-khu-kham-benh-buoi-toi-4911950.html",
                VNE + "tp-hcm-khoi-cong-mo-rong-vanh-dai-2-4911902.html",
                VNE + "hoc-sinh-lop-10-tp-hcm-nhan-ket-qua-tuyen-sinh-4911877.html",
                VNE + "metro-so-1-tang-chuyen-dip-cuoi-tuan-4911620.html",
                VNE + "cho-ben-thanh-sua-mai-che-4911588.html",
                VNE + "phuong-sai-gon-ra-mat-to-cong-nghe-so-cong-dong-4911540.html");
    }

    @Override
    protected void stubEmpty() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(feed(fixture("feed/empty.rss"))));
    }

    @Override
    protected void stubFirstPage(ResponseDefinitionBuilder reply) {
        server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("page", absent()).willReturn(reply));
    }

    @Override
    protected ResponseDefinitionBuilder expiredCredentialsReply() {
        return aResponse().withStatus(401).withHeader("WWW-Authenticate", "Basic realm=\"Tin noi bo\"")
                .withHeader("Content-Type", "text/html").withBody("<h1>401 Unauthorized</h1>");
    }

    @Override
    protected ResponseDefinitionBuilder rateLimitReply(int seconds) {
        return aResponse().withStatus(429).withHeader("Retry-After", Integer.toString(seconds))
                .withHeader("Content-Type", "text/html").withBody("<h1>Too Many Requests</h1>");
    }

    @Override
    protected DamagedCursor damagedCursor() {
        return new DamagedCursor("since=1752000000000&at=a1b2c3d4e5&topAt=&upper=%E2%80%94", "upper", "—");
    }

    @Override
    protected String firstPageBody() {
        return fixture("feed/vnexpress-page1.rss");
    }

    private static List<HarvestedItem> all(Connector c, String cursor, List<String> cursors) throws ConnectorException {
        List<HarvestedItem> items = new ArrayList<>();
        Page p;
        do {
            p = c.fetch(cursor);
            items.addAll(p.items());
            cursor = p.nextCursor();
        } while (p.more());
        cursors.add(cursor);
        return items;
    }

    // ---- fields of the three Vietnamese news feeds, Atom and RDF ----

    @Test
    void mapsAVnExpressItem() throws ConnectorException {
        stubAllPages();
        HarvestedItem jam = connector().fetch(null).items().get(0);
        assertEquals("feed:" + VNE + "ket-xe-keo-dai-tren-cau-sai-gon-gio-cao-diem-sang-4912001.html", jam.id());
        assertEquals("article", jam.kind());
        assertEquals("Kẹt xe kéo dài trên cầu Sài Gòn giờ cao điểm sáng", jam.title());
        assertEquals(Instant.parse("2025-07-15T02:40:00Z"), jam.createdAt());
        assertTrue(jam.html(), "the CDATA description is HTML for the analysis to clean");
        assertTrue(jam.text().contains("<img") && jam.text().contains("nút giao Hàng Xanh"), jam.text());
        assertEquals("Tin mới nhất - VnExpress RSS", jam.authorName(), "no author: the feed's name");
        server.verify(getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization",
                equalTo("Basic " + Base64.getEncoder().encodeToString("bandoc:mat-khau-1".getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void readsTuoiTreCdataLinksAndGmtPlus7Dates() throws ConnectorException {
        server.stubFor(get(urlPathEqualTo("/rss/thoi-su.rss")).willReturn(feed(fixture("feed/tuoitre.rss"))));
        Page p = open(new FeedConfig(baseUrl() + "/rss/thoi-su.rss", false, 50), context()).fetch(null);
        assertEquals(2, p.items().size());
        HarvestedItem tide = p.items().get(0);
        assertEquals("https://tuoitre.vn/nguoi-dan-phuong-binh-thanh-lo-ngap-khi-trieu-cuong-dat-dinh-20250715093012345.htm",
                tide.nativeId(), "guid isPermaLink=false is still the id");
        assertEquals(tide.nativeId(), tide.url());
        assertEquals(Instant.parse("2025-07-15T02:30:12Z"), tide.createdAt(), "GMT+7 is read as +07:00");
        assertTrue(tide.text().startsWith("<a href=") && tide.text().contains("TTO - Đài khí tượng"));
        assertFalse(p.more());
    }

    @Test
    void walksAnAtomPagedFeedAndUsesEntryIds() throws ConnectorException {
        server.stubFor(get(urlPathEqualTo("/atom/tin-tuc.xml")).withQueryParam("trang", absent())
                .willReturn(feed(fixture("feed/atom-page1.xml")).withHeader("Content-Type", "application/atom+xml")));
        server.stubFor(get(urlPathEqualTo("/atom/tin-tuc.xml")).withQueryParam("trang", equalTo("2"))
                .willReturn(feed(fixture("feed/atom-page2.xml")).withHeader("Content-Type", "application/atom+xml")));
        Connector c = open(new FeedConfig(baseUrl() + "/atom/tin-tuc.xml", false, 50), context());
        Page first = c.fetch(null);
        assertTrue(first.more(), "rel=next leads to a second page");
        assertEquals(List.of("tag:benthanh.hochiminhcity.gov.vn,2025:tin-tuc/1542",
                "tag:benthanh.hochiminhcity.gov.vn,2025:tin-tuc/1539"), first.items().stream().map(HarvestedItem::nativeId).toList());
        HarvestedItem water = first.items().get(0);
        assertEquals(Instant.parse("2025-07-15T02:30:00Z"), water.createdAt(), "published, not updated");
        assertEquals(baseUrl() + "/tin-tuc/1542", water.url());
        assertTrue(water.text().contains("tạm ngưng cấp nước"));
        assertEquals("Văn phòng UBND phường", first.items().get(1).authorName());
        assertTrue(first.items().get(1).text().contains("92 Nguyễn Trãi"), "Atom content is used");
        Page second = c.fetch(first.nextCursor());
        assertFalse(second.more());
        assertEquals("tag:benthanh.hochiminhcity.gov.vn,2025:tin-tuc/1530", second.items().get(0).nativeId());
        assertEquals(Instant.parse("2025-07-12T00:00:00Z"), second.items().get(0).createdAt(), "updated when no published");
    }

    @Test
    void readsAnRdfFeed() throws ConnectorException {
        server.stubFor(get(urlPathEqualTo("/rss")).willReturn(feed(fixture("feed/rdf.xml"))
                .withHeader("Content-Type", "application/rdf+xml")));
        Page p = open(new FeedConfig(baseUrl() + "/rss", false, 50), context()).fetch(null);
        assertEquals(2, p.items().size());
        HarvestedItem jam = p.items().get(0);
        assertEquals("https://diendan.saigon.example/t/ket-xe-nga-tu-hang-xanh.881", jam.nativeId());
        assertEquals("minhtuan_bt", jam.authorName());
        assertEquals(Instant.parse("2025-07-14T11:20:00Z"), jam.createdAt());
    }

    // ---- the text as the feed means it ----

    private static PostAssembler assembler;

    private static List<Post> stored(Page p) {
        if (assembler == null) {
            assembler = new PostAssembler(new Analyzer());
        }
        return p.items().stream().map(i -> assembler.assemble(i, "Báo", Instant.parse("2025-07-15T03:00:00Z"))).toList();
    }

    @Test
    void entitiesAreDecodedOnceAsEachElementsTypeSays() throws ConnectorException {
        // after XML decoding: RSS description is HTML, Atom text is text, Atom html is HTML
        server.stubFor(get(urlPathEqualTo("/rss/an-toan.rss")).willReturn(feed("""
                <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin</title>
                <link>${base}/</link><description>d</description><item><title>Giá xăng</title><guid>r1</guid>
                <pubDate>Tue, 15 Jul 2025 09:00:00 +0700</pubDate>
                <description>&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; giá xăng</description></item>
                </channel></rss>""")));
        server.stubFor(get(urlPathEqualTo("/atom/an-toan.xml")).willReturn(feed("""
                <?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tin</title>
                <id>f</id><updated>2025-07-15T02:00:00Z</updated>
                <entry><id>a1</id><title type="text">Thẻ &amp;lt;b&amp;gt; in đậm</title><updated>2025-07-15T02:00:00Z</updated>
                <summary type="text">&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; giá xăng</summary></entry>
                <entry><id>a2</id><title type="html">Giá &lt;b&gt;xăng&lt;/b&gt;</title><updated>2025-07-15T01:00:00Z</updated>
                <content type="html">&lt;p&gt;Giá xăng &amp;lt; 25k&lt;/p&gt;</content></entry>
                </feed>""")));
        Post rss = stored(open(new FeedConfig(baseUrl() + "/rss/an-toan.rss", false, 50), context()).fetch(null)).get(0);
        assertEquals("<script>alert(1)</script> giá xăng", rss.text(), "the HTML spelled the characters < and >");
        List<Post> atom = stored(open(new FeedConfig(baseUrl() + "/atom/an-toan.xml", false, 50), context()).fetch(null));
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; giá xăng", atom.get(0).text(), "type=text is the text itself");
        assertEquals("Thẻ &lt;b&gt; in đậm", atom.get(0).title());
        assertEquals("Giá xăng < 25k", atom.get(1).text());
        assertEquals("Giá xăng", atom.get(1).title());
    }

    @Test
    void aWindows1258FeedIsStoredComposed() throws ConnectorException {
        // windows-1258 has no "ổ": it writes ô and a combining hook, and decodes so
        String paper = "Tu\u00F4\u0309i Tre\u0309";
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1258\"?><rss version=\"2.0\"><channel><title>" + paper
                + "</title><link>" + baseUrl() + "/</link><description>d</description><item><title>Ng\u00E2\u0323p</title>"
                + "<guid>w1</guid><pubDate>Tue, 15 Jul 2025 09:00:00 +0700</pubDate><description>Ng\u00E2\u0323p</description>"
                + "</item></channel></rss>";
        server.stubFor(get(urlPathEqualTo("/rss/1258.rss")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml").withBody(xml.getBytes(java.nio.charset.Charset.forName("windows-1258")))));
        Page p = open(new FeedConfig(baseUrl() + "/rss/1258.rss", false, 50), context()).fetch(null);
        assertEquals(paper, p.items().get(0).authorName(), "the connector passes on what the feed says");
        Post stored = stored(p).get(0);
        assertEquals("Tuổi Trẻ", stored.authorName());
        assertEquals("Ngập", stored.title());
    }

    // ---- later runs and the per-run budget ----

    @Test
    void aLaterRunReturnsOnlyNewEntries() throws ConnectorException {
        server.stubFor(get(urlPathEqualTo("/rss/thoi-su.rss")).willReturn(feed(fixture("feed/tuoitre.rss"))));
        Connector c = open(new FeedConfig(baseUrl() + "/rss/thoi-su.rss", false, 50), context());
        List<String> cursors = new ArrayList<>();
        assertEquals(2, all(c, null, cursors).size());
        assertTrue(all(c, cursors.get(0), cursors).isEmpty(), "nothing new, nothing returned");

        String newer = fixture("feed/tuoitre.rss").replaceFirst("<item>", """
                <item>
                <title><![CDATA[Cấm xe tải qua cầu Bình Triệu từ 16/7 để sửa chữa]]></title>
                <link><![CDATA[https://tuoitre.vn/cam-xe-tai-qua-cau-binh-trieu-20250715095500999.htm]]></link>
                <guid isPermaLink="false"><![CDATA[https://tuoitre.vn/cam-xe-tai-qua-cau-binh-trieu-20250715095500999.htm]]></guid>
                <description><![CDATA[TTO - Xe tải trên 5 tấn phải đi vòng qua cầu Bình Lợi mới.]]></description>
                <pubDate><![CDATA[Tue, 15 Jul 2025 09:55:00 GMT+7]]></pubDate>
                </item>
                <item>""");
        server.stubFor(get(urlPathEqualTo("/rss/thoi-su.rss")).willReturn(feed(newer)));
        List<HarvestedItem> later = all(c, cursors.get(1), cursors);
        assertEquals(List.of("https://tuoitre.vn/cam-xe-tai-qua-cau-binh-trieu-20250715095500999.htm"),
                later.stream().map(HarvestedItem::nativeId).toList());
        assertTrue(all(c, cursors.get(2), cursors).isEmpty());
    }

    @Test
    void aBacklogLargerThanTheBudgetIsTakenOverSeveralRunsWithoutLoss() throws ConnectorException {
        List<String> expected = stubAllPages();
        Connector c = open(new FeedConfig(baseUrl() + PATH, false, 3), context());
        List<String> seen = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String cursor = null;
        for (int run = 0; run < 4; run++) {
            List<HarvestedItem> items = all(c, cursor, cursors);
            assertTrue(items.size() <= 3, "a run takes at most the budget");
            items.forEach(i -> seen.add(i.nativeId()));
            cursor = cursors.get(cursors.size() - 1);
        }
        assertEquals(expected, seen);
        assertTrue(all(c, cursor, cursors).isEmpty());
    }

    @Test
    void aBudgetEndingInsideAPageResumesInsideIt() throws ConnectorException {
        server.stubFor(get(urlPathEqualTo("/rss/thoi-su.rss")).willReturn(feed(fixture("feed/tuoitre.rss"))));
        Connector c = open(new FeedConfig(baseUrl() + "/rss/thoi-su.rss", false, 1), context());
        Page first = c.fetch(null);
        assertFalse(first.more(), "the run ends with its budget");
        Page second = c.fetch(first.nextCursor());
        assertEquals(1, second.items().size());
        assertTrue(second.items().get(0).nativeId().contains("truong-hoc"), "the older entry follows");
        assertTrue(c.fetch(second.nextCursor()).items().isEmpty());
    }

    @Test
    void aFutureDateDoesNotHideLaterEntries() throws ConnectorException {
        String future = fixture("feed/tuoitre.rss").replace("Tue, 15 Jul 2025 09:30:12 GMT+7", "Sat, 01 Jan 2099 00:00:00 GMT+7");
        server.stubFor(get(urlPathEqualTo("/rss/thoi-su.rss")).willReturn(feed(future)));
        Page p = open(new FeedConfig(baseUrl() + "/rss/thoi-su.rss", false, 50), context()).fetch(null);
        assertEquals(NOW, p.items().get(0).createdAt(), "clamped to now");
    }

    // ---- following article links ----

    private void stubThanhNien() {
        server.stubFor(get(urlPathEqualTo("/thoi-su.rss")).willReturn(feed(fixture("feed/thanhnien.rss"))));
        server.stubFor(get(urlPathEqualTo("/cong-ngan-trieu-phu-dinh-van-hanh-185250715094500111.htm"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                        .withBody(fixture("feed/article-phu-dinh.html"))));
        server.stubFor(get(urlPathEqualTo("/benh-vien-nhi-dong-1-qua-tai-185250715090000222.htm"))
                .willReturn(aResponse().withStatus(404).withBody("not found")));
    }

    @Test
    void followsLinksOnTheFeedsSiteAndAddsTheArticleToTheFeedsText() throws ConnectorException {
        stubThanhNien();
        Page p = open(new FeedConfig(baseUrl() + "/thoi-su.rss", true, 50), context()).fetch(null);
        assertEquals(3, p.items().size());

        HarvestedItem article = p.items().get(0);
        assertTrue(article.html(), "the feed's HTML and the article, one HTML body");
        assertEquals("Nguyễn Thị Hoa", article.authorName());
        String text = stored(p).get(0).text();
        // the sapo sits outside the article's markup on the page: only the feed has it
        assertTrue(text.contains("cống Phú Định giúp nhiều tuyến hẻm ở Bình Tân không còn ngập khi triều lên."), text);
        assertTrue(text.contains("cống ngăn triều Phú Định giúp nhiều tuyến hẻm ở phường Bình Tân"), text);
        assertTrue(text.contains("570 km²"), text);
        for (String junk : List.of("dataLayer", "Quảng cáo", "Tin liên quan", "Chia sẻ", "Đọc nhiều", "Giấy phép",
                "Trang chủ", "Thế giới", "Bật JavaScript", "tracker", "line-height")) {
            assertFalse(text.contains(junk), "no '" + junk + "' in: " + text);
        }

        HarvestedItem offSite = p.items().get(1);
        assertTrue(offSite.html() && offSite.text().contains("60 chuyến"), "off-site links keep the summary");
        server.verify(0, getRequestedFor(urlPathEqualTo("/xe-buyt-dien-can-gio.htm")));
        HarvestedItem gone = p.items().get(2);
        assertTrue(gone.html() && gone.text().contains("sốt xuất huyết"), "a missing article keeps the summary");
        server.verify(getRequestedFor(urlPathEqualTo("/cong-ngan-trieu-phu-dinh-van-hanh-185250715094500111.htm"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.matching("Basic .+")));
    }

    @Test
    void aSapoTheArticleAlreadyHoldsIsNotRepeated() throws ConnectorException {
        String first = "Sau một tuần vận hành thử, cống ngăn triều Phú Định giúp nhiều tuyến hẻm ở phường Bình Tân "
                + "không còn ngập khi triều lên vào buổi chiều.";
        server.stubFor(get(urlPathEqualTo("/thoi-su.rss")).willReturn(feed(fixture("feed/thanhnien.rss")
                .replace("Sau một tuần vận hành thử, cống Phú Định giúp nhiều tuyến hẻm ở Bình Tân không còn ngập khi triều lên.",
                        "  " + first.replace(", ", ",\n ")))));
        server.stubFor(get(urlPathEqualTo("/cong-ngan-trieu-phu-dinh-van-hanh-185250715094500111.htm"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                        .withBody(fixture("feed/article-phu-dinh.html"))));
        String text = stored(open(new FeedConfig(baseUrl() + "/thoi-su.rss", true, 50), context()).fetch(null)).get(0).text();
        assertEquals(text.indexOf("Sau một tuần"), text.lastIndexOf("Sau một tuần"), "once: " + text);
        assertTrue(text.contains("570 km²"), text);
    }

    @Test
    void anArticlesIframeSrcdocAndScriptDataAreNotText() throws ConnectorException {
        server.stubFor(get(urlPathEqualTo("/thoi-su.rss")).willReturn(feed(fixture("feed/thanhnien.rss"))));
        String paragraph = "Sau một tuần vận hành thử, cống ngăn triều Phú Định giúp nhiều tuyến hẻm không còn ngập. ";
        server.stubFor(get(urlPathEqualTo("/cong-ngan-trieu-phu-dinh-van-hanh-185250715094500111.htm"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8").withBody(
                        "<html><head><script type=\"application/ld+json\">{\"a\":\"b\"}</script></head><body><article>"
                        + "<p>" + paragraph.repeat(3) + "</p><iframe srcdoc=\"<p>secret ad</p>\"></iframe>"
                        + "<script>window.__DATA__={\"x\":\"y\"}</script>"
                        + "<p>Trữ nước<script>window.__EMBED__={\"tweet\":\"<script async src=x.js></script>\"};</script> nhé.</p>"
                        + "</article></body></html>")));
        String text = stored(open(new FeedConfig(baseUrl() + "/thoi-su.rss", true, 50), context()).fetch(null)).get(0).text();
        assertTrue(text.contains("cống ngăn triều Phú Định") && text.contains("Trữ nước nhé."), text);
        for (String junk : List.of("secret ad", "\"", "{", "}", "__DATA__", "tweet")) {
            assertFalse(text.contains(junk), "no '" + junk + "' in: " + text);
        }
    }

    @Test
    void articleLinksThatCannotBeReadAreNotedAndLogged() throws ConnectorException {
        stubThanhNien();
        // the same site on a port where nothing listens: an unreachable host
        String unreachable = "http://localhost:1/mat-dien-dien-rong.htm";
        server.stubFor(get(urlPathEqualTo("/thoi-su.rss")).willReturn(feed(fixture("feed/thanhnien.rss")
                .replace("https://partner.example.org/xe-buyt-dien-can-gio.htm", unreachable))));
        List<java.util.logging.LogRecord> logged = new ArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(FeedConnector.class.getName());
        log.addHandler(handler);
        Page p;
        try {
            p = open(new FeedConfig(baseUrl() + "/thoi-su.rss", true, 50), context()).fetch(null);
        } finally {
            log.removeHandler(handler);
        }
        assertEquals(3, p.items().size(), "an unread article keeps its feed entry");
        assertEquals(1, p.notes().size(), p.notes().toString());
        String note = p.notes().get(0);
        assertTrue(note.startsWith("2 of 3 article links could not be read: "), note);
        assertTrue(note.contains(unreachable + " (cannot connect to localhost"), note);
        assertTrue(note.contains(baseUrl() + "/benh-vien-nhi-dong-1-qua-tai-185250715090000222.htm (HTTP 404)"), note);
        assertTrue(logged.stream().anyMatch(r -> new java.util.logging.SimpleFormatter().formatMessage(r)
                .contains("/benh-vien-nhi-dong-1-qua-tai-185250715090000222.htm (HTTP 404)")), "logged too");
    }

    @Test
    void anArticlePageOverItsLimitKeepsTheSummary() throws ConnectorException {
        server.stubFor(get(urlPathEqualTo("/thoi-su.rss")).willReturn(feed(fixture("feed/thanhnien.rss"))));
        // 6 MB of page, over the 5 MB an article may have (the feed itself may have 20 MB)
        String huge = "<html><body><p>" + "Ngập nặng ở Thủ Đức. ".repeat(6 * 1024 * 1024 / 24) + "</p></body></html>";
        server.stubFor(get(urlPathEqualTo("/cong-ngan-trieu-phu-dinh-van-hanh-185250715094500111.htm"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8")
                        .withBody(huge)));
        Page p = open(new FeedConfig(baseUrl() + "/thoi-su.rss", true, 50), context()).fetch(null);
        assertEquals(3, p.items().size());
        assertTrue(p.items().get(0).html() && !p.items().get(0).text().contains("Ngập nặng ở Thủ Đức"),
                "the summary, not the page: " + p.items().get(0).text().substring(0, 80));
    }

    @Test
    void anArticleSiteAskingToSlowDownStopsThePage() {
        server.stubFor(get(urlPathEqualTo("/thoi-su.rss")).willReturn(feed(fixture("feed/thanhnien.rss"))));
        server.stubFor(get(urlPathEqualTo("/cong-ngan-trieu-phu-dinh-van-hanh-185250715094500111.htm"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "90")));
        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> open(new FeedConfig(baseUrl() + "/thoi-su.rss", true, 50), context()).fetch(null));
        assertEquals(Duration.ofSeconds(90), e.retryAfter());
    }

    @Test
    void sameSiteCoversSubdomainsOfOneRegisteredDomain() {
        assertTrue(FeedConnector.sameSite(java.net.URI.create("https://cdn.tuoitre.vn/a"), java.net.URI.create("https://tuoitre.vn/rss")));
        assertTrue(FeedConnector.sameSite(java.net.URI.create("https://www.hochiminhcity.gov.vn/a"),
                java.net.URI.create("https://hochiminhcity.gov.vn/rss")));
        assertFalse(FeedConnector.sameSite(java.net.URI.create("https://other.gov.vn/a"),
                java.net.URI.create("https://hochiminhcity.gov.vn/rss")));
        assertFalse(FeedConnector.sameSite(java.net.URI.create("http://169.254.169.254/latest"),
                java.net.URI.create("https://vnexpress.net/rss")));
        assertFalse(FeedConnector.sameSite(java.net.URI.create("file:///etc/passwd"), java.net.URI.create("https://vnexpress.net/rss")));
    }

    // ---- HTTP errors ----

    @Test
    void aServiceUnavailableWithRetryAfterIsAWait() {
        stubFirstPage(aResponse().withStatus(503).withHeader("Retry-After", "300"));
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> connector().fetch(null));
        assertEquals(Duration.ofSeconds(300), e.retryAfter());
    }

    @Test
    void aFeedBehindALoginWithoutCredentialsSaysSo() {
        stubFirstPage(expiredCredentialsReply());
        Connector c = new FeedConnectorFactory().open(new FeedConfig(baseUrl() + PATH, false, 50), Credentials.NONE, context());
        CredentialsRejectedException e = assertThrows(CredentialsRejectedException.class, () -> c.fetch(null));
        assertTrue(e.getMessage().contains("asks for a user name and password"), e.getMessage());
        server.verify(getRequestedFor(urlPathEqualTo(PATH)).withoutHeader("Authorization"));
    }

    @Test
    void anHtmlPageInsteadOfAFeedIsABadReply() {
        stubFirstPage(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html><head><title>VnExpress</title></head><body><p>Trang chủ</p></body></html>"));
        BadReplyException e = assertThrows(BadReplyException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("not an RSS, Atom or RDF feed"), e.getMessage());
    }

    @Test
    void anHtml5PageIsNamedAnHtmlPageNotADoctypeAttack() {
        // the front page a wrong feed URL usually lands on, whatever type the server claims for it
        String page = """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8"><title>VnExpress - Báo tiếng Việt</title></head>
                <body><p>Tin mới nhất<br>Thời sự</p></body></html>
                """;
        String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
                + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>";
        for (var reply : List.of(feed(page), feed(page.replace("<!DOCTYPE html>", "<!doctype html>")),
                aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8").withBody(page),
                feed(xhtml))) {
            stubFirstPage(reply);
            BadReplyException e = assertThrows(BadReplyException.class, () -> connector().fetch(null));
            assertTrue(e.getMessage().contains("answered an HTML page, not an RSS, Atom or RDF feed"), e.getMessage());
            assertFalse(e.getMessage().contains("XXE") || e.getMessage().contains("DOCTYPE"), e.getMessage());
        }
    }

    // ---- hostile feeds ----

    private static final String XXE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <rss version="2.0"><channel><title>Tin</title><link>https://example.vn</link><description>x</description>
            <item><title>&secret;</title><guid>1</guid><description>&secret;</description></item></channel></rss>
            """;

    private static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss version="2.0"><channel><title>&lol9;</title><link>https://example.vn</link><description>x</description>
            <item><title>&lol9;</title><guid>1</guid></item></channel></rss>
            """;

    @Test
    void anExternalEntityIsRefused() {
        stubFirstPage(feed(XXE));
        BadReplyException e = assertThrows(BadReplyException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("DOCTYPE") && e.getMessage().contains("XXE"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "nothing of the file leaks into the message");
    }

    @Test
    void entityExpansionIsRefused() {
        stubFirstPage(feed(BILLION_LAUGHS));
        BadReplyException e = assertThrows(BadReplyException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void romeAloneRefusesDoctypesToo() {
        // the second guard: ROME's own default, whatever our streaming pass does
        for (String hostile : List.of(XXE, BILLION_LAUGHS)) {
            var e = assertThrows(com.rometools.rome.io.FeedException.class,
                    () -> new SyndFeedInput().build(new StringReader(hostile)));
            assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        }
    }

    @Test
    void invalidUtf8IsABadReply() {
        byte[] good = fixture("feed/vnexpress-page1.rss").getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 2];
        int cut = new String(good, StandardCharsets.UTF_8).indexOf("Kẹt xe");
        System.arraycopy(good, 0, bad, 0, cut);
        bad[cut] = (byte) 0xC3; // a lead byte followed by a plain letter: not UTF-8
        bad[cut + 1] = (byte) 0x28;
        System.arraycopy(good, cut, bad, cut + 2, good.length - cut);
        stubFirstPage(aResponse().withStatus(200).withHeader("Content-Type", contentType()).withBody(bad));
        BadReplyException e = assertThrows(BadReplyException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("not valid UTF-8 text at byte " + cut + " "), e.getMessage());
    }

    @Test
    void aFeedSentGzipCompressedUnaskedIsReadAndAGzipBombIsNot() throws Exception {
        // the fetcher asks for no compression; some servers compress all the same
        stubFirstPage(aResponse().withStatus(200).withHeader("Content-Type", contentType())
                .withHeader("Content-Encoding", "gzip").withBody(gzip(firstPageBody().getBytes(StandardCharsets.UTF_8))));
        assertEquals(3, connector().fetch(null).items().size());

        stubFirstPage(aResponse().withStatus(200).withHeader("Content-Type", contentType())
                .withHeader("Content-Encoding", "gzip").withBody(gzip(new byte[30 * 1024 * 1024])));
        BadReplyException e = assertThrows(BadReplyException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("gzip-compressed body that was not asked for"), e.getMessage());
        assertTrue(e.getMessage().contains("expands to more than 20 MB"), e.getMessage());
    }

    static byte[] gzip(byte[] bytes) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] millionItemFeed(String item) {
        StringBuilder b = new StringBuilder(item.length() * 1_000_000 + 200);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://example.vn</link><description>d</description>");
        for (int i = 0; i < 1_000_000; i++) {
            b.append(item);
        }
        return b.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aMillionEntriesAreCountedWhileStreamingAndRefused() {
        // 7 MB: within the body limit, so only the streaming count can stop it before ROME builds a tree
        stubFirstPage(aResponse().withStatus(200).withHeader("Content-Type", contentType()).withBody(millionItemFeed("<item/>")));
        BadReplyException e = assertThrows(BadReplyException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("more than 5000 entries"), e.getMessage());
    }

    @Test
    void aMillionFullEntriesAreRefusedByTheirSize() {
        stubFirstPage(aResponse().withStatus(200).withHeader("Content-Type", contentType())
                .withBody(millionItemFeed("<item><title>Tin</title><guid>1</guid></item>")));
        BadReplyException e = assertThrows(BadReplyException.class, () -> connector().fetch(null));
        assertTrue(e.getMessage().contains("larger than the limit"), e.getMessage());
    }

    @Test
    void aFeedWithoutNextLinkEndsTheWalk() throws ConnectorException {
        stubEmpty();
        Page p = connector().fetch(null);
        assertNull(p.nextCursor(), "nothing taken, nothing to remember");
    }
}
