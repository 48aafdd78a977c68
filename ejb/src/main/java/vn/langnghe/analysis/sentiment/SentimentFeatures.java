package vn.langnghe.analysis.sentiment;

import vn.langnghe.analysis.lang.Language;
import vn.langnghe.analysis.text.Folding;
import vn.langnghe.analysis.text.NormalizedText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Feature strings for the sentiment MaxEnt model: folded syllable unigrams and bigrams (tokens inside a
 * negation scope get a {@code NOT_} prefix), intensifier flags, lexicon-hit features, emoji tokens, the
 * style cues of {@link StyleCues} (questions, notices, elongation, nothing evaluative), sarcasm cues, and
 * for English hashed character 3- and 4-grams of the folded words. The same code builds features for training and for
 * classification.
 */
public final class SentimentFeatures {
    /**
     * Whether a language's model gets the character n-grams of {@link #charNgrams}: English yes, Vietnamese
     * no. Measured on 2026-12-07 (analysis-models.md, *Issue 17*), cross-validated on the written corpus
     * lines and on the golden set: English 0.832 → 0.839 and 0.811 → 0.884 with them; Vietnamese 0.895 →
     * 0.884 and 0.886 → 0.867 (0.889 and 0.874 when given only to texts without diacritics). Vietnamese
     * syllables are short, so their 3–4-grams repeat the folded word features; English words are longer
     * and share stems ("complain", "complaints").
     */
    static boolean charNgrams(Language lang) {
        return lang == Language.EN;
    }

    /** Character n-grams are hashed into this many buckets: the model stays small whatever the corpus. */
    static final int NGRAM_BUCKETS = 1 << 16;
    /**
     * Positive phrases that are mostly ironic when the post also complains ("hay ghê, mưa 10 phút là ngập",
     * "giỏi ghê"): folded lexicon terms.
     */
    static final Set<String> IRONIC_PRAISE = Set.of("hay ghe", "gioi ghe", "hay qua ha", "qua ha", "ghe ha", "tuyet voi",
            "tuyet", "xuat sac", "dinh", "hay qua", "gioi qua", "great", "wonderful", "fantastic", "brilliant", "amazing",
            "thanks a lot", "love it", "perfect", "nice");

    private SentimentFeatures() {}

    public static String[] of(NormalizedText nt, LexiconAnalysis lex, Language lang) {
        List<String> ft = nt.foldedTokens();
        int n = ft.size();
        List<String> out = new ArrayList<>(n * 6 + 24);
        String[] marked = new String[n];
        for (int i = 0; i < n; i++) marked[i] = lex.negated()[i] ? "NOT_" + ft.get(i) : ft.get(i);
        for (int i = 0; i < n; i++) {
            out.add(marked[i]);
            if (i + 1 < n) out.add(marked[i] + "_" + marked[i + 1]);
        }
        boolean intensified = false;
        for (int i = 0; i < n; i++) {
            if (lex.intensifier()[i] > 0) { out.add("INT_UP"); intensified = true; }
            else if (lex.intensifier()[i] < 0) { out.add("INT_DOWN"); intensified = true; }
        }
        int pos = 0, neg = 0;
        for (LexiconAnalysis.Hit h : lex.hits()) {
            String pol = h.value() < 0 ? "NEG" : "POS";
            if (h.value() < 0) neg++; else pos++;
            out.add(h.isNegated() ? "LEX_NOT_" + (h.value() < 0 ? "POS" : "NEG") : "LEX_" + pol);
            if (h.multiplier() > 1) out.add("LEX_" + pol + "_UP");
            if (h.multiplier() < 1) out.add("LEX_" + pol + "_DOWN");
        }
        double s = lex.score();
        if (s <= -2) out.add("LEXSUM_NEG2");
        else if (s < 0) out.add("LEXSUM_NEG1");
        else if (s == 0) out.add("LEXSUM_0");
        else if (s < 2) out.add("LEXSUM_POS1");
        else out.add("LEXSUM_POS2");
        for (String e : nt.emojiTokens()) out.add(e);
        if (n > 0 && !nt.emojiTokens().isEmpty()) out.add("LAST_" + nt.emojiTokens().get(nt.emojiTokens().size() - 1));
        if (pos > 0 && neg > 0) out.add("LEX_MIXED");
        if (ironic(nt, lex)) out.add("SARC");
        StyleCues.add(nt, lex.hits().size(), intensified, out);
        if (n == 0) out.add("NO_WORDS");
        if (charNgrams(lang)) charNgrams(ft, out);
        out.add("BIAS"); // always on: GIS has no intercept otherwise, and short texts drift to uniform
        return out.toArray(String[]::new);
    }

    /**
     * Praise in a complaint ("Tuyệt vời, đèn đỏ 3 phút"), or a smiley after one ("kẹt xe cả tiếng :)"): a
     * positive hit from {@link #IRONIC_PRAISE} or a positive last emoji, together with a negative hit.
     */
    static boolean ironic(NormalizedText nt, LexiconAnalysis lex) {
        boolean negative = false, praise = false;
        for (LexiconAnalysis.Hit h : lex.hits()) {
            if (h.value() < 0) negative = true;
            else if (IRONIC_PRAISE.contains(Folding.fold(h.term().toLowerCase(Locale.ROOT)))) praise = true;
        }
        if (!negative) return false;
        List<String> emo = nt.emojiTokens();
        return praise || (!emo.isEmpty() && emo.get(emo.size() - 1).equals("EMO_POS"));
    }

    /**
     * Hashed 3- and 4-grams of each folded word padded with '_' ("_ket", "ket_", "_ke"...), once each: they
     * let the model recognise a word typed without diacritics, misspelt or stretched, from its pieces.
     * Hashing keeps the number of distinct features bounded; the trainer's cutoff drops the rare ones.
     */
    static void charNgrams(List<String> ft, List<String> out) {
        int[] buf = new int[64];
        int k = 0;
        for (String t : ft) {
            int len = t.length();
            if (len < 2 || t.charAt(0) == '#' || t.charAt(0) == '@') continue;
            for (int size = 3; size <= 4; size++) {
                for (int start = -1; start + size <= len + 1; start++) {
                    int h = size;
                    for (int j = start; j < start + size; j++) {
                        char c = j < 0 || j >= len ? '_' : t.charAt(j);
                        h = 31 * h + c;
                    }
                    if (k == buf.length) buf = Arrays.copyOf(buf, k * 2);
                    buf[k++] = (h ^ (h >>> 16)) & (NGRAM_BUCKETS - 1);
                }
            }
        }
        Arrays.sort(buf, 0, k);
        for (int i = 0; i < k; i++) {
            if (i > 0 && buf[i] == buf[i - 1]) continue;
            out.add("c" + buf[i]);
        }
    }
}
