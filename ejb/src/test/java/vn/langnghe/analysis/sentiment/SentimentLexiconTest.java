package vn.langnghe.analysis.sentiment;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.analysis.lang.Language;
import vn.langnghe.analysis.text.VietnameseNormalizer;
import vn.langnghe.analysis.text.WordLists;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The English lexicon is the project's own list plus the VADER-derived one (docs/analysis-data.md). */
class SentimentLexiconTest {
    static VietnameseNormalizer normalizer;
    static SentimentLexicon en;

    @BeforeAll
    static void load() {
        normalizer = new VietnameseNormalizer();
        en = new SentimentLexicon(Language.EN, normalizer);
    }

    static LexiconAnalysis analyse(String s) { return en.analyse(normalizer.normalize(s)); }

    @Test
    void aWordOnlyTheThirdPartyLexiconKnowsIsAHit() {
        // "heartbroken" is in lexicon-en-vader.tsv, not in lexicon-en.tsv
        assertTrue(WordLists.lines("corpus/lexicon-en.tsv").stream().noneMatch(l -> l.startsWith("heartbroken\t")));
        LexiconAnalysis a = analyse("heartbroken about the old market");
        assertEquals(1, a.hits().size(), a.hits()::toString);
        assertTrue(a.hits().get(0).value() < 0);
    }

    @Test
    void theProjectsOwnWeightsAreTheOnesUsed() {
        for (String line : List.of("terrible\tneg\t1.8", "sucks\tneg\t1.5")) {
            assertTrue(WordLists.lines("corpus/lexicon-en.tsv").contains(line), line);
        }
        assertEquals(-1.8, analyse("terrible").score(), 1e-9);
        assertEquals(-1.5, analyse("sucks").score(), 1e-9);
    }

    @Test
    void negatorsStayNegatorsWithTheLargerLexicon() {
        // VADER rates "no" as negative; here it must still negate what follows
        LexiconAnalysis a = analyse("no problem at all, heartbroken though");
        assertTrue(a.negated()[1], "'problem' is in the scope of 'no'");
        assertTrue(a.hits().stream().noneMatch(h -> h.term().equals("no")), a.hits()::toString);
    }
}
