package vn.langnghe.analysis.text;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17: the chat forms, stretched words and emoticons of real comments. */
class SocialStyleNormalizationTest {
    private final VietnameseNormalizer n = new VietnameseNormalizer();

    @Test
    void commonAbbreviationsExpand() {
        assertEquals(List.of("không", "biết", "gì", "hết"), n.normalize("kb j hết").tokens());
        assertEquals("chưa được", n.normalize("chx đc").normalized());
        assertEquals("đẹp vãi", n.normalize("đẹp vl").normalized());
        assertEquals("chán vãi", n.normalize("chán vcl").normalized());
        assertEquals("người ta nói bao nhiêu", n.normalize("ngta nói bn").normalized());
        assertEquals("sản phẩm ok", n.normalize("sp oke").normalized());
    }

    @Test
    void englishWordsAreLeftAlone() {
        // the normaliser also reads English posts: keys that are English words were not added
        assertEquals("the ad was a bit odd", n.normalize("the ad was a bit odd").normalized());
        assertEquals("good food, too", n.normalize("good food, too").normalized());
    }

    @Test
    void stretchedWordsFold() {
        assertEquals("ngon", n.normalize("ngonnnn").normalized());
        assertEquals("đẹp quá", n.normalize("đẹppp quáaaa").normalized());
        // a doubled last letter only goes when the word carries a diacritic
        assertEquals("đẹp nhiều", n.normalize("đẹpp nhiềuu").normalized());
        assertEquals("xoong", n.normalize("xoong").normalized());
    }

    @Test
    void surprisedFaceIsNeutralEmoticon() {
        NormalizedText t = n.normalize("O.o sao vậy");
        assertEquals(List.of("EMO_NEU"), t.emojiTokens());
        assertEquals(List.of("sao", "vậy"), t.tokens());
        assertEquals(List.of(), n.normalize("ô tô.ok").emojiTokens());
        assertEquals(List.of("EMO_NEG", "EMO_POS"), n.normalize("mất xe :(( =))").emojiTokens());
    }
}
