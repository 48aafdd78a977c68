package vn.langnghe.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One topic of a post with what the post says about it, as the post page lists the index's
 * {@code topic:polarity} pairs: the topic's label in the page's language, then a sentiment badge per
 * polarity. A post praising the metro and cursing the buses has both under "Giao thông", one line, so
 * the reader sees the topic once.
 *
 * @param topic      the topic code ({@code transport})
 * @param label      its label in the page's language
 * @param polarities {@code positive} and/or {@code negative}, in the order of the pairs
 */
public record TopicSentiment(String topic, String label, List<String> polarities) {
    public TopicSentiment {
        polarities = List.copyOf(polarities);
    }

    /**
     * The pairs grouped by topic in the order topics first appear. A pair whose polarity is not one of the
     * page's sentiment labels, or without a topic, is left out: the page shows no half-read value (the
     * analysis writes only polar pairs; anything else came from elsewhere).
     */
    static List<TopicSentiment> of(List<String> pairs, UnaryOperator<String> topicLabel) {
        Map<String, List<String>> byTopic = new LinkedHashMap<>();
        for (String pair : pairs == null ? List.<String>of() : pairs) {
            int colon = pair == null ? -1 : pair.lastIndexOf(':');
            if (colon <= 0) {
                continue;
            }
            String topic = pair.substring(0, colon);
            String polarity = pair.substring(colon + 1);
            List<String> polarities = byTopic.computeIfAbsent(topic, t -> new ArrayList<>());
            if (PostPage.SENTIMENTS.contains(polarity) && !polarities.contains(polarity)) {
                polarities.add(polarity);
            }
        }
        List<TopicSentiment> out = new ArrayList<>();
        byTopic.forEach((topic, polarities) -> {
            if (!polarities.isEmpty()) {
                out.add(new TopicSentiment(topic, topicLabel.apply(topic), polarities));
            }
        });
        return out;
    }
}
