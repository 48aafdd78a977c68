package vn.langnghe.analysis;

import java.util.List;
import vn.langnghe.analysis.region.RegionMatch;

/**
 * What the analyzer found in one post. {@link #EMPTY} is the answer for an empty or unreadable text:
 * no language, no label, nothing found. {@code topicSentiments} are {@code topic:polarity} pairs
 * ("transport:negative"), read clause by clause ({@link vn.langnghe.analysis.aspect.TopicSentiments}).
 */
public record Analysis(String lang, String sentiment, double sentimentScore, List<String> sentimentEvidence,
                       List<String> topics, List<RegionMatch> regions, List<String> keywords,
                       List<String> hashtags, String signature, List<String> topicSentiments) {

    public static final Analysis EMPTY = new Analysis(null, null, 0, List.of(), List.of(), List.of(), List.of(),
            List.of(), null, List.of());

    public Analysis {
        sentimentEvidence = List.copyOf(sentimentEvidence);
        topics = List.copyOf(topics);
        regions = List.copyOf(regions);
        keywords = List.copyOf(keywords);
        hashtags = List.copyOf(hashtags);
        topicSentiments = topicSentiments == null ? List.of() : List.copyOf(topicSentiments);
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
