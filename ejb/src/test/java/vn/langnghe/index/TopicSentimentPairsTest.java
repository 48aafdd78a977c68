package vn.langnghe.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicSentimentPairsTest {
    @Test
    void aTopicCorrectionKeepsThePairsOfKeptCodesAndGivesNewOnesThePostsPolarity() {
        List<String> pairs = List.of("transport:positive", "transport:negative", "flooding:negative");
        assertEquals(List.of("transport:positive", "transport:negative", "health:negative"),
                TopicSentimentPairs.afterTopicCorrection(pairs, List.of("transport", "health"), "negative"));
        assertEquals(List.of(), TopicSentimentPairs.afterTopicCorrection(pairs, List.of("health"), "neutral"));
        assertEquals(List.of(), TopicSentimentPairs.afterTopicCorrection(pairs, List.of(), "negative"));
    }

    @Test
    void aSentimentCorrectionRelabelsAOnePolarityPostAndKeepsAMixedOne() {
        assertEquals(List.of("transport:positive", "flooding:positive"), TopicSentimentPairs.afterSentimentCorrection(
                List.of("transport:negative"), List.of("transport", "flooding"), "positive"));
        assertEquals(List.of(), TopicSentimentPairs.afterSentimentCorrection(List.of("transport:negative"), List.of("transport"), "neutral"));
        List<String> mixed = List.of("transport:positive", "transport:negative");
        assertEquals(mixed, TopicSentimentPairs.afterSentimentCorrection(mixed, List.of("transport"), "negative"));
    }

    @Test
    void postsCarryThePairsIntoTheirDocumentAndThroughCorrections() {
        Post p = Post.builder("x", "1").createdAt(java.time.Instant.EPOCH).sentiment("negative", -0.8)
                .topics(List.of("transport")).topicSentiments(List.of("transport:negative")).build();
        assertEquals(List.of("transport:negative"), PostDocuments.toSolr(p).getFieldValues(PostField.TOPIC_SENTIMENT).stream().toList());
        assertEquals(List.of("transport:positive"), p.withSentiment("positive", 1.0).topicSentiments());
        assertEquals(List.of("flooding:negative"), p.withTopics(List.of("flooding")).topicSentiments());
        assertEquals(List.of("transport:negative"), p.withDupGroup("g").withFirstIndexedAt(java.time.Instant.EPOCH).topicSentiments());
    }
}
