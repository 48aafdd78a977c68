package vn.langnghe.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.langnghe.analysis.train.Reliability;

class SentimentCalibrationTest {

    /** A model that says 0.9 when it is right 60 % of the time, and 0.6 when it is right 40 % of the time. */
    static Object[] overconfident(int n, long seed) {
        Random r = new Random(seed);
        double[] p = new double[n];
        boolean[] right = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean high = r.nextBoolean();
            p[i] = high ? 0.9 : 0.6;
            right[i] = r.nextDouble() < (high ? 0.6 : 0.4);
        }
        return new Object[] {p, right};
    }

    @Test
    void fittingBringsConfidenceToTheObservedAccuracy() {
        Object[] d = overconfident(4000, 1);
        double[] p = (double[]) d[0];
        boolean[] right = (boolean[]) d[1];
        SentimentCalibration c = SentimentCalibration.fit(p, right);
        assertEquals(0.6, c.apply(0.9), 0.03);
        assertEquals(0.4, c.apply(0.6), 0.03);
        double[] calibrated = new double[p.length];
        for (int i = 0; i < p.length; i++) calibrated[i] = c.apply(p[i]);
        assertTrue(Reliability.ece(calibrated, right) < 0.03 && Reliability.ece(p, right) > 0.2);
    }

    @Test
    void scalingIsMonotoneAndDeterministic() {
        Object[] d = overconfident(500, 2);
        SentimentCalibration a = SentimentCalibration.fit((double[]) d[0], (boolean[]) d[1]);
        SentimentCalibration b = SentimentCalibration.fit((double[]) d[0], (boolean[]) d[1]);
        assertEquals(a, b);
        double prev = 0;
        for (double p = 0.34; p < 1; p += 0.01) {
            double q = a.apply(p);
            assertTrue(q >= prev && q >= 0 && q <= 1);
            prev = q;
        }
        assertEquals(0.7, SentimentCalibration.IDENTITY.apply(0.7), 1e-9);
    }

    @Test
    void writtenAndReadBack(@TempDir Path dir) throws Exception {
        SentimentCalibration c = new SentimentCalibration(0.8, -0.25, 1234);
        c.write(dir.resolve("x.calibration"));
        String body = Files.readString(dir.resolve("x.calibration"));
        assertTrue(body.contains("a=0.8") && body.contains("b=-0.25") && !body.matches("(?s).*20\\d\\d-.*"), body);
        assertEquals(SentimentCalibration.IDENTITY, SentimentCalibration.load("no/such/file.calibration"));
    }

    @Test
    void shippedModelsHaveACalibrationThatIsUsed() {
        SentimentCalibration vi = SentimentCalibration.load("analysis/models/sentiment-vi.calibration");
        SentimentCalibration en = SentimentCalibration.load("analysis/models/sentiment-en.calibration");
        assertTrue(vi.fittedOn() > 500 && en.fittedOn() > 500, vi + " " + en);
        VietnameseNormalizerHolder h = new VietnameseNormalizerHolder();
        Sentiment s = h.classifier.classify(h.normalizer.normalize("Kẹt xe kinh khủng ở vòng xoay, ngày nào cũng vậy"), vn.langnghe.analysis.lang.Language.VI);
        assertTrue(s.confidence() > 0 && s.confidence() <= 1, s.toString());
        Sentiment other = h.classifier.classify(h.normalizer.normalize("Bonjour à tous"), vn.langnghe.analysis.lang.Language.OTHER);
        assertEquals(0, other.confidence());
    }

    private static final class VietnameseNormalizerHolder {
        final vn.langnghe.analysis.text.VietnameseNormalizer normalizer = new vn.langnghe.analysis.text.VietnameseNormalizer();
        final SentimentClassifier classifier = new SentimentClassifier(normalizer);
    }
}
