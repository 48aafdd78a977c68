package vn.langnghe.index;

import java.util.ArrayList;
import java.util.List;

/**
 * What an analyst's correction does to a post's {@code topic:polarity} pairs ({@link PostField#TOPIC_SENTIMENT}),
 * the same way when the correction is made (an atomic update of the stored document) and when a
 * re-harvest applies it again ({@link Post#withTopics}, {@link Post#withSentiment}). Corrections do not
 * re-read the clauses, so the pairs follow the corrected value as far as it says something about them.
 */
public final class TopicSentimentPairs {
    private TopicSentimentPairs() {
    }

    /**
     * New topic codes: pairs of codes that are gone are dropped; a code without a pair takes the post's
     * polarity (none when it is neutral), as the analyzer does for a topic no single clause names.
     */
    public static List<String> afterTopicCorrection(List<String> pairs, List<String> codes, String postSentiment) {
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            List<String> own = pairs.stream().filter(p -> p.startsWith(code + ":")).toList();
            if (!own.isEmpty()) {
                out.addAll(own);
            } else if (polar(postSentiment)) {
                out.add(code + ":" + postSentiment);
            }
        }
        return out;
    }

    /**
     * A new post sentiment: a post read with both polarities (one clause praising, another complaining)
     * keeps its pairs, the analyst's single label does not say which clause was misread; otherwise
     * every topic takes the corrected label (none when it is neutral).
     */
    public static List<String> afterSentimentCorrection(List<String> pairs, List<String> topics, String label) {
        boolean mixed = pairs.stream().anyMatch(p -> p.endsWith(":positive")) && pairs.stream().anyMatch(p -> p.endsWith(":negative"));
        if (mixed) {
            return List.copyOf(pairs);
        }
        return polar(label) ? topics.stream().map(t -> t + ":" + label).toList() : List.of();
    }

    private static boolean polar(String label) {
        return "positive".equals(label) || "negative".equals(label);
    }
}
