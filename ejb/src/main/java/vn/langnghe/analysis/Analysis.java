package vn.langnghe.analysis;

import java.util.List;
import vn.langnghe.analysis.region.RegionMatch;

/**
 * What the analyzer found in one post. {@link #EMPTY} is the answer for an empty or unreadable text:
 * no language, no label, nothing found. {@code topicSentiments} are {@code topic:polarity} pairs
 * ("transport:negative"), read clause by clause ({@link vn.langnghe.analysis.aspect.TopicSentiments}).
 *
 * @param sentimentConfidence calibrated probability, 0..1, that {@code sentiment} is right (0 when no label was
 *                            judged: empty text, a language other than Vietnamese or English)
 */
public record Analysis(String lang, String sentiment, double sentimentScore, List<String> sentimentEvidence,
                       List<String> topics, List<RegionMatch> regions, List<String> keywords,
                       List<String> hashtags, String signature, List<String> topicSentiments,
                       double sentimentConfidence) {

    /**
     * Below this confidence a sentiment label is shown as uncertain. On the cross-validated predictions of
     * the corpus lines written one by one, about half of the labels under it were wrong, against one in ten
     * above it (docs/analysis-evaluation.md, reliability tables). On real comments the confidence is higher
     * than the share of right labels (same page, *Issue 17*), so this flags the weakest labels rather than
     * a known error rate.
     */
    public static final double UNCERTAIN_BELOW = 0.6;

    public static final Analysis EMPTY = new Analysis(null, null, 0, List.of(), List.of(), List.of(), List.of(),
            List.of(), null, List.of(), 0);

    public Analysis {
        sentimentEvidence = List.copyOf(sentimentEvidence);
        topics = List.copyOf(topics);
        regions = List.copyOf(regions);
        keywords = List.copyOf(keywords);
        hashtags = List.copyOf(hashtags);
        topicSentiments = topicSentiments == null ? List.of() : List.copyOf(topicSentiments);
    }

    /** The sentiment label is a weak guess (confidence below {@link #UNCERTAIN_BELOW}), or there is none. */
    public boolean sentimentUncertain() {
        return sentiment == null || sentimentConfidence < UNCERTAIN_BELOW;
    }

    public boolean isEmpty() {
        return lang == null;
    }

    /** Area codes in text order, without repeats. */
    public List<String> areas() {
        return regions.stream().map(RegionMatch::area).distinct().toList();
    }

    /** Unit codes in text order, without repeats. */
    public List<String> units() {
        return regions.stream().flatMap(r -> r.units().stream()).distinct().toList();
    }
}
