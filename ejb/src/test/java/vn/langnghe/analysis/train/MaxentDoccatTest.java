package vn.langnghe.analysis.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.langnghe.analysis.lang.Language;
import vn.langnghe.analysis.sentiment.SentimentClassifier;
import vn.langnghe.analysis.text.NormalizedText;
import vn.langnghe.analysis.text.VietnameseNormalizer;
import vn.langnghe.analysis.topic.TopicClassifier;

/**
 * The analyzer evaluates the trained models from its own weight tables (for speed); on every golden
 * post they must give what OpenNLP's own evaluation gives.
 */
class MaxentDoccatTest {
    static VietnameseNormalizer normalizer;
    static List<NormalizedText> texts = new ArrayList<>();

    @BeforeAll
    static void load() {
        normalizer = new VietnameseNormalizer();
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(
                MaxentDoccatTest.class.getResourceAsStream("/analysis/golden.tsv"), java.nio.charset.StandardCharsets.UTF_8))) {
            r.lines().skip(1).filter(l -> !l.isBlank()).forEach(l -> texts.add(normalizer.normalize(l.split("\t", -1)[4])));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        texts.add(normalizer.normalize(""));
        texts.add(normalizer.normalize("zzzz qqqq chưa ai từng viết thế này"));
    }

    @Test
    void sentimentProbabilitiesAreOpenNlps() {
        SentimentClassifier sentiment = new SentimentClassifier(normalizer);
        for (Language lang : List.of(Language.VI, Language.EN)) {
            MaxentDoccat model = MaxentDoccat.load("analysis/models/sentiment-" + lang.code() + ".bin");
            for (NormalizedText t : texts) {
                String[] f = sentiment.features(t, lang);
                assertArrayEquals(model.probabilitiesByOpenNlp(f), model.probabilities(f), 1e-9, t.original());
            }
        }
    }

    @Test
    void topicProbabilitiesAreOpenNlpsForAllCodesAndNone() {
        TopicClassifier topics = new TopicClassifier(normalizer);
        int decided = 0;
        for (NormalizedText t : texts) {
            Map<String, Double> mine = topics.probabilities(t);
            Map<String, Double> theirs = topics.probabilitiesByOpenNlp(t);
            List<String> outcomes = new java.util.ArrayList<>(TopicClassifier.CODES);
            outcomes.add(TopicClassifier.NONE);
            assertEquals(outcomes, List.copyOf(mine.keySet()));
            assertEquals(1.0, mine.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9, "one distribution");
            for (String code : outcomes) {
                assertEquals(theirs.get(code), mine.get(code), 1e-9, code + ": " + t.original());
                if (!code.equals(TopicClassifier.NONE) && mine.get(code) > 0.7) decided++;
            }
        }
        assertTrue(decided > 30, "the golden posts should give some confident topics, got " + decided);
    }

    @Test
    void marginIsTheFeaturesWeightOverTheBestOtherOutcome() {
        MaxentDoccat model = MaxentDoccat.load("analysis/models/sentiment-vi.bin");
        Map.Entry<String, double[]> some = model.weights().entrySet().iterator().next();
        double[] row = some.getValue();
        int neg = model.outcomeIndex("negative");
        double other = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < row.length; o++) if (o != neg) other = Math.max(other, row[o]);
        assertEquals(row[neg] - other, model.margin(some.getKey(), "negative"), 1e-12);
        assertEquals(0, model.margin("không-có-từ-này", "negative"));
    }
}
