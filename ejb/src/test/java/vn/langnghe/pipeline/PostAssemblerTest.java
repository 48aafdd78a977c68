package vn.langnghe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.analysis.Analyzer;
import vn.langnghe.harvest.connector.HarvestedItem;
import vn.langnghe.index.Post;

class PostAssemblerTest {
    private static PostAssembler assembler;
    private static final Instant FETCHED = Instant.parse("2025-07-15T03:00:00Z");

    @BeforeAll
    static void load() {
        assembler = new PostAssembler(new Analyzer());
    }

    @Test
    void aCommentIsAnalysedAndTiedToItsThread() {
        HarvestedItem c = HarvestedItem.builder("facebook", "111_222").kind("comment").replyTo("111_200", "111")
                .author("Trần Thị B", "1009").text("Đường Nguyễn Hữu Cảnh Bình Thạnh ngập nặng quá, kẹt xe cả tiếng 😡")
                .createdAt(Instant.parse("2025-07-14T10:00:00Z")).likes(12).build();
        Post p = assembler.assemble(c, "Fanpage UBND", FETCHED);
        assertEquals("facebook:111_222", p.id());
        assertEquals("facebook:111_200", p.parentId());
        assertEquals("facebook:111", p.threadId());
        assertEquals("Fanpage UBND", p.source());
        assertEquals(FETCHED, p.harvestedAt());
        assertEquals("vi", p.language());
        assertEquals("negative", p.sentiment());
        assertTrue(p.regionAreas().contains("binh_thanh"), p.regionAreas().toString());
        assertTrue(p.topics().contains("flooding") || p.topics().contains("transport"), p.topics().toString());
        assertEquals(12, p.likes());
    }

    @Test
    void htmlIsStoredAsTextWithoutScripts() {
        HarvestedItem page = HarvestedItem.builder("web", "https://example.vn/a").kind("article")
                .title("Thông báo <b>lịch</b> cắt điện")
                .html("<html><head><script>alert('x')</script><style>p{}</style></head><body>"
                        + "<p>Khu vực phường Bến Thành sẽ tạm ngưng cấp điện ngày 20/7.</p>"
                        + "<img src=x onerror=alert(1)></body></html>")
                .createdAt(Instant.parse("2025-07-14T10:00:00Z")).build();
        Post p = assembler.assemble(page, "Tin tức", FETCHED);
        assertFalse(p.text().contains("<"), p.text());
        assertFalse(p.text().contains("alert"), p.text());
        assertTrue(p.text().contains("Bến Thành"));
        assertEquals("Thông báo lịch cắt điện", p.title());
        assertTrue(p.signature() != null && p.signature().length() == 16);
    }

    private static HarvestedItem.Builder item(String nativeId) {
        return HarvestedItem.builder("web", nativeId).kind("article").createdAt(Instant.parse("2025-07-14T10:00:00Z"));
    }

    @Test
    void entitiesAreDecodedOnceAsTheItemsFormatSays() {
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt; giá xăng";
        // plain text means what it says: someone wrote these entities, so they are the text
        Post plain = assembler.assemble(item("p").title("Dùng <script> thế nào").text(escaped).build(), "Tin", FETCHED);
        assertEquals(escaped, plain.text());
        assertEquals("Dùng <script> thế nào", plain.title());
        // in HTML they stand for the characters, decoded once
        Post html = assembler.assemble(item("h").title("Giá &amp;lt;b&amp;gt;").html(escaped).build(), "Tin", FETCHED);
        assertEquals("<script>alert(1)</script> giá xăng", html.text());
        assertEquals("Giá &lt;b&gt;", html.title());
    }

    @Test
    void everyTextFieldIsComposedSoAnExactFilterFindsIt() {
        // as windows-1258 decodes: a base letter, then the tone as a combining mark (ổ = ô + U+0309)
        String paper = "Tu\u00F4\u0309i Tre\u0309";
        String flood = "ngâ\u0323p";
        HarvestedItem decomposed = item("d").author(paper, "tuoitre").title("Tin " + flood)
                .text("Đường Nguyễn Hữu Cảnh " + flood + " nặng #" + flood + "nươ\u0301c").build();
        Post p = assembler.assemble(decomposed, "Báo " + paper, FETCHED);
        assertEquals("Tuổi Trẻ", p.authorName());
        assertEquals("Báo Tuổi Trẻ", p.source());
        assertEquals("Tin ngập", p.title());
        assertTrue(p.text().contains("ngập nặng"), p.text());
        assertEquals(List.of("ngậpnước"), p.hashtags());
    }
}
