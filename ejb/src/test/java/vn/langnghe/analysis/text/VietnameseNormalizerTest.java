package vn.langnghe.analysis.text;

import static org.junit.jupiter.api.Assertions.*;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseNormalizerTest {
    private final VietnameseNormalizer n = new VietnameseNormalizer();

    private String norm(String s) {
        return n.normalize(s).normalized();
    }

    @Test
    void composedAndDecomposedInputGiveTheSameResult() {
        String composed = "Người dân phản ánh đường ngập";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertNotEquals(composed, decomposed);
        NormalizedText a = n.normalize(composed), b = n.normalize(decomposed);
        assertEquals(composed, b.normalized());
        assertEquals(a.tokens(), b.tokens());
        assertEquals(a.foldedTokens(), b.foldedTokens());
        assertEquals(decomposed, b.original());
    }

    @Test
    void tonePlacementIsOneStyle() {
        assertEquals("hòa", norm("hoà"));
        assertEquals("thúy", norm("thuý"));
        assertEquals("khỏe", norm("khoẻ"));
        assertEquals("Hòa Bình", norm("Hoà Bình"));
        assertEquals("HÒA", norm("HOÀ"));
        assertEquals("mùa thủy triều", norm("muà thuỷ triều"));
        assertEquals("ngoài", norm("ngoaì"));
        assertEquals("khuỷu", norm("khuyủ"));
        // already right, or no choice to make
        for (String ok : List.of("hoàng", "quý", "giá", "gì", "quốc", "người", "thuở", "cứu", "hướng", "toán", "thuyết",
                "khuya", "xoong", "của", "mía", "giường", "hòa", "khỏe", "thúy")) {
            assertEquals(ok, norm(ok), ok);
        }
        // foreign words are left alone
        assertEquals("café Pháp", norm("café Pháp"));
    }

    @Test
    void toneRuleWorksOnSyllablesNotAWordList() {
        assertEquals("tòa", VietnameseTones.placeTone("toà"));
        assertEquals("lòe", VietnameseTones.placeTone("loè"));
        assertEquals("lũy", VietnameseTones.placeTone("luỹ"));
        assertEquals("Tùy", VietnameseTones.placeTone("Tuỳ"));
        assertEquals("hoàn", VietnameseTones.placeTone("hòan"));
        assertEquals("quý", VietnameseTones.placeTone("quý"));
    }

    @Test
    void teencodeIsExpandedOnlyAsWholeTokens() {
        assertEquals("không được gì với mọi người", norm("ko dc j vs mn"));
        assertEquals("Không biết đường nào kẹt", norm("K bít đường nào kẹt"));
        assertEquals("kẹt xe quá trời mọi người ơi", norm("kẹt xe wá trời mng ơi"));
        assertEquals("như thế nào rồi à", norm("ntn r ak"));
        assertEquals("thích công ty ở thành phố Sài Gòn", norm("thik cty ở tp sg"));
        assertEquals("không không không được", norm("hok hông khg đc"));
        // not inside words
        assertEquals("kẹt xe khổ ghê", norm("kẹt xe khổ ghê"));
        assertEquals("50k một ly", norm("50k một ly"));
        assertEquals("giá 50 k một ly, ngon không?", norm("giá 50 k một ly, ngon k?"));
    }

    @Test
    void vAndZMeanVayOnlyAtTheEndOfASentence() {
        assertEquals("sao kẹt dữ vậy?", norm("sao kẹt dữ v?"));
        assertEquals("gì vậy", norm("j z"));
        assertEquals("xe v ô tô", norm("xe v ô tô"));
    }

    @Test
    void repeatedLettersAreSquashedButDoubleLettersKept() {
        assertEquals("đi", norm("điiiii"));
        assertEquals("quá", norm("quáaaa"));
        assertEquals("không", norm("khônggggg"));
        assertEquals("không", norm("kooo"));
        assertEquals("xoong", norm("xoong"));
        assertEquals("cooperation", norm("cooperation"));
        assertEquals("1000 người", norm("1000 người"));
    }

    @Test
    void emojiAndEmoticonsBecomeSentimentTokens() {
        NormalizedText t = n.normalize("Kẹt xe 😡🤬 cả tiếng :( mệt quá :(( 😭 nhưng được về sớm =)) ^^ 👍❤️🥰👏 :) 😊");
        assertEquals(List.of("EMO_NEG", "EMO_NEG", "EMO_NEG", "EMO_NEG", "EMO_NEG", "EMO_POS", "EMO_POS",
                "EMO_POS", "EMO_POS", "EMO_POS", "EMO_POS", "EMO_POS", "EMO_POS"), t.emojiTokens());
        assertEquals("Kẹt xe cả tiếng mệt quá nhưng được về sớm", t.normalized());
        assertFalse(t.tokens().stream().anyMatch(s -> s.startsWith("emo")));
        assertEquals(List.of("EMO_NEG"), n.normalize("😤👎🏽").emojiTokens().subList(0, 1));
        assertEquals(List.of(), n.normalize("lúc 10:30 tại Q1").emojiTokens());
        assertEquals(List.of("EMO_POS"), n.normalize("đùa thôi :v").emojiTokens());
        assertEquals("đùa thôi", n.normalize("đùa thôi :v").normalized());
    }

    @Test
    void foldedFormMatchesTextTypedWithoutDiacritics() {
        NormalizedText accented = n.normalize("Kẹt xe quá trời luôn, đường Điện Biên Phủ ngập nước");
        NormalizedText plain = n.normalize("ket xe qua troi luon, duong Dien Bien Phu ngap nuoc");
        assertEquals(accented.foldedTokens(), plain.foldedTokens());
        assertEquals("Ket xe qua troi luon, duong Dien Bien Phu ngap nuoc", accented.folded());
        assertEquals(List.of("kẹt", "xe", "quá", "trời", "luôn", "đường", "điện", "biên", "phủ", "ngập", "nước"), accented.tokens());
    }

    @Test
    void hashtagsMentionsAndUrlsInTokens() {
        NormalizedText t = n.normalize("@Hoa_Nguyen ngập ở #ThủĐức https://x.vn/a?b=1 nè");
        assertEquals(List.of("@hoa_nguyen", "ngập", "ở", "#thủđức", "nè"), t.tokens());
        assertEquals(List.of("@hoa_nguyen", "ngap", "o", "#thuduc", "ne"), t.foldedTokens());
    }
}
