package vn.langnghe.analysis.sentiment;

import java.util.List;

/**
 * Result of {@link SentimentClassifier}.
 *
 * @param label    positive / neutral / negative
 * @param score    P(positive) − P(negative), in [-1, 1]
 * @param evidence words, phrases or emoji that drove the label, in display form ("kẹt xe", "quá tệ", "😡")
 * @param confidence calibrated probability that {@code label} is right, in [0, 1] ({@link SentimentCalibration})
 */
public record Sentiment(SentimentLabel label, double score, List<String> evidence, double confidence) {
}
