package vn.langnghe.analysis.text;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {
    private final VietnameseNormalizer n = new VietnameseNormalizer();
    private final KeywordExtractor k = new KeywordExtractor();

    @Test
    void hashtagsAndKeywords() {
        Keywords kw = k.extract(n.normalize("Kẹt xe ở vòng xoay Hàng Xanh, kẹt xe cả tiếng rồi mà chưa thoát được 😡 "
                + "ket xe kieu nay ai chiu noi #KẹtXe #HCM #kẹtxe"));
        assertEquals(List.of("kẹtxe", "hcm"), kw.hashtags());
        assertEquals("kẹt xe", kw.keywords().get(0), kw.toString());
        assertTrue(kw.keywords().size() <= 5);
        assertFalse(kw.keywords().contains("rồi"));
        assertFalse(kw.keywords().contains("được"));
    }

    @Test
    void englishStopwordsAreSkipped() {
        Keywords kw = k.extract(n.normalize("The power outage in District 7 is the worst power outage this year"));
        assertEquals("power outage", kw.keywords().get(0), kw.toString());
        assertFalse(kw.keywords().contains("the"));
    }
}
