package vn.langnghe.analysis.sentiment;

import vn.langnghe.analysis.text.NormalizedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Feature strings for the sentiment MaxEnt model: folded syllable unigrams and bigrams (tokens inside a
 * negation scope get a {@code NOT_} prefix), intensifier flags, lexicon-hit features and emoji tokens.
 * The same code builds features for training and for classification.
 */
public final class SentimentFeatures {
    private SentimentFeatures() {}

    public static String[] of(NormalizedText nt, LexiconAnalysis lex) {
        List<String> ft = nt.foldedTokens();
        int n = ft.size();
        List<String> out = new ArrayList<>(n * 2 + 8);
        String[] marked = new String[n];
        for (int i = 0; i < n; i++) marked[i] = lex.negated()[i] ? "NOT_" + ft.get(i) : ft.get(i);
        for (int i = 0; i < n; i++) {
            out.add(marked[i]);
            if (i + 1 < n) out.add(marked[i] + "_" + marked[i + 1]);
        }
        for (int i = 0; i < n; i++) {
            if (lex.intensifier()[i] > 0) out.add("INT_UP");
            else if (lex.intensifier()[i] < 0) out.add("INT_DOWN");
        }
        for (LexiconAnalysis.Hit h : lex.hits()) {
            String pol = h.value() < 0 ? "NEG" : "POS";
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
        if (n == 0) out.add("NO_WORDS");
        out.add("BIAS"); // always on: GIS has no intercept otherwise, and short texts drift to uniform
        return out.toArray(String[]::new);
    }
}
