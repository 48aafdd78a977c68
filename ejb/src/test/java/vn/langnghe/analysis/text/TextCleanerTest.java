package vn.langnghe.analysis.text;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void htmlPageBecomesItsVisibleTextWithoutScriptsAndStyles() {
        String html = "<!DOCTYPE html><html><head><title>Tin nhanh</title><style>body{color:red}</style>"
                + "<script>var x = 'không hiện';</script></head><body><h1>Ngập nặng ở Thủ Đức</h1>"
                + "<p>Mưa lớn chiều nay khiến đường Kha Vạn Cân ngập sâu.</p><script>track();</script></body></html>";
        CleanedText c = cleaner.clean(html);
        assertTrue(c.html());
        assertTrue(c.text().contains("Ngập nặng ở Thủ Đức"), c.text());
        assertTrue(c.text().contains("Mưa lớn chiều nay khiến đường Kha Vạn Cân ngập sâu."), c.text());
        assertFalse(c.text().contains("color:red"), c.text());
        assertFalse(c.text().contains("không hiện"), c.text());
        assertFalse(c.text().contains("track()"), c.text());
        assertFalse(c.text().contains("<"), c.text());
        assertEquals(html, c.original());
    }

    @Test
    void htmlFragmentKeepsItsLinesAndInlineTextAndDecodesEntities() {
        String post = "<p>Đường&nbsp;Lê Lợi <b>ngập</b> &amp; kẹt<br>từ 5h chiều</p><p><a href=\"https://x.vn/t\">#ngậpnước</a> "
                + "<span class=\"invisible\">cả</span>khu</p><noscript>Bật JavaScript</noscript><ul><li>một</li><li>hai</li></ul>";
        assertEquals("Đường Lê Lợi ngập & kẹt\ntừ 5h chiều\n#ngậpnước cảkhu\nmột\nhai", cleaner.clean(post).text());
        // unclosed and deeply nested markup is read, not rejected
        assertEquals("Mất điện cả ngày", cleaner.clean("<p>Mất <b>điện <i>cả ngày").text());
        String deep = "<div>".repeat(20_000) + "sâu" + "</div>".repeat(20_000);
        assertEquals("sâu", cleaner.clean(deep).text());
    }

    @Test
    void anIframesSrcdocAndScriptDataAreNotText() {
        // a "</script>" inside a script's string ends the script there: the rest of its data ("}) is left as text
        String post = "<p>Quận 4 cắt nước từ 22h.</p><iframe srcdoc=\"<p>secret ad</p>\"></iframe>"
                + "<script type=\"application/ld+json\">{\"a\":\"b\"}</script><script>window.__DATA__={\"x\":\"y\"}</script>"
                + "<p>Trữ nước<script>window.__EMBED__={\"tweet\":\"<script async src=x.js></script>\"};</script> nhé.</p>";
        assertEquals("Quận 4 cắt nước từ 22h.\nTrữ nước nhé.", cleaner.clean(post, true).text());
        // a script that escapes its inner end tag ends where it says: the text after it stays
        assertEquals("Trước\nSau", cleaner.clean("<p>Trước</p><script>document.write('<script src=a.js><\\/script>')"
                + "</script><p>Sau</p><script>x()</script>", true).text());
    }

    @Test
    void plainTextDoesNotLookLikeHtml() {
        for (String s : List.of("Kẹt xe quá trời luôn mn ơi", "giá xăng < 25k là vui rồi", "yêu Sài Gòn <3 <3",
                "a<b và b>c", "1 < 2 > 0", "Xem thêm")) {
            assertFalse(TextCleaner.looksLikeHtml(s), s);
            assertFalse(cleaner.clean(s).html(), s);
        }
        assertTrue(TextCleaner.looksLikeHtml("Ngập <b>nặng</b>"));
        assertTrue(TextCleaner.looksLikeHtml("dòng 1<br/>dòng 2"));
        assertTrue(TextCleaner.looksLikeHtml("<p class=\"x\">hi</p>"));
    }

    @Test
    void boilerplateZeroWidthAndWhitespaceAreRemoved() {
        String raw = "Đường  Nguyễn\u200B Hữu Cảnh \t ngập\u00A0tới  đầu gối…  Xem thêm";
        assertEquals("Đường Nguyễn Hữu Cảnh ngập tới đầu gối", cleaner.clean(raw).text());
        assertEquals("Traffic on Vo Van Kiet is terrible", cleaner.clean("Traffic on Vo Van Kiet is terrible... See more").text());
        assertEquals("Cúp điện cả khu\nXem bản dịch bên dưới không có", cleaner.clean("Cúp điện cả khu\nXem bản dịch bên dưới không có").text());
        assertEquals("dòng một\ndòng hai", cleaner.clean("dòng một\n\n\n  dòng hai\nSee translation").text());
        // "xem thêm" inside a sentence is ordinary text
        assertEquals("Mọi người xem thêm thông tin ở trang quận nhé", cleaner.clean("Mọi người xem thêm thông tin ở trang quận nhé").text());
    }

    @Test
    void decomposedInputBecomesNfc() {
        String nfd = java.text.Normalizer.normalize("Kẹt xe ở Hàng Xanh", java.text.Normalizer.Form.NFD);
        assertEquals("Kẹt xe ở Hàng Xanh", cleaner.clean(nfd).text());
    }

    @Test
    void urlsMentionsAndHashtagsAreEntitiesWithOffsets() {
        String raw = "@UBND_Quan1 ơi, đường Lê Lợi ngập rồi: https://vnexpress.net/ngap-le-loi-123.html. #ngậpnước #HCM email a@b.vn";
        CleanedText c = cleaner.clean(raw);
        List<TextEntity> es = c.entities();
        assertEquals(List.of(TextEntity.Type.MENTION, TextEntity.Type.URL, TextEntity.Type.HASHTAG, TextEntity.Type.HASHTAG),
                es.stream().map(TextEntity::type).toList(), es.toString());
        for (TextEntity e : es) assertEquals(e.text(), c.text().substring(e.start(), e.end()));
        assertEquals("https://vnexpress.net/ngap-le-loi-123.html", es.get(1).text());
        assertEquals(List.of("ngậpnước", "hcm"), c.hashtags());
        assertEquals(List.of("ubnd_quan1"), c.mentions());
        assertEquals("@UBND_Quan1 ơi, đường Lê Lợi ngập rồi: URL. #ngậpnước #HCM email a@b.vn", c.analysisText());
    }

    @Test
    void urlFragmentsAndNumbersAreNotHashtags() {
        CleanedText c = cleaner.clean("Xem https://example.vn/page#section và căn hộ #12 &#39; #1");
        assertEquals(List.of(TextEntity.Type.URL), c.entities().stream().map(TextEntity::type).toList(), c.entities().toString());
    }

    @Test
    void filesGoThroughTikaAutoDetection() throws Exception {
        byte[] html = "<html><body><p>Phản ánh: rác thải ở kênh Nhiêu Lộc</p></body></html>".getBytes(StandardCharsets.UTF_8);
        CleanedText c = cleaner.extractFile(new ByteArrayInputStream(html), "phan-anh.html");
        assertEquals("Phản ánh: rác thải ở kênh Nhiêu Lộc", c.text());
    }
}
