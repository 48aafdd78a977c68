package vn.langnghe.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicSentimentTest {
    private static final Map<String, String> VI = Map.of("transport", "Giao thông", "flooding", "Ngập nước",
            "land_housing", "Đất đai, nhà ở");

    private static String label(String code) {
        return VI.getOrDefault(code, code);
    }

    @Test
    void eachTopicOnceWithItsPolaritiesInTheOrderOfThePairs() {
        List<TopicSentiment> shown = TopicSentiment.of(List.of("transport:positive", "flooding:negative",
                "transport:negative", "land_housing:negative"), TopicSentimentTest::label);
        assertEquals(List.of(
                new TopicSentiment("transport", "Giao thông", List.of("positive", "negative")),
                new TopicSentiment("flooding", "Ngập nước", List.of("negative")),
                new TopicSentiment("land_housing", "Đất đai, nhà ở", List.of("negative"))), shown);
    }

    @Test
    void nothingWhenThereAreNoPairs() {
        assertEquals(List.of(), TopicSentiment.of(List.of(), TopicSentimentTest::label));
        assertEquals(List.of(), TopicSentiment.of(null, TopicSentimentTest::label));
    }

    @Test
    void anUnknownTopicKeepsItsCodeAsLabel() {
        assertEquals(List.of(new TopicSentiment("metro", "metro", List.of("positive"))),
                TopicSentiment.of(List.of("metro:positive"), TopicSentimentTest::label));
    }

    @Test
    void malformedOrRepeatedPairsAreNotShownHalf() {
        List<TopicSentiment> shown = TopicSentiment.of(Arrays.asList("transport", ":negative", "flooding:", null,
                "flooding:furious", "transport:negative", "transport:negative"), TopicSentimentTest::label);
        assertEquals(List.of(new TopicSentiment("transport", "Giao thông", List.of("negative"))), shown);
    }

    @Test
    void theLabelsFollowThePagesLanguage() {
        assertEquals("Transport", TopicSentiment.of(List.of("transport:negative"),
                c -> c.equals("transport") ? "Transport" : c).get(0).label());
    }
}
