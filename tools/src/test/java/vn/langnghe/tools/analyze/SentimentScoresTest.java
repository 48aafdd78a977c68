package vn.langnghe.tools.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.langnghe.analysis.sentiment.SentimentLabel.NEGATIVE;
import static vn.langnghe.analysis.sentiment.SentimentLabel.NEUTRAL;
import static vn.langnghe.analysis.sentiment.SentimentLabel.POSITIVE;

import org.junit.jupiter.api.Test;
import vn.langnghe.analysis.sentiment.SentimentLabel;

class SentimentScoresTest {
    private static void add(SentimentScores s, SentimentLabel gold, SentimentLabel predicted, int times) {
        for (int i = 0; i < times; i++) s.add(gold, predicted);
    }

    /** gold positive 3 right + 1 read neutral; gold neutral 2 right + 2 read negative; gold negative 4 right. */
    private static SentimentScores example() {
        SentimentScores s = new SentimentScores();
        add(s, POSITIVE, POSITIVE, 3);
        add(s, POSITIVE, NEUTRAL, 1);
        add(s, NEUTRAL, NEUTRAL, 2);
        add(s, NEUTRAL, NEGATIVE, 2);
        add(s, NEGATIVE, NEGATIVE, 4);
        return s;
    }

    @Test
    void perClassPrecisionRecallAndF1FollowTheConfusionMatrix() {
        SentimentScores s = example();
        assertEquals(1.0, s.precision(POSITIVE), 1e-9);     // 3 of 3 predicted positive
        assertEquals(0.75, s.recall(POSITIVE), 1e-9);       // 3 of 4 gold positive
        assertEquals(6.0 / 7, s.f1(POSITIVE), 1e-9);
        assertEquals(2.0 / 3, s.precision(NEUTRAL), 1e-9);  // 2 of the 3 predicted neutral
        assertEquals(0.5, s.recall(NEUTRAL), 1e-9);
        assertEquals(4.0 / 7, s.f1(NEUTRAL), 1e-9);
        assertEquals(4.0 / 6, s.precision(NEGATIVE), 1e-9); // 2 neutral rows went here
        assertEquals(1.0, s.recall(NEGATIVE), 1e-9);
        assertEquals(0.8, s.f1(NEGATIVE), 1e-9);
        assertEquals(4, s.support(NEUTRAL));
        assertEquals(12, s.total());
    }

    @Test
    void macroF1IsTheUnweightedMeanAndAccuracyTheDiagonal() {
        SentimentScores s = example();
        assertEquals((6.0 / 7 + 4.0 / 7 + 0.8) / 3, s.macroF1(), 1e-9);
        assertEquals(9.0 / 12, s.accuracy(), 1e-9);
    }

    @Test
    void aClassNeverPredictedOrNeverSeenScoresZeroNotNaN() {
        SentimentScores s = new SentimentScores();
        add(s, NEGATIVE, NEUTRAL, 5);
        assertEquals(0, s.precision(NEGATIVE));
        assertEquals(0, s.recall(POSITIVE));
        assertEquals(0, s.f1(POSITIVE));
        assertEquals(0, s.macroF1());
        assertEquals(0, new SentimentScores().accuracy());
    }

    @Test
    void reportShowsTheFiguresAndTheMatrixRows() {
        String r = example().report();
        assertTrue(r.contains("macro-F1 0.743  accuracy 0.750  (12 rows)"), r);
        assertTrue(r.lines().anyMatch(l -> l.matches("neutral\\s+0\\s+2\\s+2")), r);
        assertTrue(r.lines().anyMatch(l -> l.matches("positive\\s+1\\.000\\s+0\\.750\\s+0\\.857\\s+4")), r);
    }
}
