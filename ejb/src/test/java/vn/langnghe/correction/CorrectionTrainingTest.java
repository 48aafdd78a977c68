package vn.langnghe.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.langnghe.analysis.lang.Language;
import vn.langnghe.analysis.sentiment.SentimentClassifier;
import vn.langnghe.analysis.train.Corpus;
import vn.langnghe.analysis.train.MaxentDoccat;
import vn.langnghe.analysis.train.ModelTrainer;

/**
 * Issue 15: the city's analysts teach the models. Corrections exported as training rows are read by the
 * trainer from an extra directory, and a corrected example changes what the retrained model answers on
 * its text. (The Vietnamese sentiment model only, ~5 s: the others train the same way.)
 */
class CorrectionTrainingTest {
    /** Sarcasm the shipped model reads as praise: "a road finished a week ago has already sunk, top craftsmanship". */
    static final String TEXT = "Con đường vừa làm xong được một tuần đã lún, đúng là tay nghề đỉnh cao của nhà thầu";

    @TempDir
    Path extra;

    @Test
    void aCorrectedExampleChangesTheTrainedModelsAnswer() throws Exception {
        ModelTrainer trainer = new ModelTrainer();
        Path corpus = Corpus.classpathDir();
        SentimentClassifier features = new SentimentClassifier(trainer.normalizer(), null, null);
        String[] f = features.features(trainer.normalizer().normalize(TEXT), Language.VI);

        MaxentDoccat before = trainer.trainSentiment(trainer.examples(Corpus.read(corpus, "sentiment-vi")), Language.VI);
        String answerBefore = best(before, f);
        assertEquals("positive", answerBefore, "the shipped corpus misreads the sarcasm");
        String corrected = "negative";

        int rows = TrainingRows.write(List.of(
                new CorrectionStore.Example("facebook:1", CorrectedField.SENTIMENT, corrected, "vi", TEXT + "\n(ảnh)"),
                new CorrectionStore.Example("facebook:1", CorrectedField.TOPICS, "transport,land_housing", "vi", TEXT),
                new CorrectionStore.Example("facebook:1", CorrectedField.REGIONS, "q1", "vi", TEXT),
                new CorrectionStore.Example("x:2", CorrectedField.SENTIMENT, "negative", "fr", "C'est nul")), extra);
        assertEquals(2, rows, "one sentiment row, one topics row; places and other languages train nothing");
        assertEquals(List.of("# analysts' corrections, written by bin/langnghe corrections export; one row per corrected post",
                corrected + "\t" + TEXT + " (ảnh)"), Files.readAllLines(extra.resolve("sentiment-vi-corrections.tsv"), StandardCharsets.UTF_8));
        assertTrue(Files.exists(extra.resolve("topics-corrections.tsv")));
        assertTrue(Files.notExists(extra.resolve("sentiment-en-corrections.tsv")));

        List<Corpus.Row> withCorrections = Corpus.read(corpus, List.of(extra), "sentiment-vi");
        assertEquals(Corpus.read(corpus, "sentiment-vi").size() + 1, withCorrections.size());
        MaxentDoccat after = trainer.trainSentiment(trainer.examples(withCorrections), Language.VI);

        assertNotEquals(answerBefore, best(after, f), "the model learnt the analyst's label");
        assertEquals(corrected, best(after, f));
    }

    private static String best(MaxentDoccat model, String[] features) {
        String[] labels = {"positive", "neutral", "negative"};
        double[] p = model.probs(features, labels);
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return labels[best];
    }
}
