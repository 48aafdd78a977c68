package vn.langnghe.analysis;

/**
 * A titled text after {@link Analyzer#analyzeItem}: the clean title (null when there was none), the clean
 * text (what is stored and shown, never the raw HTML) and what the analysis found in both.
 */
public record AnalysedItem(String title, String text, Analysis analysis) {
}
