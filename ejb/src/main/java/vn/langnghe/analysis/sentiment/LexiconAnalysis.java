package vn.langnghe.analysis.sentiment;

import java.util.List;

/**
 * Lexicon pass over one text.
 *
 * @param score    sum of the signed hit values (negation flips, intensifiers scale)
 * @param hits     the hits in text order
 * @param negated  per token: inside a negation scope (up to 3 tokens after a negator)
 * @param intensifier per token: 0 none, 1 amplifier, -1 downtoner
 */
public record LexiconAnalysis(double score, List<Hit> hits, boolean[] negated, int[] intensifier) {

    /** One lexicon term found in the text; {@code value} signed, after negation and intensifiers. */
    public record Hit(String display, String term, double value, boolean isNegated, double multiplier) {
    }
}
